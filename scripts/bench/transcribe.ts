// npm run bench (second part): a long recording through Guftagu's chunked transcription next to one plain
// whisper.cpp run over the whole file, in the same process, with the same model and threads. Prints the time
// ratio and the peak memory (VmHWM) of the whisper processes. Then the same WAV (pink noise with a 2 s silence every
// 75 s) cut at its silences (the engine's default) vs fixed 10-minute parts with a 2 s overlap (the old plan), as a
// time ratio, and the time the loudness reading alone takes. The model is whisper.cpp's weightless test model from
// ../shared/fixtures (real compute cost, no text); set BENCH_MODEL to use a real one.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractAudio } from '../../electron/engine/media/extractAudio';
import { resolveFfmpegTools } from '../../electron/engine/media/binaries';
import { readLoudnessWindows } from '../../electron/engine/media/loudness';
import { transcribeWav } from '../../electron/engine/transcription/transcribe';
import {
  defaultChunkPlan,
  planWavChunks,
  type ChunkPlan,
} from '../../electron/engine/transcription/wavChunks';
import { SpeedBook } from '../../electron/engine/transcription/speedBook';
import { SpeedStore } from '../../electron/engine/transcription/speedStore';
import type { Speed } from '../../shared/transcript/speedEstimate';
import { median } from './median';

const MINUTES = Number(process.env['BENCH_TRANSCRIBE_MINUTES'] ?? 14);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 2);
const THREADS = 2;
const model = process.env['BENCH_MODEL'] ?? path.resolve('../shared/fixtures/models/for-tests-ggml-tiny.bin');
const whisper = path.resolve('resources/bin/whisper-cli');
const cacheDir = path.resolve('.cache/bench');

/** Highest resident memory, in MB, of processes whose command line contains `marker`, sampled every 50 ms. */
function watchPeakMemory(marker: string): () => number {
  let peakKb = 0;
  const timer = setInterval(() => {
    for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
      try {
        if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) continue;
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // gone
      }
    }
  }, 50);
  return () => {
    clearInterval(timer);
    return peakKb / 1024;
  };
}

async function longWav(): Promise<string> {
  const wav = path.join(cacheDir, `speechless-gaps-${MINUTES}min.wav`);
  if (existsSync(wav)) return wav;
  mkdirSync(cacheDir, { recursive: true });
  const tools = resolveFfmpegTools({ ffmpegSource: 'bundled' });
  const source = path.join(cacheDir, `tone-${MINUTES}min.flac`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(tools.ffmpeg.path, [
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      `anoisesrc=d=${MINUTES * 60}:c=pink:r=16000:a=0.05`,
      // A 2 s silence every 75 s, for the cut at silences (one lies at 600–602 s, near the 10-minute target).
      '-af',
      `volume=enable='lt(mod(t,75),2)':volume=0`,
      source,
    ]);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error('ffmpeg failed'))));
  });
  await extractAudio(source, wav, { ffmpegPath: tools.ffmpeg.path, durationMs: MINUTES * 60_000 });
  rmSync(source);
  return wav;
}

async function plainRun(wav: string, outputBase: string): Promise<{ ms: number; mb: number }> {
  const stopWatch = watchPeakMemory(outputBase);
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      whisper,
      ['-m', model, '-f', wav, '-l', 'en', '-t', String(THREADS), '-ojf', '-of', outputBase],
      { stdio: 'ignore' },
    );
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`whisper exited ${code}`))));
  });
  return { ms: performance.now() - start, mb: stopWatch() };
}

async function chunkedRun(
  wav: string,
  folder: string,
  chunkPlan: ChunkPlan = defaultChunkPlan,
  speed?: Speed,
): Promise<{ ms: number; mb: number; firstEtaMs?: number }> {
  mkdirSync(folder);
  const stopWatch = watchPeakMemory(folder);
  const start = performance.now();
  let lastProgress = 0;
  let firstEtaMs: number | undefined;
  await transcribeWav(
    {
      mediaId: 'bench',
      wavPath: wav,
      durationMs: MINUTES * 60_000,
      modelPath: model,
      language: 'en',
      translate: false,
    },
    {
      whisperPath: whisper,
      tempFolder: folder,
      threads: THREADS,
      chunkPlan,
      progress: (ratio, _step, etaMs) => {
        lastProgress = ratio;
        firstEtaMs ??= etaMs;
      },
      ...(speed ? { speed } : {}),
    },
  );
  if (lastProgress !== 1) throw new Error(`progress ended at ${lastProgress}`);
  return {
    ms: performance.now() - start,
    mb: stopWatch(),
    ...(firstEtaMs !== undefined ? { firstEtaMs } : {}),
  };
}

async function main(): Promise<void> {
  if (!existsSync(model)) {
    console.log(`bench transcribe: skipped, no model at ${model} (set BENCH_MODEL).`);
    return;
  }
  if (!existsSync(whisper)) throw new Error('whisper-cli is not built: npm run build:whisper');
  const wav = await longWav();
  const temp = mkdtempSync(path.join(os.tmpdir(), 'guftagu-bench-whisper-'));
  try {
    console.log(
      `Transcribing ${MINUTES} min of audio with ${path.basename(model)}, ${THREADS} threads, ${ROUNDS} rounds…`,
    );
    const fixedPlan: ChunkPlan = { ...defaultChunkPlan, atSilence: false };
    const atSilences = await planWavChunks(wav, MINUTES * 60_000);
    const fixedParts = await planWavChunks(wav, MINUTES * 60_000, fixedPlan);
    const describe = (parts: typeof atSilences) =>
      parts
        .slice(1)
        .map((part) => `${(part.cutMs / 1000).toFixed(1)} s (${part.cut})`)
        .join(', ');
    console.log(`  cuts at silences: ${describe(atSilences)}; fixed: ${describe(fixedParts)}`);
    // The time left the job shows at its start, from a 30 s calibration run (a fresh speeds file).
    const calibration = await new SpeedBook(new SpeedStore(path.join(temp, 'speeds.json'))).calibrate(
      { whisperPath: whisper, modelPath: model, threads: THREADS, vad: false, dtw: false },
      wav,
      { language: 'en', tempFolder: temp },
    );
    const plain: { ms: number; mb: number }[] = [];
    const ours: { ms: number; mb: number; firstEtaMs?: number }[] = [];
    const fixed: { ms: number; mb: number }[] = [];
    const loudnessMs: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      plain.push(await plainRun(wav, path.join(temp, `plain-${round}`)));
      ours.push(
        await chunkedRun(wav, path.join(temp, `chunks-${round}`), defaultChunkPlan, calibration.speed),
      );
      fixed.push(await chunkedRun(wav, path.join(temp, `fixed-${round}`), fixedPlan));
      const start = performance.now();
      await readLoudnessWindows(wav);
      loudnessMs.push(performance.now() - start);
      console.log(
        `  round ${round + 1}: plain ${(plain.at(-1)!.ms / 1000).toFixed(1)} s, guftagu ${(ours.at(-1)!.ms / 1000).toFixed(1)} s, fixed parts ${(fixed.at(-1)!.ms / 1000).toFixed(1)} s`,
      );
    }
    const plainMs = median(plain.map((run) => run.ms));
    const oursMs = median(ours.map((run) => run.ms));
    const plainMb = Math.max(...plain.map((run) => run.mb));
    const oursMb = Math.max(...ours.map((run) => run.mb));
    console.log(
      `  plain whisper, one run over the whole file: ${(plainMs / 1000).toFixed(1)} s, peak ${plainMb.toFixed(0)} MB`,
    );
    console.log(
      `  guftagu, ~10-minute parts cut at silences: ${(oursMs / 1000).toFixed(1)} s, peak ${oursMb.toFixed(0)} MB`,
    );
    console.log(
      `  time ratio: ${(oursMs / plainMs).toFixed(3)}x; memory ratio: ${(oursMb / plainMb).toFixed(3)}x`,
    );
    const fixedMs = median(fixed.map((run) => run.ms));
    console.log(
      `  cut at silences vs fixed 10-minute parts with 2 s overlap: ${(oursMs / 1000).toFixed(1)} s vs ${(fixedMs / 1000).toFixed(1)} s, time ratio ${(oursMs / fixedMs).toFixed(3)}x (reading the loudness: ${median(loudnessMs).toFixed(0)} ms)`,
    );
    const estimates = ours.flatMap((run) => (run.firstEtaMs === undefined ? [] : [run.firstEtaMs / run.ms]));
    console.log(
      `  calibrated estimate at the start vs actual time (factor ${calibration.speed.factor.toFixed(3)}): ${estimates.length > 0 ? `${median(estimates).toFixed(3)}x` : 'none'} (1.000x is exact)`,
    );
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
