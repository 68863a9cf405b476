import { cutToBytes } from '../files/truncateBytes';

/** Values for a file-name template: {session}, {speaker}, {preset}, {n}, {clip}, {topic}, {date}, {lang}. */
export type TemplateValues = Partial<
  Record<'session' | 'speaker' | 'preset' | 'n' | 'clip' | 'topic' | 'date' | 'lang', string>
>;

/** Characters no file system accepts everywhere (Windows is the strictest), and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const forbidden = /[/\\:*?"<>|\u0000-\u001F\u007F]/g;
const windowsReserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** UTF-8 bytes kept for the stem: file systems allow 255 bytes; leave room for "-12.en.srt". */
const MAX_STEM_BYTES = 180;

/**
 * A safe file-name part: letters of every script stay (Urdu included), forbidden characters become '-',
 * spaces become '-', runs of separators collapse, no leading dot or trailing dot/space.
 */
export function sanitiseFileName(text: string): string {
  return text
    .normalize('NFC')
    .replace(forbidden, '-')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_.]+|[-_.\s]+$/g, '');
}

/** Expands the template; an empty value drops its token and the separator beside it. */
export function expandTemplate(template: string, values: TemplateValues): string {
  const filled = template.replace(/\{(\w+)\}/g, (_match, key: string) => {
    const value = (values as Record<string, string | undefined>)[key];
    return value === undefined ? '' : sanitiseFileName(value);
  });
  let stem = sanitiseFileName(filled).replace(/([_-])[_-]+/g, '$1');
  stem = cutToBytes(stem, MAX_STEM_BYTES).replace(/[-_.\s]+$/g, '');
  if (stem === '') stem = 'clip';
  if (windowsReserved.test(stem)) stem = `${stem}_`;
  return stem;
}

/**
 * `stem`, or `stem-2`, `stem-3` … : the first not in `taken` (compared case-insensitively, as Windows and
 * macOS do). Adds the chosen name to `taken`.
 */
export function uniqueStem(stem: string, taken: Set<string>): string {
  const key = (name: string) => name.normalize('NFC').toLocaleLowerCase();
  const lowered = new Set([...taken].map(key));
  let candidate = stem;
  for (let number = 2; lowered.has(key(candidate)); number++) candidate = `${stem}-${number}`;
  taken.add(candidate);
  return candidate;
}
