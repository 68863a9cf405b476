import { engineError } from '../../../../shared/errorTexts';
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
  return engineError('download-corrupted', { name: entry.fileName, problem });
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
    return engineError('download-stopped', { name: entry.fileName, kept: keptText });
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  const reason = error instanceof Error ? `${error.message}${cause}` : String(error);
  return engineError(
    'download-interrupted',
    { name: entry.fileName, reason, kept: keptText },
    { cause: error },
  );
}

export function httpError(entry: { fileName: string }, status: number): GuftaguError {
  if (status === 404) {
    return engineError('download-not-on-server', { name: entry.fileName });
  }
  if (status === 401 || status === 403) {
    return engineError('download-refused', { name: entry.fileName, status });
  }
  return engineError('download-server-error', { name: entry.fileName, status });
}
