import { z } from 'zod';
import { cueSettingsSchema } from '../subtitles/vttSettings';

export const TRANSCRIPT_SCHEMA_VERSION = 1;

/** One spoken word as whisper heard it. Times are integer milliseconds from the start of the media. */
export const wordSchema = z.object({
  /** The word with any punctuation that follows it (`Americans,` `ہوں۔`), no surrounding spaces. */
  text: z.string().min(1),
  startMs: z.number().int().nonnegative(),
  endMs: z.number().int().nonnegative(),
  /** How sure whisper was, 0..1: the lowest probability of the word's pieces (1 when not measured). */
  probability: z.number().min(0).max(1),
});
export type Word = z.infer<typeof wordSchema>;

/** One subtitle on screen. */
export const cueSchema = z.object({
  id: z.string().min(1),
  startMs: z.number().int().nonnegative(),
  endMs: z.number().int().nonnegative(),
  /** Lines joined with "\n", each in logical (spoken) order; the renderer shows RTL tracks with dir="rtl". */
  text: z.string(),
  words: z.array(wordSchema),
  speakerId: z.string().optional(),
  /** WebVTT line, position, size and align of an imported cue, written back when exported as WebVTT. */
  settings: cueSettingsSchema.optional(),
});
export type Cue = z.infer<typeof cueSchema>;

export const textDirections = ['rtl', 'ltr'] as const;
export type TextDirection = (typeof textDirections)[number];

export const trackKinds = ['transcript', 'translation'] as const;
export type TrackKind = (typeof trackKinds)[number];

/** Cues in one language: what was said (transcript) or a translation of it. */
export const trackSchema = z.object({
  id: z.string().min(1),
  /** ISO 639-1 code as whisper names it: 'ur', 'en', 'sd', 'pa', 'ps'. */
  language: z.string().min(1),
  direction: z.enum(textDirections),
  kind: z.enum(trackKinds),
  /** A name the person gave the track ('Panel Q&A'); absent: named by its language and kind. */
  label: z.string().max(100).optional(),
  cues: z.array(cueSchema),
});
export type Track = z.infer<typeof trackSchema>;

/**
 * Where the words' times came from: whisper's token times ('tokens'), DTW alignment ('dtw': whisper run with
 * `-dtw <preset>`, see dtwPreset.ts), or DTW for some segments only ('mixed'). Absent in transcripts made before
 * this was recorded and in imported subtitles.
 */
export const wordTimesSchema = z.object({
  source: z.enum(['tokens', 'dtw', 'mixed']),
  /** The alignment-heads preset whisper ran with ('small', 'large.v3.turbo'). */
  dtwPreset: z.string().optional(),
});
export type WordTimes = z.infer<typeof wordTimesSchema>;

export const transcriptSchema = z.object({
  schemaVersion: z.literal(TRANSCRIPT_SCHEMA_VERSION),
  mediaId: z.string().min(1),
  /** The whisper model that produced it, e.g. 'ggml-small.bin'. */
  model: z.string(),
  createdAt: z.string(),
  /** Increases by one on every save of an edit; a save based on an older revision is refused. */
  revision: z.number().int().nonnegative().default(0),
  updatedAt: z.string().optional(),
  /** The language whisper detected (or was told): 'ur', 'en'. */
  language: z.string(),
  /** Where the words' times came from (the active-word highlight and the burned karaoke use them). */
  wordTimes: wordTimesSchema.optional(),
  tracks: z.array(trackSchema),
});
export type Transcript = z.infer<typeof transcriptSchema>;

/** Languages written right to left: Urdu, Sindhi, Pashto, Arabic, Persian, Hebrew, Yiddish, Uyghur, Dhivehi, Sorani. */
const rtlLanguages = new Set(['ur', 'sd', 'ps', 'ar', 'fa', 'he', 'yi', 'ug', 'dv', 'ckb', 'pnb']);
/** Script subtags that are written right to left. */
const rtlScripts = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);

/**
 * Writing direction of a language code ('ur', 'ur-PK', 'pa-Arab').
 * Punjabi ('pa') is left to right because whisper writes it in Gurmukhi; Shahmukhi Punjabi, the Arabic-script
 * writing used in Pakistan, is right to left and is named 'pnb' or 'pa-Arab'.
 */
export function directionOf(language: string): TextDirection {
  const [primary = '', ...subtags] = language.toLowerCase().split(/[-_]/);
  if (subtags.some((subtag) => rtlScripts.has(subtag))) return 'rtl';
  return rtlLanguages.has(primary) ? 'rtl' : 'ltr';
}
