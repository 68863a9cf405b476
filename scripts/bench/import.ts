// npm run bench: import time of a 10-minute 1080p file (probe + 16 kHz WAV + thumbnail + waveform peaks)
// next to the plain ffprobe/ffmpeg commands doing the same work, in the same process, interleaved.
// Target: ratio 1.15 or less. Prints numbers; asserts nothing (machines here are shared and noisy).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine } from '../../electron/engine/engine';
import { resolveFfmpegTools } from '../../electron/engine/media/binaries';
import { finishedJobStates } from '../../shared/model/jobs';
import { median } from './median';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const DURATION_S = Number(process.env['BENCH_DURATION_S'] ?? 600);
const cacheDir = path.resolve('.cache/bench');
const tools = resolveFfmpegTools({ ffmpegSource: 'bundled' });

function run(binary: string, args: string[]): void {
  const result = spawnSync(binary, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(binary)} failed: ${result.stderr}`);
}

function sourceFile(): string {
  const file = path.join(cacheDir, `interview-${DURATION_S}s-1080p.mp4`);
  if (existsSync(file)) return file;
  mkdirSync(cacheDir, { recursive: true });
  console.log(`Making a ${DURATION_S / 60}-minute 1080p H.264/AAC test file (once; cached in ${cacheDir})…`);
  const temp = `${file}.partial.mp4`;
  run(tools.ffmpeg.path, [
    '-hide_banner',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=1920x1080:rate=25:duration=${DURATION_S}`,
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=300:sample_rate=48000:duration=${DURATION_S}`,
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-crf',
    '28',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-b:a',
    '128k',
    '-ac',
    '2',
    '-movflags',
    '+faststart',
    temp,
  ]);
  renameSync(temp, file);
  return file;
}

/** The same work with the plain tools: ffprobe, then ffmpeg to WAV, then ffmpeg for one thumbnail. */
function plainImport(source: string, outDir: string): number {
  const start = performance.now();
  run(tools.ffprobe.path, [
    '-v',
    'error',
    '-print_format',
    'json',
    '-show_format',
    '-show_streams',
    '--',
    source,
  ]);
  run(tools.ffmpeg.path, [
    '-hide_banner',
    '-nostdin',
    '-y',
    '-loglevel',
    'error',
    '-i',
    source,
    '-map',
    '0:a:0',
    '-vn',
    '-ac',
    '1',
    '-ar',
    '16000',
    '-c:a',
    'pcm_s16le',
    '-f',
    'wav',
    path.join(outDir, 'plain.wav'),
  ]);
  run(tools.ffmpeg.path, [
    '-hide_banner',
    '-nostdin',
    '-y',
    '-loglevel',
    'error',
    '-ss',
    '10',
    '-i',
    source,
    '-frames:v',
    '1',
    '-vf',
    'scale=320:-2',
    '-q:v',
    '4',
    path.join(outDir, 'plain.jpg'),
  ]);
  return performance.now() - start;
}

async function guftaguImport(source: string, root: string, round: number): Promise<number> {
  const engine = await createEngine({
    workspacePath: path.join(root, `ws-${round}`),
    configDir: path.join(root, 'config'),
  });
  try {
    const session = await engine.api['sessions.create']({ title: `Bench ${round}` });
    const start = performance.now();
    const done = new Promise<string>((resolve) =>
      engine.events.on('jobs.event', (job) => {
        if (finishedJobStates.includes(job.state))
          resolve(job.state === 'succeeded' ? 'ok' : `${job.state}: ${job.error?.message ?? ''}`);
      }),
    );
    await engine.api['media.import']({ sessionId: session.id, paths: [source] });
    const outcome = await done;
    if (outcome !== 'ok') throw new Error(`import ${outcome}`);
    return performance.now() - start;
  } finally {
    await engine.close();
  }
}

async function main(): Promise<void> {
  const source = sourceFile();
  const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-bench-'));
  const plain: number[] = [];
  const ours: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      plain.push(plainImport(source, root));
      ours.push(await guftaguImport(source, root, round));
      console.log(
        `round ${round + 1}: plain ${(plain.at(-1)! / 1000).toFixed(2)} s, guftagu ${(ours.at(-1)! / 1000).toFixed(2)} s`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const ratio = median(ours) / median(plain);
  console.log(`\nImport of ${DURATION_S / 60} min 1080p (${path.basename(source)}), median of ${ROUNDS}:`);
  console.log(`  plain ffprobe + ffmpeg (WAV, thumbnail): ${(median(plain) / 1000).toFixed(2)} s`);
  console.log(
    `  guftagu import (probe, WAV, thumbnail, peaks, session save): ${(median(ours) / 1000).toFixed(2)} s`,
  );
  console.log(`  ratio: ${ratio.toFixed(3)}x (target <= 1.15x) ${ratio <= 1.15 ? 'OK' : 'OVER TARGET'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
