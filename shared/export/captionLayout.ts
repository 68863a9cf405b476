import type { CaptionFont, CaptionStyle } from '../model/clips';
import type { TextDirection } from '../transcript/model';
import type { SafeZone } from './presets';

export interface Frame {
  widthPx: number;
  heightPx: number;
}

/** How libass shapes text in the ffmpeg in use (electron/engine/doctor.ts detects it). */
export type Shaper = 'harfbuzz' | 'fribidi' | 'unknown' | 'none';

export const FONT_FAMILIES = {
  nastaliq: 'Noto Nastaliq Urdu',
  naskh: 'Noto Naskh Arabic',
  sans: 'Noto Sans',
} as const;

/** The font a track burns in, and whether the style's choice had to be replaced (and why). */
export interface CaptionFontDecision {
  family: string;
  /** The family the style asked for, when it differs from `family`. */
  requested?: string;
  /** 'nastaliq-needs-harfbuzz': Nastaliq was chosen but this ffmpeg's libass shapes without HarfBuzz. */
  reason?: 'nastaliq-needs-harfbuzz';
}

/**
 * The font family a track burns in. Right-to-left text: Nastaliq only where libass shapes with HarfBuzz
 * (FriBidi alone breaks Nastaliq's joins and stacking and burns boxes), else Naskh; a style that asks for
 * Nastaliq with another shaper gets Naskh and says so (`requested`, `reason`). Left-to-right text: Noto Sans.
 */
export function captionFontDecision(
  font: CaptionFont,
  direction: TextDirection,
  shaper: Shaper,
): CaptionFontDecision {
  if (direction === 'ltr') return { family: FONT_FAMILIES.sans };
  if (font === 'naskh' || font === 'sans') return { family: FONT_FAMILIES.naskh };
  if (shaper === 'harfbuzz') return { family: FONT_FAMILIES.nastaliq };
  return font === 'nastaliq'
    ? { family: FONT_FAMILIES.naskh, requested: FONT_FAMILIES.nastaliq, reason: 'nastaliq-needs-harfbuzz' }
    : { family: FONT_FAMILIES.naskh };
}

export function captionFontFamily(font: CaptionFont, direction: TextDirection, shaper: Shaper): string {
  return captionFontDecision(font, direction, shaper).family;
}

/** The Arabic-script font for Urdu words inside an English line (same rule as an Urdu track's 'auto'). */
export function arabicFontFamily(font: CaptionFont, shaper: Shaper): string {
  return captionFontFamily(font === 'sans' ? 'auto' : font, 'rtl', shaper);
}

/** The font of the other script inside a track's lines: Noto Sans in an Urdu line, the Urdu font in English. */
export function inlineFontFamily(direction: TextDirection, font: CaptionFont, shaper: Shaper): string {
  return direction === 'rtl' ? FONT_FAMILIES.sans : arabicFontFamily(font, shaper);
}

/**
 * Height of a letter body (Latin capital H, Arabic alef) per unit of ASS font size: libass makes a font's
 * ascent + descent (OS/2 win metrics) equal the ASS size, so at the same size Nastaliq's letters are much
 * smaller than Noto Sans's. Measured from the bundled fonts (test/electron/engine/export/captionFonts.int.test.ts
 * checks these against the files): (alef or H height) / (winAscent + winDescent).
 */
export const LETTER_HEIGHT_PER_SIZE: Readonly<Record<string, number>> = {
  [FONT_FAMILIES.naskh]: 0.394,
  [FONT_FAMILIES.nastaliq]: 0.307,
  [FONT_FAMILIES.sans]: 0.524,
};

/** The ASS size that gives `inlineFamily` the letter height of `lineFamily` at `lineSizePx`. */
export function matchedFontSizePx(lineFamily: string, lineSizePx: number, inlineFamily: string): number {
  const line = LETTER_HEIGHT_PER_SIZE[lineFamily] ?? 0.5;
  const inline = LETTER_HEIGHT_PER_SIZE[inlineFamily] ?? 0.5;
  return Math.max(6, Math.round((lineSizePx * line) / inline));
}

/**
 * Default line height as a percentage of the frame height (GUIDELINES.md, BBC): 7.5 % in 16:9 and 1:1,
 * 4.2 % in 9:16, in between for 4:5.
 */
export function defaultSizePct(frame: Frame): number {
  const tall = frame.heightPx / Math.max(1, frame.widthPx);
  if (tall <= 1) return 7.5;
  if (tall >= 16 / 9) return 4.2;
  return 7.5 - ((tall - 1) / (16 / 9 - 1)) * (7.5 - 4.2);
}

/** A preset with no safe zone (the master copy) still keeps captions off the very edge (title-safe area). */
export function effectiveSafeZone(zone: SafeZone, frame: Frame): SafeZone {
  const minSide = Math.round(frame.widthPx * 0.04);
  const minEdge = Math.round(frame.heightPx * 0.04);
  return {
    topPx: Math.max(zone.topPx, minEdge),
    bottomPx: Math.max(zone.bottomPx, minEdge),
    leftPx: Math.max(zone.leftPx, minSide),
    rightPx: Math.max(zone.rightPx, minSide),
  };
}

export interface CaptionLayout {
  frame: Frame;
  zone: SafeZone;
  fontSizePx: number;
  secondaryFontSizePx: number;
  maxCharsPerLine: number;
  secondaryMaxCharsPerLine: number;
  maxLines: number;
  /** Outline thickness, or the box padding when the style has a box. */
  outlinePx: number;
  /** Height one line takes, per track, for stacking the blocks. */
  lineHeightPx: number;
  secondaryLineHeightPx: number;
  /** Space between the primary and the secondary block. */
  gapPx: number;
}

/**
 * Arabic-script fonts have tall line metrics (for marks above and below), so at the same ASS size their letters
 * look smaller than Latin ones: they are drawn this much larger to read at the same size.
 */
export const FONT_VISUAL_SCALE: Readonly<Record<string, number>> = {
  [FONT_FAMILIES.naskh]: 1.2,
  [FONT_FAMILIES.nastaliq]: 1.3,
};

/** An average glyph is a bit under half the font size wide (Latin and Naskh alike). */
const CHAR_WIDTH_EM = 0.45;

/** Sizes and line lengths for one output frame, from the style and the preset's safe zone. */
export function captionLayout(
  style: CaptionStyle,
  frame: Frame,
  safeZone: SafeZone,
  fonts: { primary?: string; secondary?: string } = {},
): CaptionLayout {
  const zone = effectiveSafeZone(safeZone, frame);
  const baseSizePx = ((style.sizePct ?? defaultSizePct(frame)) / 100) * frame.heightPx;
  const visual = (family?: string) => (family ? (FONT_VISUAL_SCALE[family] ?? 1) : 1);
  const fontSizePx = Math.max(8, Math.round(baseSizePx * visual(fonts.primary)));
  const secondaryFontSizePx = Math.max(
    8,
    Math.round(baseSizePx * style.secondaryScale * visual(fonts.secondary)),
  );
  const freeWidthPx = Math.max(1, frame.widthPx - zone.leftPx - zone.rightPx);
  const fitChars = (sizePx: number) =>
    Math.min(42, Math.max(12, Math.floor(freeWidthPx / (sizePx * CHAR_WIDTH_EM))));
  // Line lengths from the visual size (the scale above only makes up for the fonts' metrics).
  const maxCharsPerLine = style.maxCharsPerLine ?? fitChars(baseSizePx);
  const secondaryMaxCharsPerLine = style.maxCharsPerLine
    ? Math.round(style.maxCharsPerLine / style.secondaryScale)
    : fitChars(baseSizePx * style.secondaryScale);
  const outlinePx = Math.round(((style.outlinePx * frame.heightPx) / 1080) * 10) / 10;
  const pad = style.box ? 2 * outlinePx : outlinePx;
  return {
    frame,
    zone,
    fontSizePx,
    secondaryFontSizePx,
    maxCharsPerLine,
    secondaryMaxCharsPerLine,
    // GUIDELINES.md: two lines in landscape and square frames, up to three in 9:16.
    maxLines: Math.min(4, style.maxLines + (frame.heightPx / frame.widthPx >= 1.5 ? 1 : 0)),
    outlinePx,
    lineHeightPx: Math.round(fontSizePx + pad),
    secondaryLineHeightPx: Math.round(secondaryFontSizePx + pad),
    gapPx: Math.round(fontSizePx * 0.2 + pad),
  };
}

/**
 * MarginV (from the frame's bottom, alignment 2) of the secondary and primary blocks, stacked primary above
 * secondary, placed at the bottom, top or middle of the safe zone.
 */
export function stackMargins(
  layout: CaptionLayout,
  position: CaptionStyle['position'],
  primaryLines: number,
  secondaryLines: number,
): { primaryMarginV: number; secondaryMarginV: number } {
  const primaryHeight = primaryLines * layout.lineHeightPx;
  const secondaryHeight = secondaryLines * layout.secondaryLineHeightPx;
  const gap = primaryLines > 0 && secondaryLines > 0 ? layout.gapPx : 0;
  const blockHeight = primaryHeight + gap + secondaryHeight;
  const { zone, frame } = layout;
  let bottomMargin = zone.bottomPx;
  if (position === 'top') bottomMargin = frame.heightPx - zone.topPx - blockHeight;
  if (position === 'middle') {
    const zoneMiddleFromBottom = zone.bottomPx + (frame.heightPx - zone.topPx - zone.bottomPx) / 2;
    bottomMargin = zoneMiddleFromBottom - blockHeight / 2;
  }
  bottomMargin = Math.max(0, Math.round(bottomMargin));
  return {
    secondaryMarginV: bottomMargin,
    primaryMarginV: bottomMargin + secondaryHeight + gap,
  };
}
