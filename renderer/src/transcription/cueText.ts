import type { Cue, Transcript } from '../../../shared/transcript/model';

/** Words whisper was less sure of than this are marked in the transcript. */
export const UNCERTAIN_BELOW = 0.6;

/** Percent shown for an uncertain word: rounded, but never as high as the threshold itself. */
const uncertainPercent = (probability: number): number =>
  Math.min(Math.round(probability * 100), Math.ceil(UNCERTAIN_BELOW * 100) - 1);

export type CueSpan = { kind: 'text'; text: string } | { kind: 'uncertain'; text: string; percent: number };

/**
 * A cue's text as spans: plain text (words whisper was sure of, with the spaces and line breaks between
 * them, merged), and each uncertain word on its own with its probability in percent. The cue's text is
 * shown as written; words are found in it in order, and if one is not found the rest stays plain.
 */
export function cueSpans(cue: Pick<Cue, 'text' | 'words'>): CueSpan[] {
  const spans: CueSpan[] = [];
  const pushText = (text: string) => {
    if (text === '') return;
    const last = spans[spans.length - 1];
    if (last?.kind === 'text') last.text += text;
    else spans.push({ kind: 'text', text });
  };
  let cursor = 0;
  for (const word of cue.words) {
    // Every word is found, sure or not, so a short word is never matched inside an earlier one.
    const at = cue.text.indexOf(word.text, cursor);
    if (at < 0) break;
    const end = at + word.text.length;
    if (word.probability >= UNCERTAIN_BELOW) {
      pushText(cue.text.slice(cursor, end));
    } else {
      pushText(cue.text.slice(cursor, at));
      spans.push({ kind: 'uncertain', text: word.text, percent: uncertainPercent(word.probability) });
    }
    cursor = end;
  }
  pushText(cue.text.slice(cursor));
  return spans;
}

/** A cue time as m:ss.s (h:mm:ss.s from an hour), tenths truncated so a time never reads later than it is. */
export function formatCueTime(ms: number): string {
  const tenths = Math.floor(Math.max(0, ms) / 100);
  const hours = Math.floor(tenths / 36_000);
  const minutes = Math.floor((tenths % 36_000) / 600);
  const seconds = (tenths % 600) / 10;
  const ss = seconds.toFixed(1).padStart(4, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

export const formatCueRange = (cue: Pick<Cue, 'startMs' | 'endMs'>): string =>
  `${formatCueTime(cue.startMs)} – ${formatCueTime(cue.endMs)}`;

/** True when whisper found nothing to write in any track (or there are no tracks). */
export const hasNoSpeech = (transcript: Pick<Transcript, 'tracks'>): boolean =>
  transcript.tracks.every((track) => track.cues.length === 0);
