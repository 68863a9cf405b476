import { GuftaguError } from '../../../../shared/errors';
import { formatBytes } from '../../../../shared/format/duration';

/** `Content-Range: bytes <start>-<end>/<total>` of a 206 answer. */
export function parseContentRange(
  value: string | null,
): { start: number; total: number | undefined } | undefined {
  const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  return { start: Number(match[1]), total: match[3] === '*' ? undefined : Number(match[3]) };
}

export function contentLength(response: Response, resumeFrom: number): number | undefined {
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  return Number.isFinite(length) ? resumeFrom + length : undefined;
}

export function corrupted(entry: { fileName: string }, problem: string): GuftaguError {
  return new GuftaguError(
    'file-damaged',
    `The download of ${entry.fileName} was corrupted (${problem}), so it was thrown away.`,
    'Try the download again. If it fails the same way, the mirror may serve a different file: check GUFTAGU_MODEL_BASE_URL.',
  );
}

export function streamError(
  entry: { fileName: string },
  kept: number,
  error: unknown,
  signal: AbortSignal | undefined,
): GuftaguError {
  if (error instanceof GuftaguError) return error;
  const keptText = kept > 0 ? ` The ${formatBytes(kept)} received so far are kept.` : '';
  if (signal?.aborted) {
    return new GuftaguError(
      'canceled',
      `The download of ${entry.fileName} was stopped.${keptText}`,
      'Download it again to continue where it stopped.',
    );
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  const reason = error instanceof Error ? `${error.message}${cause}` : String(error);
  return new GuftaguError(
    'tool-failed',
    `The download of ${entry.fileName} stopped (${reason}).${keptText}`,
    'Check the internet connection, then download again: it continues where it stopped.',
    { cause: error },
  );
}

export function httpError(entry: { fileName: string }, status: number): GuftaguError {
  if (status === 404) {
    return new GuftaguError(
      'not-found',
      `The server has no file ${entry.fileName} (HTTP 404).`,
      'Check the model name; if you set GUFTAGU_MODEL_BASE_URL, check that the mirror has this file.',
    );
  }
  if (status === 401 || status === 403) {
    return new GuftaguError(
      'unauthorized',
      `The server refused to send ${entry.fileName} (HTTP ${status}).`,
      'Try again later, or download the file yourself and import it in Models.',
    );
  }
  return new GuftaguError(
    'tool-failed',
    `The server could not send ${entry.fileName} (HTTP ${status}).`,
    'Try again in a few minutes; a download that stopped continues where it stopped.',
  );
}
