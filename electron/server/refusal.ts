import { randomBytes } from 'node:crypto';
import { GuftaguError, toErrorInfo, type ErrorCode, type ErrorInfo } from '../../shared/errors';

/** A request the server turns away with an HTTP status (400, 403, 413, 507, …) and a plain message. */
export class RequestRefused extends GuftaguError {
  constructor(
    readonly status: number,
    code: ErrorCode,
    message: string,
    hint: string,
  ) {
    super(code, message, hint);
  }
}

export const badRequest = (message: string) =>
  new RequestRefused(400, 'invalid-request', message, 'Reload the Guftagu page and try again.');

/** A stack trace: what a client must never see (it goes to the log instead). */
const hasStack = (text: string) => /\n\s+at\s/.test(text);

/**
 * What a client may see of an error. An internal failure (whose message may name install paths) becomes
 * a fixed message with a reference that is written to the log with the full message and stack; details
 * that carry a stack are dropped. Errors meant for the user (codes other than 'internal') keep their words.
 */
export function publicErrorInfo(error: unknown, log: (line: string) => void): ErrorInfo {
  const info = toErrorInfo(error);
  if (info.code === 'internal') {
    const reference = randomBytes(4).toString('hex');
    log(`server: error ${reference}: ${info.message}${info.details ? `\n${info.details}` : ''}`);
    return {
      code: 'internal',
      message: `Something went wrong in the Guftagu server (reference ${reference}).`,
      hint: 'Try again. If it keeps happening, report it with the log (guftagu.log), which has the details.',
    };
  }
  if (info.details !== undefined && hasStack(info.details)) {
    log(`server: details withheld from the page for "${info.message}":\n${info.details}`);
    return { code: info.code, message: info.message, hint: info.hint };
  }
  return info;
}

export function statusOf(error: unknown, info: ErrorInfo): number {
  if (error instanceof RequestRefused) return error.status;
  return info.code === 'internal' ? 500 : 400;
}
