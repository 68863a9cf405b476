import { cueDirection } from '../text/cueDirection';
import type { Cue } from '../transcript/model';
import type { AssInput } from './assDocument';
import { assLineText, type LineFonts } from './assLine';
import { assInlineColour } from './assText';
import { matchedFontSizePx, stackMargins, type CaptionLayout } from './captionLayout';
import { clipCues, cueLines, type LineToken } from './clipCues';

export interface AssEvent {
  layer: number;
  startMs: number;
  endMs: number;
  style: 'Primary' | 'Secondary';
  marginV: number;
  text: string;
}

/** Speaker colours in order of appearance (GUIDELINES.md: white, yellow, cyan, green). */
export const SPEAKER_COLOURS = ['#FFFFFF', '#FFFF00', '#00FFFF', '#00FF00'] as const;

interface LaidCue {
  cue: Cue;
  lines: LineToken[][];
}

/**
 * Dialogue events for the clip. The time line is cut at every cue boundary of both tracks (and, with the
 * active-word highlight, at every word start); in each piece the primary block sits above the secondary one,
 * with MarginV computed from the lines each shows, so an Urdu line and its English line never overlap.
 * Adjacent pieces with the same text and place are merged back into one event.
 */
export function buildAssEvents(input: AssInput, layout: CaptionLayout): AssEvent[] {
  const { style } = input;
  const lay = (cues: readonly Cue[], maxChars: number): LaidCue[] =>
    clipCues(cues, input.startMs, input.endMs)
      .map((cue) => ({ cue, lines: cueLines(cue, maxChars, layout.maxLines) }))
      .filter((laid) => laid.lines.length > 0);
  const primary = lay(input.primary.cues, layout.maxCharsPerLine);
  const secondary = input.secondary ? lay(input.secondary.cues, layout.secondaryMaxCharsPerLine) : [];
  const colours = speakerColours([...primary, ...secondary], style.speakerColours, style.colour);

  const cuts = new Set<number>();
  for (const { cue, lines } of [...primary, ...secondary]) {
    cuts.add(cue.startMs);
    cuts.add(cue.endMs);
    if (style.highlightActiveWord && primary.some((laid) => laid.cue === cue)) {
      for (const token of lines.flat()) if (token.word) cuts.add(token.word.startMs);
    }
  }
  const times = [...cuts].sort((a, b) => a - b);
  const events: AssEvent[] = [];
  for (let index = 0; index + 1 < times.length; index++) {
    const from = times[index] as number;
    const to = times[index + 1] as number;
    // Overlapping cues (two people at once) are all shown, one block under the other, in start order.
    const p = activeAt(primary, from);
    const s = activeAt(secondary, from);
    if (p.length === 0 && s.length === 0) continue;
    const lineCount = (laid: readonly LaidCue[]) => laid.reduce((sum, item) => sum + item.lines.length, 0);
    const margins = stackMargins(layout, style.position, lineCount(p), lineCount(s));
    // A block after another starts in the base colour, not in the colour the one above ended in.
    const resetColour = `{\\c${assInlineColour(style.colour)}}`;
    if (p.length > 0) {
      const text = p
        .map((laid) =>
          renderLines(
            laid.lines,
            input.primary.direction,
            trackFonts(input.primary, layout.fontSizePx),
            { base: style.colour, speaker: colourOf(laid.cue, colours) },
            style.highlightActiveWord ? activeWord(laid.lines, from) : undefined,
            style.highlightColour,
          ),
        )
        .join(`\\N${resetColour}`);
      events.push({
        layer: 0,
        startMs: from,
        endMs: to,
        style: 'Primary',
        marginV: margins.primaryMarginV,
        text,
      });
    }
    if (s.length > 0 && input.secondary) {
      const secondaryTrack = input.secondary;
      const text = s
        .map((laid) =>
          renderLines(
            laid.lines,
            secondaryTrack.direction,
            trackFonts(secondaryTrack, layout.secondaryFontSizePx),
            { base: style.colour, speaker: colourOf(laid.cue, colours) },
          ),
        )
        .join(`\\N${resetColour}`);
      events.push({
        layer: 0,
        startMs: from,
        endMs: to,
        style: 'Secondary',
        marginV: margins.secondaryMarginV,
        text,
      });
    }
  }
  return mergeAdjacent(events);
}

function activeAt(laid: readonly LaidCue[], timeMs: number): LaidCue[] {
  return laid.filter(({ cue }) => cue.startMs <= timeMs && timeMs < cue.endMs);
}

/** The word being spoken at `timeMs`: the last one that has started (it stays lit through a pause). */
function activeWord(lines: readonly LineToken[][], timeMs: number): LineToken | undefined {
  let active: LineToken | undefined;
  for (const token of lines.flat()) if (token.word && token.word.startMs <= timeMs) active = token;
  return active;
}

function speakerColours(laid: readonly LaidCue[], enabled: boolean, base: string): Map<string, string> {
  const colours = new Map<string, string>();
  if (!enabled) return colours;
  for (const { cue } of [...laid].sort((a, b) => a.cue.startMs - b.cue.startMs)) {
    if (cue.speakerId && !colours.has(cue.speakerId))
      colours.set(cue.speakerId, SPEAKER_COLOURS[colours.size % SPEAKER_COLOURS.length] ?? base);
  }
  return colours;
}

function colourOf(cue: Cue, colours: Map<string, string>): string | undefined {
  return cue.speakerId ? colours.get(cue.speakerId) : undefined;
}

/** A track's own font at its size, and the other script's font at the size that matches its letter height. */
function trackFonts(track: AssInput['primary'], sizePx: number): LineFonts {
  return {
    own: { family: track.fontFamily, sizePx },
    inline: {
      family: track.inlineFontFamily,
      sizePx: matchedFontSizePx(track.fontFamily, sizePx, track.inlineFontFamily),
    },
  };
}

/** Lines joined with \N, each in its own paragraph direction (assLineText); the active word is coloured. */
function renderLines(
  lines: readonly LineToken[][],
  direction: 'rtl' | 'ltr',
  fonts: LineFonts,
  colours: { base: string; speaker: string | undefined },
  active?: LineToken,
  highlightColour?: string,
): string {
  const lineColour = colours.speaker ?? colours.base;
  const prefix = colours.speaker ? `{\\c${assInlineColour(colours.speaker)}}` : '';
  // An English cue in an Urdu track (or the reverse) is its own direction, set in the other script's font.
  const ownDirection = cueDirection(
    lines
      .flat()
      .map((token) => token.text)
      .join(' '),
    direction,
  );
  const ownFonts = ownDirection === direction ? fonts : { own: fonts.inline, inline: fonts.own };
  const rendered = lines.map((line) =>
    assLineText(
      line.map((token) =>
        token === active && highlightColour
          ? { text: token.text, colour: highlightColour }
          : { text: token.text },
      ),
      ownDirection,
      ownFonts,
      lineColour,
      ownDirection !== direction,
    ),
  );
  return `${prefix}${rendered.join('\\N')}`;
}

function mergeAdjacent(events: readonly AssEvent[]): AssEvent[] {
  const merged: AssEvent[] = [];
  const open = new Map<string, AssEvent>();
  for (const event of events) {
    const key = `${event.style}|${event.marginV}|${event.text}`;
    const previous = open.get(key);
    if (previous && previous.endMs === event.startMs) {
      previous.endMs = event.endMs;
      continue;
    }
    const copy = { ...event };
    merged.push(copy);
    open.set(key, copy);
  }
  return merged;
}
