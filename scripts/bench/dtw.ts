// npm run bench:dtw: what DTW word times cost. whisper.cpp 1.9 (resources/bin/whisper-cli) on jfk.wav, by hand, as
// Guftagu runs it (-ojf, -t <threads>) with flash attention (the default) against `-nfa -dtw <preset>` (what
// `guftagu transcribe --dtw` adds), interleaved. The models are whisper.cpp's weightless test models from
// ../shared/fixtures (real compute cost, no text), so the encode dominates, as it does with real speech.
// Prints the ratios; asserts nothing.
//   BENCH_DTW_ROUNDS  interleaved rounds per model (default 3)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultThreads } from '../../electron/engine/transcription/whisperRunner';
import { median } from './median';

const whisper = path.resolve('resources/bin/whisper-cli');
const fixtures = path.resolve('../shared/fixtures');
const jfk = path.join(fixtures, 'audio/jfk.wav');
const rounds = Number(process.env['BENCH_DTW_ROUNDS'] ?? 3);
const models = [
  { preset: 'tiny', file: path.join(fixtures, 'models/for-tests-ggml-tiny.bin') },
  { preset: 'base', file: path.join(fixtures, 'models/for-tests-ggml-base.bin') },
];

/** Runs whisper; gives back the wall time and the encode time whisper reports (ms). */
function run(args: string[]): Promise<{ wallMs: number; encodeMs: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(whisper, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      const wallMs = performance.now() - start;
      if (code !== 0) return reject(new Error(`whisper-cli exited ${code}: ${err.slice(-2000)}`));
      if (/dtw_token_timestamps is not supported/.test(err))
        return reject(new Error('whisper turned DTW off'));
      const encode = /encode time =\s*([\d.]+) ms/.exec(err);
      resolve({ wallMs, encodeMs: encode ? Number(encode[1]) : Number.NaN });
    });
  });
}

async function main(): Promise<void> {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'guftagu-bench-dtw-'));
  const threads = String(defaultThreads());
  try {
    console.log(
      `DTW word times: whisper.cpp 1.9 on jfk.wav, ${threads} threads, ${rounds} interleaved rounds`,
    );
    for (const model of models) {
      const base = [
        '-m',
        model.file,
        '-f',
        jfk,
        '-l',
        'en',
        '-t',
        threads,
        '-ojf',
        '-of',
        path.join(temp, 'out'),
      ];
      const plain: { wallMs: number; encodeMs: number }[] = [];
      const dtw: { wallMs: number; encodeMs: number }[] = [];
      for (let round = 0; round < rounds; round++) {
        plain.push(await run(base));
        dtw.push(await run([...base, '-nfa', '-dtw', model.preset]));
      }
      const wall = median(dtw.map((r) => r.wallMs)) / median(plain.map((r) => r.wallMs));
      const encode = median(dtw.map((r) => r.encodeMs)) / median(plain.map((r) => r.encodeMs));
      console.log(
        `  ${model.preset.padEnd(5)} flash attention ${(median(plain.map((r) => r.wallMs)) / 1000).toFixed(1)} s` +
          ` · -nfa -dtw ${(median(dtw.map((r) => r.wallMs)) / 1000).toFixed(1)} s` +
          ` · DTW/plain: wall ${wall.toFixed(2)}×, encode ${encode.toFixed(2)}×`,
      );
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
