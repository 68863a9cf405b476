import type { IncomingMessage } from 'node:http';
import { RequestRefused } from './refusal';

/** API calls are JSON documents; the largest (a long transcript) stays well under this. */
export const DEFAULT_API_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

export const tooLarge = (what: string, limitBytes: number) =>
  new RequestRefused(
    413,
    'invalid-request',
    `${what} is larger than this server accepts (${Math.floor(limitBytes / (1024 * 1024))} MiB).`,
    'Send less at once.',
  );

/** Declared length, when the client sent a valid one. */
export function declaredLength(request: IncomingMessage): number | undefined {
  const header = request.headers['content-length'];
  if (header === undefined || !/^\d{1,16}$/.test(header)) return undefined;
  return Number(header);
}

/**
 * Reads a body of at most `limitBytes`, refusing early: by the declared length before reading anything,
 * or as soon as the streamed bytes pass the limit (the rest is not read; the connection is closed).
 * Invalid UTF-8 is refused rather than silently replaced.
 */
export function readLimitedBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = declaredLength(request);
    if (declared !== undefined && declared > limitBytes) {
      reject(tooLarge('The request', limitBytes));
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let done = false;
    const finish = (error: Error | undefined, text?: string) => {
      if (done) return;
      done = true;
      request.off('data', onData);
      if (error) reject(error);
      else resolve(text ?? '');
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limitBytes) {
        request.pause();
        finish(tooLarge('The request', limitBytes));
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => {
      const bytes = Buffer.concat(chunks);
      try {
        finish(undefined, new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      } catch {
        finish(new RequestRefused(400, 'invalid-request', 'The request is not UTF-8 text.', 'Send JSON.'));
      }
    });
    request.on('error', (error) => finish(error));
    request.on('aborted', () => finish(new Error('The client went away.')));
  });
}
