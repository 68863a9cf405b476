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
});
