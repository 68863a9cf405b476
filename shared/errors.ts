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

/** Values a structured message is filled with (file names, counts, ids): never prose. */
export const messageParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type MessageParams = z.infer<typeof messageParamsSchema>;

export const errorInfoSchema = z.object({
  code: z.enum(errorCodes),
  /** English, for the CLI and logs. The UI words `key` + `params` (or the code) in its own language. */
  message: z.string(),
  hint: z.string(),
  details: z.string().optional(),
  /** Which message this is, e.g. 'not-media'; the renderer catalogues word it as `err_<key>` / `hint_<key>`. */
  key: z.string().optional(),
  params: messageParamsSchema.optional(),
  /** The form field or line the problem is about, e.g. 'consentDate' or 'line:12'. */
  field: z.string().optional(),
});
export type ErrorInfo = z.infer<typeof errorInfoSchema>;

export interface GuftaguErrorOptions {
  details?: string;
  cause?: unknown;
  /** Structured form of the message for the UI (see ErrorInfo.key). */
  key?: string;
  params?: MessageParams;
  field?: string;
}

export class GuftaguError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;
  readonly details: string | undefined;
  readonly key: string | undefined;
  readonly params: MessageParams | undefined;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, hint: string, options?: GuftaguErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GuftaguError';
    this.code = code;
    this.hint = hint;
    this.details = options?.details;
    this.key = options?.key;
    this.params = options?.params;
    this.field = options?.field;
  }

  toInfo(): ErrorInfo {
    return {
      code: this.code,
      message: this.message,
      hint: this.hint,
      ...(this.details === undefined ? {} : { details: this.details }),
      ...(this.key === undefined ? {} : { key: this.key }),
      ...(this.params === undefined ? {} : { params: this.params }),
      ...(this.field === undefined ? {} : { field: this.field }),
    };
  }

  static fromInfo(info: ErrorInfo): GuftaguError {
    const { code, message, hint, details, key, params, field } = info;
    return new GuftaguError(code, message, hint, {
      ...(details === undefined ? {} : { details }),
      ...(key === undefined ? {} : { key }),
      ...(params === undefined ? {} : { params }),
      ...(field === undefined ? {} : { field }),
    });
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
