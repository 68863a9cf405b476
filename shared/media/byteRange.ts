/**
 * HTTP Range requests (RFC 9110 §14) for a file of `sizeBytes` bytes. Pure: shared by the Electron media
 * protocol and the browser-mode server.
 *
 * - `undefined`: no range to honour (no header, another unit, or several ranges): send the whole file (200).
 * - `'unsatisfiable'`: a byte range that cannot be served: answer 416 with `Content-Range: bytes *\/size`.
 * - `{ start, end }`: inclusive byte offsets to send with 206.
 */
export interface ByteRange {
  start: number;
  end: number;
}

export type RangeResult = ByteRange | 'unsatisfiable' | undefined;

const SPEC = /^(\d*)-(\d*)$/;

export function parseRangeHeader(header: string | null | undefined, sizeBytes: number): RangeResult {
  if (header === null || header === undefined) return undefined;
  const trimmed = header.trim();
  if (trimmed === '') return undefined;
  const equals = trimmed.indexOf('=');
  if (equals < 0) return 'unsatisfiable';
  if (trimmed.slice(0, equals).trim().toLowerCase() !== 'bytes') return undefined;
  const specs = trimmed
    .slice(equals + 1)
    .split(',')
    .map((spec) => spec.trim())
    .filter((spec) => spec !== '');
  // Several ranges would need a multipart reply; a server may ignore Range, so send the whole file.
  if (specs.length > 1) return undefined;
  const match = SPEC.exec(specs[0] ?? '');
  if (!match) return 'unsatisfiable';
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return 'unsatisfiable';

  if (first === '') {
    // Suffix range: the last N bytes.
    const suffix = Number(last);
    if (!Number.isSafeInteger(suffix) || suffix === 0 || sizeBytes === 0) return 'unsatisfiable';
    return { start: Math.max(0, sizeBytes - suffix), end: sizeBytes - 1 };
  }

  const start = Number(first);
  if (!Number.isSafeInteger(start) || start >= sizeBytes) return 'unsatisfiable';
  if (last === '') return { start, end: sizeBytes - 1 };
  // A last position past the end (however large) means "to the end".
  const end = Number(last);
  if (end < start) return 'unsatisfiable';
  return { start, end: Math.min(end, sizeBytes - 1) };
}
