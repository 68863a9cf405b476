import { engineError } from '../../../shared/errorTexts';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import { type GuftaguError } from '../../../shared/errors';
import { parseVadSpanLine, type VadSpan } from '../../../shared/transcript/vadTimes';
import type { DtwPreset } from '../../../shared/transcript/dtwPreset';
import { runProcess } from '../process/runProcess';
import { dtwRefusalError } from './dtwSetup';
import { detectWhisperCapabilities } from './whisperCapabilities';

export interface WhisperRunOptions {
  whisperPath: string;
  modelPath: string;
  /** 16 kHz mono 16-bit WAV. */
  wavPath: string;
  /** Output path without extension; whisper writes `<outputBase>.json`. */
  outputBase: string;
  /** 'auto' or a code such as 'ur', 'en'. */
  language: string;
  translate: boolean;
  threads?: number;
  signal?: AbortSignal;
  onProgress?: (ratio: number) => void;
  log?: (line: string) => void;
  /** Silero voice activity detection with this ggml VAD model (whisper.cpp 1.7.6+). */
  vadModelPath?: string;
  /** --suppress-nst where the build has it: no "(music)" or "[BLANK_AUDIO]" tokens. */
  suppressNonSpeech?: boolean;
  /** Initial prompt (the session's vocabulary), kept for every 30 s window (--carry-initial-prompt). */
  prompt?: string;
  /** DTW token timestamps with this alignment-heads preset ("small", "large.v3.turbo"); turns flash attention off. */
  dtwPreset?: DtwPreset;
}

export interface WhisperRun {
  /** The bytes of whisper's full JSON (-ojf). */
  json: Buffer;
  /** Whether whisper ran with --vad. */
  vadUsed: boolean;
  /** The speech spans whisper logged with --vad (empty without it): see shared/transcript/vadTimes.ts. */
  vadSpans: VadSpan[];
  /** whisper's "system_info" line: the CPU features and backends this build uses. */
  systemInfo?: string;
  /** How long loading the model took, from whisper's "load time = … ms" (absent when it did not say). */
  loadMs?: number;
}

/** Runs whisper.cpp once (argument array, no shell) and returns its full JSON and what it logged about VAD. */
export async function runWhisper(options: WhisperRunOptions): Promise<WhisperRun> {
  const capabilities = await detectWhisperCapabilities(options.whisperPath);
  if (options.translate && !capabilities.translate) {
    throw engineError('whisper-no-translate');
  }
  if (options.vadModelPath && !capabilities.vad) {
    throw engineError('whisper-no-vad', { version: capabilities.version });
  }
  if (options.dtwPreset && !capabilities.dtw)
    throw dtwRefusalError('no-dtw-build', { model: options.modelPath, version: capabilities.version });
  const args = [
    '-m',
    options.modelPath,
    '-f',
    options.wavPath,
    '-l',
    options.language,
    '-t',
    String(options.threads ?? defaultThreads()),
    '-ojf',
    '-of',
    options.outputBase,
    ...(capabilities.printProgress ? ['-pp'] : []),
    ...(options.translate ? ['-tr'] : []),
    ...(options.vadModelPath ? ['--vad', '--vad-model', options.vadModelPath] : []),
    ...(options.suppressNonSpeech && capabilities.suppressNonSpeech ? ['--suppress-nst'] : []),
    ...(options.prompt?.trim() && capabilities.prompt
      ? [
          '--prompt',
          options.prompt.trim(),
          ...(/--carry-initial-prompt/.test(capabilities.helpText) ? ['--carry-initial-prompt'] : []),
        ]
      : []),
    // whisper.cpp turns DTW off without a word when flash attention is on (its default): -nfa goes with it.
    ...(options.dtwPreset ? ['-nfa', '-dtw', options.dtwPreset] : []),
  ];
  // whisper 1.5.0 exits 0 after some errors ("unknown language" then its usage text, which pushes the error
  // out of the stderr tail): keep its "error:" lines apart so the failure can still be named.
  const errorLines: string[] = [];
  const vadSpans: VadSpan[] = [];
  let systemInfo: string | undefined;
  let loadMs: number | undefined;
  const result = await runProcess({
    binary: options.whisperPath,
    args,
    toolName: 'whisper',
    onStderrLine: (line) => {
      if (/^error:|failed to (read|initialize|process)/i.test(line.trim()) && errorLines.length < 10)
        errorLines.push(line.trim());
      const span = parseVadSpanLine(line);
      if (span) vadSpans.push(span);
      if (line.startsWith('system_info:')) systemInfo = line.trim();
      loadMs = parseWhisperLoadMs(line) ?? loadMs;
      const ratio = parseWhisperProgress(line);
      if (ratio !== undefined) options.onProgress?.(ratio);
    },
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  if (result.exitCode !== 0)
    throw whisperFailure(result.exitCode, [...errorLines, result.stderrTail].join('\n'));
  const json = await fs.readFile(`${options.outputBase}.json`).catch(() => undefined);
  if (!json) {
    const named = knownWhisperFailure([...errorLines, result.stderrTail].join('\n'));
    if (named) throw named;
    throw engineError('whisper-no-output', {}, { details: result.stderrTail });
  }
  options.onProgress?.(1);
  if (systemInfo) options.log?.(`whisper ${capabilities.version} ${systemInfo}`);
  return {
    json,
    vadUsed: Boolean(options.vadModelPath),
    vadSpans,
    ...(systemInfo ? { systemInfo } : {}),
    ...(loadMs !== undefined ? { loadMs } : {}),
  };
}

/** "whisper_print_timings:     load time =   109.13 ms" → 109.13 */
export function parseWhisperLoadMs(line: string): number | undefined {
  const match = /whisper_print_timings:\s+load time\s*=\s*([\d.]+)\s*ms/.exec(line);
  return match ? Number(match[1]) : undefined;
}

/** "whisper_print_progress_callback: progress =  45%" → 0.45 */
export function parseWhisperProgress(line: string): number | undefined {
  const match = /progress\s*=\s*(\d+)%/.exec(line);
  return match ? Math.min(1, Number(match[1]) / 100) : undefined;
}

export function whisperFailure(exitCode: number, stderr: string): GuftaguError {
  return knownWhisperFailure(stderr) ?? engineError('whisper-exit', { exitCode }, { details: stderr });
}

/** The failures whisper's stderr names (model, audio, language); undefined for any other. */
export function knownWhisperFailure(stderr: string): GuftaguError | undefined {
  // whisper.cpp 1.9: a missing input exits 2 with "error: input file not found '<path>'".
  if (/input file not found/i.test(stderr)) {
    return engineError('whisper-input-gone', {}, { details: stderr });
  }
  // 1.9: an unreadable file prints "error: failed to read audio file '<path>'" and exits 0 with no JSON.
  if (/failed to read audio file/i.test(stderr)) {
    return engineError('whisper-audio-unreadable', {}, { details: stderr });
  }
  // With --vad, a file that is not a VAD model: "whisper_vad_init_with_params: invalid model data (bad magic)",
  // "unknown tensor … in model file", then "failed to initialize VAD context". (The help text also says "VAD model".)
  if (
    /failed to initialize VAD context|whisper_vad_init\w*: (invalid model data|unknown tensor|tensor .* has wrong)/i.test(
      stderr,
    )
  ) {
    return engineError('whisper-vad-model-unloadable', {}, { details: stderr });
  }
  if (/failed to load model|invalid model|bad magic|failed to open/i.test(stderr)) {
    return engineError('whisper-model-unloadable', {}, { details: stderr });
  }
  if (/failed to read WAV|failed to open .*wav|WAV file must be/i.test(stderr)) {
    return engineError('whisper-wav-unreadable', {}, { details: stderr });
  }
  if (/unknown language/i.test(stderr)) {
    return engineError('whisper-language-unknown', {}, { details: stderr, field: 'language' });
  }
  return undefined;
}

/** Leave one core for the UI and ffmpeg on machines that have several. */
export function defaultThreads(): number {
  const cores = os.availableParallelism();
  return Math.max(1, Math.min(8, cores > 2 ? cores - 1 : cores));
}
