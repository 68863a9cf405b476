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
