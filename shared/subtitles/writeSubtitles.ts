import { escapeVtt } from './markup';
import { formatTimestamp } from './timestamps';

export interface TimedText {
  startMs: number;
  endMs: number;
  /** Lines joined with \n. */
  text: string;
}

export const subtitleFormats = ['srt', 'vtt', 'json'] as const;
export type SubtitleFormat = (typeof subtitleFormats)[number];

/** SubRip: numbered cues, comma before milliseconds, a blank line between cues. */
export function toSrt(cues: readonly TimedText[]): string {
  return cues
    .map(
      (cue, index) =>
        `${index + 1}\n${formatTimestamp(cue.startMs, ',')} --> ${formatTimestamp(cue.endMs, ',')}\n${cleanText(cue.text)}\n`,
    )
    .join('\n');
}

/** WebVTT, with an optional language note; & < > in the text are escaped (&amp; &lt; &gt;). */
export function toVtt(cues: readonly TimedText[], language?: string): string {
  const header = language ? `WEBVTT\nLanguage: ${language}\n` : 'WEBVTT\n';
  const body = cues
    .map(
      (cue) =>
        `${formatTimestamp(cue.startMs, '.')} --> ${formatTimestamp(cue.endMs, '.')}\n${escapeVtt(cleanText(cue.text))}\n`,
    )
    .join('\n');
  return body === '' ? header : `${header}\n${body}`;
}

/** A blank line would end a cue early in both formats: drop empty lines inside a cue. */
function cleanText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
