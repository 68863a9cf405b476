import type { ChildProcess } from 'node:child_process';
import { GuftaguError, type MessageParams } from '../../../shared/errors';
import { engineError, toolFailureWhat, type EngineErrorKey } from '../../../shared/errorTexts';
import { diskErrorWords, diskProblemInToolOutput } from '../../../shared/diskErrors';
import { formatCommandLine } from './commandLine';
import { whyNotExecutable } from './findExecutable';
import { LineTail } from './tail';
import { killProcessTree } from './killTree';
import { spawnTool } from './toolSpawn';

export interface RunOptions {
  binary: string;
  args: readonly string[];
  signal?: AbortSignal;
  cwd?: string;
  /** Called with each complete line of stdout / stderr as it arrives. */
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  /** Which stderr lines the tail (an error's details) keeps; all but blank ones when left out. */
  keepStderrLine?: (line: string) => boolean;
  /** Collect stdout as a string (for small outputs such as ffprobe's JSON). */
  captureStdout?: boolean;
  log?: (line: string) => void;
  /** Variables added to the environment the program inherits. */
  env?: Record<string, string>;
  /** Name shown in errors, e.g. "ffmpeg". */
  toolName: string;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderrTail: string;
}

const STDERR_TAIL_LINES = 30;

/**
 * Runs an external program with an argument array (its arguments never pass through a shell's parser).
 * The program cannot outlive Guftagu (toolSpawn.ts). Aborting kills the process and its children.
 * Resolves with the exit code; rejects only when the program cannot start or is canceled.
 */
export function runProcess(options: RunOptions): Promise<RunResult> {
  const { binary, args, signal, log } = options;
  log?.(`$ ${formatCommandLine(binary, args)}`);
  if (signal?.aborted) return Promise.reject(canceledError(options.toolName));
  const problem = process.platform === 'win32' ? undefined : whyNotExecutable(binary);
  if (problem !== undefined) return Promise.reject(startError(options.toolName, binary, new Error(problem)));
  return runStarted(options);
}

function runStarted(options: RunOptions): Promise<RunResult> {
  const { binary, args, signal } = options;
  return new Promise<RunResult>((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = spawnTool(binary, args, {
        ...(options.cwd ? { cwd: options.cwd } : {}),
        env: options.env ? { ...process.env, ...options.env } : process.env,
      });
    } catch (error) {
      reject(startError(options.toolName, binary, error));
      return;
    }
    const stderrTail = new LineTail(STDERR_TAIL_LINES, options.keepStderrLine);
    const stdoutLines = new LineTail(0);
    const stdoutChunks: string[] = [];
    let canceled = false;

    const onAbort = () => {
      canceled = true;
      void killProcessTree(child);
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      if (options.captureStdout) stdoutChunks.push(chunk);
      if (options.onStdoutLine) stdoutLines.push(chunk, options.onStdoutLine);
    });
    child.stderr?.on('data', (chunk: string) => stderrTail.push(chunk, options.onStderrLine));

    child.once('error', (error) => {
      signal?.removeEventListener('abort', onAbort);
      reject(startError(options.toolName, binary, error));
    });
    child.once('close', (code, killSignal) => {
      signal?.removeEventListener('abort', onAbort);
      if (canceled) {
        reject(canceledError(options.toolName));
        return;
      }
      const exitCode = code ?? (killSignal ? 128 : 1);
      resolve({ exitCode, stdout: stdoutChunks.join(''), stderrTail: stderrTail.text() });
    });
  });
}

/** What failed, for the error a non-zero exit throws: a key of shared/errorTexts ending in the exit code. */
export interface ToolFailure {
  key: EngineErrorKey;
  params?: MessageParams;
}

/** Runs a program and throws a 'tool-failed' error with the stderr tail when it exits non-zero. */
export async function runProcessOrThrow(options: RunOptions & { failure: ToolFailure }): Promise<RunResult> {
  const result = await runProcess(options);
  if (result.exitCode !== 0) {
    // A tool that stopped because the disk is full, read-only or denied says so in its own words.
    const problem = diskProblemInToolOutput(result.stderrTail);
    if (problem !== undefined) {
      const words = diskErrorWords(problem, {
        what: toolFailureWhat(options.failure.key, options.failure.params),
      });
      throw new GuftaguError(words.code, words.message, words.hint, { details: result.stderrTail });
    }
    throw engineError(
      options.failure.key,
      { ...options.failure.params, tool: options.toolName, exitCode: result.exitCode },
      { details: result.stderrTail },
    );
  }
  return result;
}

function canceledError(toolName: string): GuftaguError {
  return engineError('tool-canceled', { tool: toolName });
}

function startError(toolName: string, binary: string, cause: unknown): GuftaguError {
  const message = cause instanceof Error ? cause.message : String(cause);
  return engineError('tool-missing', { tool: toolName, binary, reason: message }, { cause });
}
