import { cueDirection } from '../../../shared/text/cueDirection';
import {
  captionFontFamily,
  captionLayout,
  effectiveSafeZone,
  FONT_FAMILIES,
  type Frame,
  type Shaper,
} from '../../../shared/export/captionLayout';
import { clipCues, cueLines } from '../../../shared/export/clipCues';
import type { SafeZone } from '../../../shared/export/presets';
import type { CaptionStyle } from '../../../shared/model/clips';
import { pickCaptionTracks, type TimeRange, type TrackChoice } from '../../../shared/export/captionTracks';
import type { TextDirection, Track, Transcript } from '../../../shared/transcript/model';

/**
 * libass sizes a font so that its ascent + descent (the OS/2 win metrics) equals the ASS size; CSS sizes the
 * em. These are (ascent + descent) / em of the bundled fonts, so the preview draws letters as large as the burn.
 */
const LINE_METRICS: Readonly<Record<string, number>> = {
  [FONT_FAMILIES.nastaliq]: 2.5,
  [FONT_FAMILIES.naskh]: 1.703,
  [FONT_FAMILIES.sans]: 1.362,
};

export interface PreviewToken {
  text: string;
  active: boolean;
}

export interface PreviewBlock {
  language: string;
  direction: TextDirection;
  fontFamily: string;
  /** CSS font size and line height as percentages of the frame height. */
  fontPct: number;
  lineHeightPct: number;
  lines: PreviewToken[][];
}

export interface CaptionPreview {
  /** The safe zone as percentages of the frame (top, bottom of the height; left, right of the width). */
  zonePct: { top: number; bottom: number; left: number; right: number };
  primary?: PreviewBlock;
  secondary?: PreviewBlock;
  /** Gap between the blocks, % of the frame height. */
  gapPct: number;
}

/** The tracks as the export picks them (shared/export/captionTracks.ts): the clip's choice, else the style's. */
export function pickPreviewTracks(
  transcript: Transcript | null | undefined,
  style: CaptionStyle,
  clip: TrackChoice = {},
  range?: TimeRange,
): { primary?: Track; secondary?: Track } {
  if (!transcript) return {};
  return pickCaptionTracks(transcript.tracks, style, clip, range);
}

export interface PreviewInput {
  transcript: Transcript | null | undefined;
  style: CaptionStyle;
  clip: { startMs: number; endMs: number } & TrackChoice;
  /** Media time (not clip time) of the frame shown. */
  atMs: number;
  frame: Frame;
  safeZone: SafeZone;
  shaper: Shaper;
}

/** The caption lines on screen at `atMs`, laid out as the burn will lay them (sizes, line breaks, zone). */
export function captionPreview(input: PreviewInput): CaptionPreview {
  const { style, frame } = input;
  const zone = effectiveSafeZone(input.safeZone, frame);
  const zonePct = {
    top: (100 * zone.topPx) / frame.heightPx,
    bottom: (100 * zone.bottomPx) / frame.heightPx,
    left: (100 * zone.leftPx) / frame.widthPx,
    right: (100 * zone.rightPx) / frame.widthPx,
  };
  const tracks = pickPreviewTracks(input.transcript, style, input.clip, input.clip);
  if (!tracks.primary) return { zonePct, gapPct: 0 };
  const primaryFont = captionFontFamily(style.font, tracks.primary.direction, input.shaper);
  const secondaryFont = tracks.secondary
    ? captionFontFamily(style.font, tracks.secondary.direction, input.shaper)
    : undefined;
  const layout = captionLayout(style, frame, input.safeZone, {
    primary: primaryFont,
    ...(secondaryFont ? { secondary: secondaryFont } : {}),
  });
  const relativeMs = input.atMs - input.clip.startMs;
  const pct = (px: number) => (100 * px) / frame.heightPx;

  const block = (
    track: Track,
    fontFamily: string,
    sizePx: number,
    lineHeightPx: number,
    maxChars: number,
    highlight: boolean,
  ): PreviewBlock | undefined => {
    if (relativeMs < 0 || input.atMs > input.clip.endMs) return undefined;
    const cue = clipCues(track.cues, input.clip.startMs, input.clip.endMs).find(
      (candidate) => candidate.startMs <= relativeMs && relativeMs < candidate.endMs,
    );
    if (!cue) return undefined;
    const lines = cueLines(cue, maxChars, layout.maxLines);
    let active: { text: string } | undefined;
    if (highlight)
      for (const token of lines.flat()) if (token.word && token.word.startMs <= relativeMs) active = token;
    return {
      language: track.language,
      // As the burn lays it out (shared/export/assEvents): an English cue in an Urdu track is left to right.
      direction: cueDirection(cue.text, track.direction),
      fontFamily,
      fontPct: pct(sizePx / (LINE_METRICS[fontFamily] ?? 1.4)),
      lineHeightPct: pct(lineHeightPx),
      lines: lines.map((line) => line.map((token) => ({ text: token.text, active: token === active }))),
    };
  };

  const primary = block(
    tracks.primary,
    primaryFont,
    layout.fontSizePx,
    layout.lineHeightPx,
    layout.maxCharsPerLine,
    style.highlightActiveWord,
  );
  const secondary =
    tracks.secondary && secondaryFont
      ? block(
          tracks.secondary,
          secondaryFont,
          layout.secondaryFontSizePx,
          layout.secondaryLineHeightPx,
          layout.secondaryMaxCharsPerLine,
          false,
        )
      : undefined;
  return {
    zonePct,
    gapPct: pct(layout.gapPx),
    ...(primary ? { primary } : {}),
    ...(secondary ? { secondary } : {}),
  };
}
