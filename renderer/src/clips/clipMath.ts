import type { Frame } from '../../../shared/export/captionLayout';
import type { Cue, Track } from '../../../shared/transcript/model';

/** Clip times as people read them: m:ss, or m:ss.s with `tenths`. */
export function formatClipTime(ms: number, tenths = false): string {
  const safe = Math.max(0, Math.round(ms));
  const minutes = Math.floor(safe / 60_000);
  const text = String(Math.floor((safe % 60_000) / 1000)).padStart(2, '0');
  return tenths ? `${minutes}:${text}.${Math.floor((safe % 1000) / 100)}` : `${minutes}:${text}`;
}

/**
 * A clip's length, the one way the clip editor and the clip list both write it (to the tenth, cut the way
 * clip times are, so "0:00–0:59.6" is "0:59.6 long" everywhere, never "1:00" in one place and "0:59" in another).
 */
export const formatClipDuration = (lengthMs: number): string => formatClipTime(lengthMs, true);

/** Parses "1:05", "1:05.3", "65.3" or "65" into milliseconds; undefined when it is not a time. */
export function parseClipTime(text: string): number | undefined {
  const trimmed = text.trim().replace(/[٫،,]/g, '.');
  const clock = /^(\d+):([0-5]?\d(?:\.\d+)?)$/.exec(trimmed);
  if (clock) return Math.round((Number(clock[1]) * 60 + Number(clock[2])) * 1000);
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  return undefined;
}

/** "0:03–0:41" for a clip's range. */
export const formatRange = (startMs: number, endMs: number): string =>
  `${formatClipTime(startMs)}–${formatClipTime(endMs)}`;

/** The range and text of the chosen cues (in track order); undefined when none of them is in the track. */
export function clipFromCues(
  track: Pick<Track, 'cues'>,
  cueIds: readonly string[],
): { startMs: number; endMs: number; text: string; speakerId?: string } | undefined {
  const wanted = new Set(cueIds);
  const cues: Cue[] = track.cues.filter((cue) => wanted.has(cue.id));
  const first = cues[0];
  if (!first) return undefined;
  const startMs = Math.min(...cues.map((cue) => cue.startMs));
  const endMs = Math.max(...cues.map((cue) => cue.endMs));
  const text = cues.map((cue) => cue.text.replace(/\s+/g, ' ').trim()).join(' ');
  const speakers = new Set(cues.map((cue) => cue.speakerId).filter((id) => id !== undefined));
  const [speakerId] = [...speakers];
  return speakers.size === 1 && speakerId !== undefined
    ? { startMs, endMs, text, speakerId }
    : { startMs, endMs, text };
}

/** A clip title from its first words: at most `maxChars` characters, cut at a word. */
export function titleFromText(text: string, maxChars = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if ([...clean].length <= maxChars) return clean;
  const cut = [...clean].slice(0, maxChars).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trim()}…`;
}

/** "a, b,, c" → ['a', 'b', 'c']; hashtags get their '#'. Duplicates (case-insensitive) are dropped. */
export function splitList(text: string, hashtag = false): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,،\n]/)) {
    let value = part.trim();
    if (hashtag) value = value.replace(/\s+/g, '');
    if (value === '' || value === '#') continue;
    if (hashtag && !value.startsWith('#')) value = `#${value}`;
    const key = value.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

/**
 * The part of the source a crop keeps, as fractions of the source width (start edge, width), for an output of
 * another shape: the same rule as the export's coverRegion (full height, the focus point moves it sideways).
 * A source narrower than the output keeps its full width.
 */
export function cropWindow(source: Frame, output: Frame, focusX: number): { left: number; width: number } {
  const sourceAspect = source.widthPx / Math.max(1, source.heightPx);
  const outputAspect = output.widthPx / Math.max(1, output.heightPx);
  if (sourceAspect <= outputAspect) return { left: 0, width: 1 };
  const width = outputAspect / sourceAspect;
  const focus = Math.min(1, Math.max(0, focusX));
  return { left: (1 - width) * focus, width };
}

/** The focus point that puts the crop window's centre at `centre` (0..1 of the source width), clamped. */
export function focusForCentre(centre: number, windowWidth: number): number {
  if (windowWidth >= 1) return 0.5;
  const left = centre - windowWidth / 2;
  return Math.min(1, Math.max(0, left / (1 - windowWidth)));
}

/** The largest box with the frame's shape inside maxWidth × maxHeight, whole pixels. */
export function fitBox(frame: Frame, maxWidthPx: number, maxHeightPx: number): Frame {
  const aspect = frame.widthPx / Math.max(1, frame.heightPx);
  const heightPx = Math.min(maxHeightPx, maxWidthPx / aspect);
  return { widthPx: Math.round(heightPx * aspect), heightPx: Math.round(heightPx) };
}
