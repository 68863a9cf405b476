import { z } from 'zod';
import { diskErrorWords, diskProblemOfErrno, failedAction } from './diskErrors';

/** Every failure a user can meet has a code, a message in plain words and a hint of what to do. */
export const errorCodes = [
  'invalid-request',
  'not-found',
  'file-empty',
  'file-unreadable',
  'file-damaged',
  'not-media',
  'not-subtitles',
  'no-audio',
  'source-missing',
  'tool-missing',
  'tool-failed',
  'canceled',
  'document-corrupt',
  'document-newer',
  'write-failed',
  'disk-full',
  'read-only',
  'permission-denied',
  'locked',
  'unauthorized',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorInfoSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  hint: z.string(),
  details: z.string().optional(),
});
export type ErrorInfo = z.infer<typeof errorInfoSchema>;

export class GuftaguError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;
  readonly details: string | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    hint: string,
    options?: { details?: string; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GuftaguError';
    this.code = code;
    this.hint = hint;
    this.details = options?.details;
  }

  toInfo(): ErrorInfo {
    return this.details === undefined
      ? { code: this.code, message: this.message, hint: this.hint }
      : { code: this.code, message: this.message, hint: this.hint, details: this.details };
  }

  static fromInfo(info: ErrorInfo): GuftaguError {
    return new GuftaguError(
      info.code,
      info.message,
      info.hint,
      info.details === undefined ? undefined : { details: info.details },
    );
  }
}

/**
 * Turns anything thrown into an ErrorInfo without losing the original message. A system error that means a
 * full, read-only or denied disk becomes that error with its hint (never "something went wrong").
 */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof GuftaguError) return error.toInfo();
  const system = error as { code?: unknown; path?: unknown; syscall?: unknown } | undefined;
  const problem = diskProblemOf(system);
  if (problem !== undefined && error instanceof Error) {
    const words = diskErrorWords(problem, {
      ...(typeof system?.path === 'string' ? { filePath: system.path } : {}),
      action: failedAction(system?.syscall),
    });
    return { ...words, ...(error.stack ? { details: error.stack } : {}) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: 'internal',
    message: `Something went wrong: ${message}`,
    hint: 'Try again. If it keeps happening, copy the diagnostics (guftagu doctor) and the log into a bug report.',
    ...(error instanceof Error && error.stack ? { details: error.stack } : {}),
  };
}

const diskProblemOf = (error: { code?: unknown } | undefined) =>
  typeof error === 'object' && error !== null ? diskProblemOfErrno(error.code) : undefined;
