import { promises as fs } from 'node:fs';
import os from 'node:os';
import { GuftaguError } from '../../../shared/errors';
import { runProcess } from '../process/runProcess';
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
}

/** Runs whisper.cpp once (argument array, no shell) and returns the bytes of its full JSON output. */
export async function runWhisper(options: WhisperRunOptions): Promise<Buffer> {
  const capabilities = await detectWhisperCapabilities(options.whisperPath);
  if (options.translate && !capabilities.translate) {
    throw new GuftaguError(
      'tool-failed',
      'This whisper build cannot translate (-tr).',
      'Use the whisper built with Guftagu, or turn off "Translate to English".',
    );
  }
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
  ];
  // whisper 1.5.0 exits 0 after some errors ("unknown language" then its usage text, which pushes the error
  // out of the stderr tail): keep its "error:" lines apart so the failure can still be named.
  const errorLines: string[] = [];
  const result = await runProcess({
    binary: options.whisperPath,
    args,
    toolName: 'whisper',
    onStderrLine: (line) => {
      if (/^error:/i.test(line.trim()) && errorLines.length < 10) errorLines.push(line.trim());
      const ratio = parseWhisperProgress(line);
      if (ratio !== undefined) options.onProgress?.(ratio);
    },
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  if (result.exitCode !== 0) throw whisperFailure(result.exitCode, result.stderrTail);
  const json = await fs.readFile(`${options.outputBase}.json`).catch(() => undefined);
  if (!json) {
    const named = knownWhisperFailure([...errorLines, result.stderrTail].join('\n'));
    if (named) throw named;
    throw new GuftaguError(
      'tool-failed',
      'whisper finished but wrote no transcript.',
      'Run "guftagu doctor" and check the whisper program; the details show what it said.',
      { details: result.stderrTail },
    );
  }
  options.onProgress?.(1);
  return json;
}

/** "whisper_print_progress_callback: progress =  45%" → 0.45 */
export function parseWhisperProgress(line: string): number | undefined {
  const match = /progress\s*=\s*(\d+)%/.exec(line);
  return match ? Math.min(1, Number(match[1]) / 100) : undefined;
}

export function whisperFailure(exitCode: number, stderr: string): GuftaguError {
  return (
    knownWhisperFailure(stderr) ??
    new GuftaguError(
      'tool-failed',
      `whisper stopped with an error (exit code ${exitCode}).`,
      'The details show what whisper said. Try a smaller model if the computer ran out of memory.',
      { details: stderr },
    )
  );
}

/** The failures whisper's stderr names (model, audio, language); undefined for any other. */
export function knownWhisperFailure(stderr: string): GuftaguError | undefined {
  if (/failed to load model|invalid model|bad magic|failed to open/i.test(stderr)) {
    return new GuftaguError(
      'tool-failed',
      'whisper could not load the model.',
      'The model file may be damaged or not a whisper.cpp ggml model: download it again in Models.',
      { details: stderr },
    );
  }
  if (/failed to read WAV|failed to open .*wav|WAV file must be/i.test(stderr)) {
    return new GuftaguError(
      'tool-failed',
      'whisper could not read the extracted audio.',
      'Import the media again; the details show what whisper said.',
      { details: stderr },
    );
  }
  if (/unknown language/i.test(stderr)) {
    return new GuftaguError(
      'invalid-request',
      'whisper does not know that language code.',
      'Choose a language from the list, or "auto".',
      { details: stderr },
    );
  }
  return undefined;
}

/** Leave one core for the UI and ffmpeg on machines that have several. */
export function defaultThreads(): number {
  const cores = os.availableParallelism();
  return Math.max(1, Math.min(8, cores > 2 ? cores - 1 : cores));
}
