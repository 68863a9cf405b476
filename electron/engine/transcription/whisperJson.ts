import { engineError } from '../../../shared/errorTexts';
import type { Word } from '../../../shared/transcript/model';
import {
  escapeRawControlChars,
  type WhisperSegment,
  whisperJsonSchema,
  whisperLanguage,
  whisperSegmentsFromJson,
} from '../../../shared/transcript/whisperFormat';
import { remapVadTokenTimes, type VadSpan } from '../../../shared/transcript/vadTimes';
import { wordsFromSegments, wordTimesSource } from '../../../shared/transcript/words';

/** How whisper ran: with --vad, token times are put back on the recording's timeline (vadTimes.ts). */
export interface WhisperRunFacts {
  vadUsed: boolean;
  vadSpans: readonly VadSpan[];
}

export interface WhisperResult {
  /** Detected language ('ur', 'en'), else the requested one, else 'und'. */
  language: string;
  segments: WhisperSegment[];
  /** Empty when whisper heard no speech: the caller says "no speech found". */
  words: Word[];
  /** Where the word times came from: DTW (`t_dtw`, whisper run with -dtw), whisper's token times, or both. */
  wordTimes: ReturnType<typeof wordTimesSource>;
}

/**
 * Reads whisper.cpp's -ojf output. Give it the file's bytes: whisper 1.5.0 writes raw token bytes, so a letter
 * split across two tokens is invalid UTF-8 inside the file. The bytes are read one character per byte ('latin1'),
 * parsed, and decoded as UTF-8 only after the pieces are joined (shared/transcript/utf8.ts).
 * A string is accepted too (taken as already-decoded text and turned back into its UTF-8 bytes).
 * `run` says whether whisper ran with --vad and which speech spans it logged.
 */
export function parseWhisperJson(
  bytes: Buffer | string,
  run: WhisperRunFacts = { vadUsed: false, vadSpans: [] },
): WhisperResult {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const text = buffer.toString('latin1').replace(/^\xef\xbb\xbf/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(escapeRawControlChars(text));
  } catch (error) {
    throw engineError(
      'whisper-json-invalid',
      {},
      {
        details: `${error instanceof Error ? error.message : String(error)}\n${text.slice(0, 200)}`,
        cause: error,
      },
    );
  }
  const parsed = whisperJsonSchema.safeParse(raw);
  if (!parsed.success) {
    throw engineError(
      'whisper-json-unknown',
      {},
      {
        details: parsed.error.message,
      },
    );
  }
  const segments = remapVadTokenTimes(whisperSegmentsFromJson(parsed.data), run.vadSpans, run.vadUsed);
  return {
    language: whisperLanguage(parsed.data),
    segments,
    words: wordsFromSegments(segments),
    wordTimes: wordTimesSource(segments),
  };
}
