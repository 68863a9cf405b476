import type { ErrorCode } from '../errors';

/** One engine error's English words: `{name}` marks a parameter. The UI words the same key in its own language. */
export interface ErrorText {
  readonly code: ErrorCode;
  readonly message: string;
  readonly hint: string;
}

/** How a tool failure's message ends; what comes before it says what could not be done. */
export const exitSuffix = ' ({tool} exited with code {exitCode}).';
