import { writableCueText } from './finishCues';
import { escapeVtt } from './markup';
import { formatTimestamp } from './timestamps';
import { formatCueSettings, type CueSettings } from './vttSettings';

export interface TimedText {
  startMs: number;
  endMs: number;
  /** Lines joined with \n, as written (leading spaces kept). */
  text: string;
  /** WebVTT line, position, size and align, when the file had them (written back to WebVTT only). */
  settings?: CueSettings | undefined;
}

export const subtitleFormats = ['srt', 'vtt', 'json'] as const;
export type SubtitleFormat = (typeof subtitleFormats)[number];

/**
 * SubRip: numbered cues, comma before milliseconds, a blank line between cues. Cues are written in the
 * order given, overlapping ones included.
 */
export function toSrt(cues: readonly TimedText[]): string {
  return cues
    .map(
      (cue, index) =>
        `${index + 1}\n${formatTimestamp(cue.startMs, ',')} --> ${formatTimestamp(cue.endMs, ',')}\n${writableCueText(cue.text)}\n`,
    )
    .join('\n');
}

/**
 * WebVTT, with an optional language note; cue settings (line, position, size, align) after the end time;
 * & < > in the text are escaped (&amp; &lt; &gt;).
 */
export function toVtt(cues: readonly TimedText[], language?: string): string {
  const header = language ? `WEBVTT\nLanguage: ${language}\n` : 'WEBVTT\n';
  const body = cues
    .map((cue) => {
      const settings = formatCueSettings(cue.settings);
      const timing = `${formatTimestamp(cue.startMs, '.')} --> ${formatTimestamp(cue.endMs, '.')}`;
      return `${settings ? `${timing} ${settings}` : timing}\n${escapeVtt(writableCueText(cue.text))}\n`;
    })
    .join('\n');
  return body === '' ? header : `${header}\n${body}`;
}
