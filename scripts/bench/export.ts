// npm run bench: clip export time.
// (a) A 1080×1920 clip with burned captions (default 60 s) cut from minute 50 of a 60-minute 1080p source:
//     the engine's export job against the very commands it logs, rerun by hand in a copy of its work folder
//     (targets: ratio 1.1 or less), and the same clip cut from minute 1 (input seeking: late ≈ early).
// (b) A batch of clips × presets (default 10 × reels, x, master; 5 s clips) in one export.start, against the
//     same exports started one at a time. Rounds are interleaved; medians; prints numbers, asserts nothing.
// Longer runs: BENCH_EXPORT_ROUNDS, BENCH_CLIP_S, BENCH_BATCH_CLIPS, BENCH_BATCH_CLIP_S, BENCH_BATCH_ROUNDS.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine } from '../../electron/engine/engine';
import { resolveFfmpegTools } from '../../electron/engine/media/binaries';
import type { Engine } from '../../electron/engine/types';
import { finishedJobStates, type JobSnapshot } from '../../shared/model/jobs';
import type { Cue, Transcript } from '../../shared/transcript/model';
import { median } from './median';

const SOURCE_S = 3_600;
const ROUNDS = Number(process.env['BENCH_EXPORT_ROUNDS'] ?? 2);
const CLIP_S = Number(process.env['BENCH_CLIP_S'] ?? 60);
const BATCH_CLIPS = Number(process.env['BENCH_BATCH_CLIPS'] ?? 10);
const BATCH_CLIP_S = Number(process.env['BENCH_BATCH_CLIP_S'] ?? 5);
const BATCH_ROUNDS = Number(process.env['BENCH_BATCH_ROUNDS'] ?? 1);
const BATCH_PRESETS = ['reels', 'x', 'master'];
const cacheDir = path.resolve('.cache/bench');
const tools = resolveFfmpegTools({ ffmpegSource: 'bundled' });
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function run(binary: string, args: string[]): void {
  const result = spawnSync(binary, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(binary)} failed: ${result.stderr}`);
}

/**
 * The 60-minute 1080p25 H.264/AAC source, made once: one minute of testsrc2 + sine (x264 ultrafast, a key
 * frame every 250 frames), repeated 60 times by the concat demuxer without re-encoding. Seekable, cheap.
 */
function sourceFile(): string {
  const file = path.join(cacheDir, `interview-${SOURCE_S}s-1080p-gop250.mp4`);
  if (existsSync(file)) return file;
  mkdirSync(cacheDir, { recursive: true });
  const started = performance.now();
  console.log(`Making the ${SOURCE_S / 60}-minute 1080p source (once; cached in ${cacheDir})…`);
  const minute = path.join(cacheDir, 'minute-1080p.mp4');
  run(tools.ffmpeg.path, [
    '-hide_banner',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc2=size=1920x1080:rate=25:duration=60',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=300:sample_rate=48000:duration=60',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-crf',
    '30',
    '-g',
    '250',
    '-keyint_min',
    '250',
    '-sc_threshold',
    '0',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-b:a',
    '96k',
    '-ac',
    '2',
    minute,
  ]);
  const list = path.join(cacheDir, 'minutes.txt');
  writeFileSync(list, `file '${minute}'\n`.repeat(SOURCE_S / 60));
  const temp = `${file}.partial.mp4`;
  run(tools.ffmpeg.path, [
    '-hide_banner',
    '-y',
    '-f',
    'concat',
    '-safe',
    '0',
    '-i',
    list,
    '-c',
    'copy',
    '-movflags',
    '+faststart',
    temp,
  ]);
  renameSync(temp, file);
  rmSync(minute);
  rmSync(list);
  console.log(`  made in ${seconds(performance.now() - started)}`);
  return file;
}

/** A cue every 4 s (3 s long) over the whole source, so a clip anywhere has captions. */
function hourTranscript(mediaId: string): Transcript {
  const cues: Cue[] = [];
  for (let startMs = 500; startMs + 3_000 <= SOURCE_S * 1000; startMs += 4_000) {
    const n = cues.length + 1;
    cues.push({ id: `c${n}`, startMs, endMs: startMs + 3_000, text: `پانی کی کمی پر بات ${n}`, words: [] });
  }
  return {
    schemaVersion: 1,
    mediaId,
    model: 'bench',
    createdAt: new Date().toISOString(),
    revision: 0,
    language: 'ur',
    tracks: [{ id: 'ur', language: 'ur', direction: 'rtl', kind: 'transcript', cues }],
  };
}

function waitForJobs(engine: Engine, jobIds: readonly string[]): Promise<JobSnapshot[]> {
  return new Promise((resolve) => {
    const finished = new Map<string, JobSnapshot>();
    const check = () => {
      if (!jobIds.every((id) => finished.has(id))) return;
      unsubscribe();
      resolve(jobIds.map((id) => finished.get(id) as JobSnapshot));
    };
    const unsubscribe = engine.events.on('jobs.event', (job) => {
      if (finishedJobStates.includes(job.state)) finished.set(job.id, job);
      check();
    });
    void engine.api['jobs.list']({}).then((jobs) => {
      for (const job of jobs) if (finishedJobStates.includes(job.state)) finished.set(job.id, job);
      check();
    });
  });
}

interface Bench {
  engine: Engine;
  root: string;
  sessionId: string;
  mediaId: string;
  speakerId: string;
  /** The engine's log since the last clear. */
  log: string[];
  /** Where the next logged command's work folder (.job-*) is copied to, as it is when ffmpeg starts. */
  capture: { outputFolder: string; into: string } | undefined;
}

async function setUp(source: string): Promise<Bench> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-bench-export-'));
  const log: string[] = [];
  const state: { capture?: Bench['capture'] } = {};
  const engine = await createEngine({
    workspacePath: path.join(root, 'workspace'),
    configDir: path.join(root, 'config'),
    log: (line) => {
      log.push(line);
      const capture = state.capture;
      if (!line.startsWith('$ ') || !capture || existsSync(capture.into)) return;
      const job = readdirSync(capture.outputFolder).find((name) => name.startsWith('.job-'));
      if (job) cpSync(path.join(capture.outputFolder, job), capture.into, { recursive: true });
    },
  });
  const { api } = engine;
  const sessionId = (await api['sessions.create']({ title: 'Bench export' })).id;
  const importStart = performance.now();
  const { jobIds } = await api['media.import']({ sessionId, paths: [source] });
  const [imported] = await waitForJobs(engine, jobIds);
  if (imported?.state !== 'succeeded') throw new Error(`import failed: ${JSON.stringify(imported?.error)}`);
  console.log(`Imported the source in ${seconds(performance.now() - importStart)}`);
  const mediaId = (await api['sessions.get']({ sessionId })).session.media[0]?.id ?? '';
  await api['transcripts.save']({ sessionId, transcript: hourTranscript(mediaId), baseRevision: 0 });
  const speakerId = (
    await api['participants.add']({
      sessionId,
      participant: { name: 'Ayesha', gender: 'woman', consent: { scope: 'publish-named' } },
    })
  ).participant.id;
  return {
    engine,
    root,
    sessionId,
    mediaId,
    speakerId,
    log,
    get capture() {
      return state.capture;
    },
    set capture(value) {
      if (value) state.capture = value;
      else delete state.capture;
    },
  };
}

async function makeClip(bench: Bench, startMs: number, lengthMs: number, title: string): Promise<string> {
  const clip = await bench.engine.api['clips.save']({
    sessionId: bench.sessionId,
    clip: {
      mediaId: bench.mediaId,
      startMs,
      endMs: startMs + lengthMs,
      title,
      speakerId: bench.speakerId,
      tags: [],
      hashtags: [],
    },
  });
  return clip.id;
}

let folders = 0;
const freshFolder = (bench: Bench, name: string) => path.join(bench.root, `${name}-${(folders += 1)}`);

/** Exports and waits; returns the wall time from export.start to the last job's end. */
async function exportClips(
  bench: Bench,
  clipIds: string[],
  presetIds: string[],
  outputFolder: string,
): Promise<number> {
  const start = performance.now();
  const started = await bench.engine.api['export.start']({
    sessionId: bench.sessionId,
    clipIds,
    presetIds,
    outputFolder,
  });
  const jobs = await waitForJobs(bench.engine, started.jobIds);
  const elapsed = performance.now() - start;
  const failed = jobs.find((job) => job.state !== 'succeeded');
  if (failed) throw new Error(`export ${failed.state}: ${failed.error?.message ?? ''}`);
  return elapsed;
}

/** One engine export of the clip for reels, then the commands it logged rerun by hand in a copy of its folder. */
async function engineAndPlain(bench: Bench, clipId: string): Promise<{ engine: number; plain: number }> {
  const outputFolder = freshFolder(bench, 'single');
  mkdirSync(outputFolder, { recursive: true });
  const into = freshFolder(bench, 'by-hand');
  bench.log.length = 0;
  bench.capture = { outputFolder, into };
  const engine = await exportClips(bench, [clipId], ['reels'], outputFolder);
  bench.capture = undefined;
  const commands = bench.log.filter((line) => line.startsWith('$ ')).map((line) => line.slice(2));
  if (commands.length === 0 || !existsSync(into)) throw new Error('the engine logged no command');
  rmSync(path.join(into, 'output.mp4'), { force: true });
  const start = performance.now();
  for (const command of commands) {
    const result = spawnSync('/bin/sh', ['-c', command], { cwd: into, stdio: ['ignore', 'ignore', 'pipe'] });
    if (result.status !== 0) throw new Error(`by hand: ${command}\n${String(result.stderr)}`);
  }
  const plain = performance.now() - start;
  rmSync(outputFolder, { recursive: true, force: true });
  rmSync(into, { recursive: true, force: true });
  return { engine, plain };
}

async function singleClip(bench: Bench): Promise<void> {
  const late = await makeClip(bench, 50 * 60_000, CLIP_S * 1000, 'Minute 50');
  const early = await makeClip(bench, 60_000, CLIP_S * 1000, 'Minute 1');
  const times = { lateEngine: [] as number[], latePlain: [] as number[], earlyEngine: [] as number[] };
  const earlyPlain: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const lateRun = await engineAndPlain(bench, late);
    const earlyRun = await engineAndPlain(bench, early);
    times.lateEngine.push(lateRun.engine);
    times.latePlain.push(lateRun.plain);
    times.earlyEngine.push(earlyRun.engine);
    earlyPlain.push(earlyRun.plain);
    console.log(
      `round ${round + 1}: minute 50 engine ${seconds(lateRun.engine)}, by hand ${seconds(lateRun.plain)}; ` +
        `minute 1 engine ${seconds(earlyRun.engine)}, by hand ${seconds(earlyRun.plain)}`,
    );
  }
  const vsPlain = median(times.lateEngine) / median(times.latePlain);
  const vsEarly = median(times.lateEngine) / median(times.earlyEngine);
  console.log(`\n(a) ${CLIP_S} s 1080×1920 clip with burned captions (reels), median of ${ROUNDS}:`);
  console.log(`  minute 50, engine export:           ${seconds(median(times.lateEngine))}`);
  console.log(`  minute 50, logged commands by hand: ${seconds(median(times.latePlain))}`);
  console.log(`  minute 1,  engine export:           ${seconds(median(times.earlyEngine))}`);
  console.log(`  minute 1,  logged commands by hand: ${seconds(median(earlyPlain))}`);
  console.log(`  engine / by hand (minute 50): ${vsPlain.toFixed(3)}x (target <= 1.1x) ${verdict(vsPlain)}`);
  console.log(`  minute 50 / minute 1 (engine): ${vsEarly.toFixed(3)}x (target <= 1.1x) ${verdict(vsEarly)}`);
}

async function batch(bench: Bench): Promise<void> {
  const clipIds: string[] = [];
  for (let index = 0; index < BATCH_CLIPS; index += 1)
    clipIds.push(await makeClip(bench, (5 + index * 3) * 60_000, BATCH_CLIP_S * 1000, `Batch ${index + 1}`));
  const together: number[] = [];
  const oneByOne: number[] = [];
  for (let round = 0; round < BATCH_ROUNDS; round += 1) {
    const batchFolder = freshFolder(bench, 'batch');
    together.push(await exportClips(bench, clipIds, BATCH_PRESETS, batchFolder));
    rmSync(batchFolder, { recursive: true, force: true });
    let sum = 0;
    for (const clipId of clipIds)
      for (const presetId of BATCH_PRESETS) {
        const folder = freshFolder(bench, 'one');
        sum += await exportClips(bench, [clipId], [presetId], folder);
        rmSync(folder, { recursive: true, force: true });
      }
    oneByOne.push(sum);
    console.log(`round ${round + 1}: batch ${seconds(together.at(-1) ?? 0)}, one at a time ${seconds(sum)}`);
  }
  const ratio = median(together) / median(oneByOne);
  const count = BATCH_CLIPS * BATCH_PRESETS.length;
  console.log(
    `\n(b) ${BATCH_CLIPS} clips × ${BATCH_PRESETS.join(', ')} (${BATCH_CLIP_S} s each), median of ${BATCH_ROUNDS}:`,
  );
  console.log(`  one batch of ${count} exports:      ${seconds(median(together))}`);
  console.log(`  sum of ${count} exports one by one: ${seconds(median(oneByOne))}`);
  console.log(`  batch / one by one: ${ratio.toFixed(3)}x`);
}

const verdict = (ratio: number) => (ratio <= 1.1 ? 'OK' : 'OVER TARGET');

async function main(): Promise<void> {
  const started = performance.now();
  const source = sourceFile();
  const bench = await setUp(source);
  try {
    await singleClip(bench);
    await batch(bench);
  } finally {
    await bench.engine.close();
    rmSync(bench.root, { recursive: true, force: true });
  }
  console.log(`\nExport bench took ${seconds(performance.now() - started)} on ${os.cpus().length} cores.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
