import { describeNote, type ImportNote } from '../../../shared/subtitles/importNotes';
import type { TimedText } from '../../../shared/subtitles/writeSubtitles';

/** The cues of ../shared/fixtures/subtitles/interview-ur-en.srt: Urdu, Urdu with English inside, English. */
export const interviewCues: TimedText[] = [
  { startMs: 400, endMs: 3200, text: 'میرا نام عائشہ ہے، میں کراچی سے آئی ہوں۔' },
  { startMs: 3400, endMs: 7100, text: 'اس مکالمے نے مجھے دوسروں کی بات سننا سکھایا۔' },
  { startMs: 7300, endMs: 10_900, text: 'ہم نے social media پر 3 campaigns شروع کیں۔' },
  { startMs: 11_200, endMs: 14_000, text: 'کیا آپ اگلے سیشن میں آئیں گی؟' },
  { startMs: 14_300, endMs: 18_600, text: 'Dialogue is the first step\ntowards tolerance on campus.' },
];

const HOUR_MS = 3_600_000;

/** Past a day, multi-line, mixed scripts, characters that are markup in some format (& < > { } ,). */
export const hardCues: TimedText[] = [
  { startMs: 0, endMs: 1, text: 'One millisecond' },
  { startMs: 23 * HOUR_MS + 59 * 60_000 + 59_990, endMs: 24 * HOUR_MS + 10, text: 'Across midnight' },
  {
    startMs: 25 * HOUR_MS + 1234,
    endMs: 25 * HOUR_MS + 5678,
    text: 'پہلی سطر\nsecond line, with commas\nتیسری',
  },
  { startMs: 100 * HOUR_MS, endMs: 100 * HOUR_MS + 833, text: 'a < b & c > d {braces} "quotes"' },
];

/**
 * Two speakers at once (Ayesha 1–4 s, Bilal 2–5 s), an interjection inside a cue, two cues with the same
 * start, and text as written: a leading space, an Urdu line with English, digits, ، and ۔ in it.
 */
export const overlapCues: TimedText[] = [
  { startMs: 1000, endMs: 4000, text: 'میں نے کہا، ہم social media پر 3 campaigns کریں گے۔' },
  { startMs: 2000, endMs: 5000, text: 'Bilal: but who pays for them?' },
  { startMs: 2500, endMs: 3000, text: ' (laughter)' },
  { startMs: 6000, endMs: 8000, text: 'سائن: کراچی یونیورسٹی' },
  { startMs: 6000, endMs: 7500, text: 'And the sign\n  says Karachi University.' },
];

/** Notes in English words, as the CLI prints them: line, problem, fix. */
export const worded = (notes: readonly ImportNote[]) =>
  notes.map((note) => ({ line: note.line, ...describeNote(note) }));

/** A parse result with its repairs in English words. */
export const wordedResult = <T extends { repairs: readonly ImportNote[] }>(result: T) => ({
  ...result,
  repairs: worded(result.repairs),
});
