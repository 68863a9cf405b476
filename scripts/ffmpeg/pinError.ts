/** Why scripts/fetch-ffmpeg.ts refused to put an ffmpeg into the package: a code, a sentence and what to do. */
export type PinErrorCode =
  | 'manifest-invalid'
  | 'target-unknown'
  | 'target-unpinned'
  | 'sha256-missing'
  | 'url-refused'
  | 'download-failed'
  | 'download-incomplete'
  | 'sha256-mismatch'
  | 'extract-failed'
  | 'file-missing'
  | 'binary-refused';

export class PinError extends Error {
  readonly code: PinErrorCode;
  readonly hint: string;

  constructor(code: PinErrorCode, message: string, hint: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PinError';
    this.code = code;
    this.hint = hint;
  }
}

/** Where the pins are explained (the README section), for every hint. */
export const PIN_README = 'README.md, "Pinned ffmpeg for installers"';
