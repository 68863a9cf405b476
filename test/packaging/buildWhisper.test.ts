import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { cpuFlags, modernFlags, patches } from '../../scripts/build-whisper.mjs';

const root = path.resolve(__dirname, '../..');
const source = path.join(root, 'node_modules/nodejs-whisper/cpp/whisper.cpp');

describe('the whisper.cpp 1.9 build', () => {
  it('uses portable CPU flags, never the build machine’s own (-march=native)', () => {
    expect(cpuFlags('x64')).toEqual([
      '-DGGML_NATIVE=OFF',
      '-DGGML_AVX=ON',
      '-DGGML_AVX2=ON',
      '-DGGML_FMA=ON',
      '-DGGML_F16C=ON',
      '-DGGML_BMI2=ON',
    ]);
    expect(cpuFlags('arm64')).toEqual(['-DGGML_NATIVE=OFF']);
    const flags = (modernFlags({}) as string[]).join(' ');
    expect(flags).toContain('-DBUILD_SHARED_LIBS=OFF');
    expect(flags).toContain('-DGGML_OPENMP=OFF');
    expect(flags).toContain('-DGGML_LLAMAFILE=ON');
    expect(flags).not.toMatch(/march=native|GGML_NATIVE=ON/);
  });

  it.each([
    ['vulkan', '-DGGML_VULKAN=ON'],
    ['cuda', '-DGGML_CUDA=ON'],
    ['metal', '-DGGML_METAL=ON'],
  ])('GUFTAGU_WHISPER_GPU=%s adds %s', (gpu, flag) => {
    expect(modernFlags({ GUFTAGU_WHISPER_GPU: gpu })).toContain(flag);
  });

  it('ships the 1.9 tree with its MIT licence, and every patch still applies to it', () => {
    expect(readFileSync(path.join(source, 'CMakeLists.txt'), 'utf8')).toMatch(
      /project\("whisper\.cpp" VERSION 1\.9\.\d+\)/,
    );
    expect(readFileSync(path.join(source, 'LICENSE'), 'utf8')).toMatch(/MIT License/);
    for (const patch of patches as { file: string; find: string }[])
      expect(readFileSync(path.join(source, patch.file), 'utf8')).toContain(patch.find);
  });

  it('vad-batched keeps the public VAD function and the upstream one as its fallback, on one thread; pad-rows keeps the old loop', () => {
    const patched = new Map<string, string>();
    for (const patch of patches as { file: string; find: string; replace: string }[]) {
      const text = patched.get(patch.file) ?? readFileSync(path.join(source, patch.file), 'utf8');
      expect(text.split(patch.find)).toHaveLength(2);
      patched.set(
        patch.file,
        text.replace(patch.find, () => patch.replace),
      );
    }
    const whisper = patched.get('src/whisper.cpp')!;
    expect(whisper.match(/^bool whisper_vad_detect_speech_no_reset\(/gm)).toHaveLength(1);
    // declared once before the batched function, defined once as upstream wrote it
    expect(whisper.match(/^static bool whisper_vad_detect_speech_one_chunk_at_a_time\(/gm)).toHaveLength(2);
    // the fallback runs on one thread (upstream's graph spins its workers at ~40 barriers per chunk)
    expect(whisper).toMatch(
      /vctx->n_threads = 1;\n\s+const bool ok = whisper_vad_detect_speech_one_chunk_at_a_time\(vctx, samples, n_samples\);/,
    );
    expect(
      whisper.match(/return whisper_vad_detect_speech_one_chunk_on_one_thread\(vctx, samples, n_samples\);/g),
    ).toHaveLength(2);
    // vad-threads: -t decides, up to 2; the batched graph itself always computes on one thread
    expect(whisper).toContain('vad_ctx_params.n_threads = std::min(std::max(1, params.n_threads), 2);');
    expect(whisper).toContain('ggml_graph_compute_helper(sched, gf, 1, false)');
    const ops = patched.get('ggml/src/ggml-cpu/ops.cpp')!;
    expect(ops).toContain('guftagu patch "pad-rows"');
    expect(ops).toContain('// circular means wrap around on a torus');
  });
});
