import type { CaptionStyle, ExportWarning } from '../model/clips';
import type { Cue, TextDirection } from '../transcript/model';
import { captionFontDecision, inlineFontFamily, type Shaper } from './captionLayout';
import { charScripts } from './captionRuns';

/** Whether a font (by family) has a glyph for a code point: the engine reads the fonts' character maps. */
export type GlyphLookup = (family: string, codePoint: number) => boolean;

export interface CheckedTrack {
  cues: readonly Cue[];
  direction: TextDirection;
}

/** At most this many missing-glyph warnings per clip (one per character), so one bad track cannot flood Check. */
export const MAX_GLYPH_WARNINGS = 12;

const SKIPPED = /[\s\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

/** The fonts a track's lines burn in (its own, and the other script's), as the export decides them. */
export function trackFamilies(
  style: CaptionStyle,
  direction: TextDirection,
  shaper: Shaper,
): { own: string; inline: string } {
  return {
    own: captionFontDecision(style.font, direction, shaper).family,
    inline: inlineFontFamily(direction, style.font, shaper),
  };
}

/**
 * What Check says about the caption fonts of one clip: 'font-substituted' when the style asks for Nastaliq
 * and this ffmpeg's libass cannot shape it (Naskh burns instead), and 'missing-glyph' for each character of
 * a cue that the font drawing it (assLine's choice: Urdu font or Noto Sans) has no glyph for, which would
 * burn as an empty box. Invisible format characters (ZWNJ, bidi marks) and spaces are not drawn and not checked.
 */
export function captionFontWarnings(input: {
  clipId: string;
  clipLabel: string;
  style: CaptionStyle;
  shaper: Shaper;
  tracks: readonly CheckedTrack[];
  hasGlyph: GlyphLookup;
}): ExportWarning[] {
  const { clipId, clipLabel, style, shaper } = input;
  const warnings: ExportWarning[] = [];
  for (const track of input.tracks) {
    const decision = captionFontDecision(style.font, track.direction, shaper);
    if (decision.requested && !warnings.some((warning) => warning.kind === 'font-substituted'))
      warnings.push({
        kind: 'font-substituted',
        clipId,
        severity: 'warning',
        fontFamily: decision.family,
        params: { clip: clipLabel, family: decision.family, requested: decision.requested },
        message: `"${clipLabel}": captions burn in ${decision.family}, not ${decision.requested}: this ffmpeg's libass shapes with ${shaper === 'fribidi' ? 'FriBidi only' : 'no HarfBuzz'}, which cannot join Nastaliq (it would burn empty boxes). Use an ffmpeg with HarfBuzz for Nastaliq.`,
      });
  }
  const seen = new Set<string>();
  let count = 0;
  for (const track of input.tracks) {
    const families = trackFamilies(style, track.direction, shaper);
    const lineScript = track.direction === 'rtl' ? 'arabic' : 'latin';
    for (const cue of track.cues) {
      const chars = [...cue.text];
      const scripts = charScripts(cue.text, lineScript);
      chars.forEach((char, index) => {
        if (SKIPPED.test(char)) return;
        const family = scripts[index] === lineScript ? families.own : families.inline;
        const key = `${family}|${char}`;
        if (seen.has(key) || input.hasGlyph(family, char.codePointAt(0) ?? 0)) return;
        seen.add(key);
        if (count >= MAX_GLYPH_WARNINGS) return;
        count += 1;
        const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
        warnings.push({
          kind: 'missing-glyph',
          clipId,
          cueId: cue.id,
          char,
          fontFamily: family,
          severity: 'warning',
          params: { clip: clipLabel, family, char, code, cue: cue.text.slice(0, 40) },
          message: `"${clipLabel}": the caption font ${family} has no glyph for "${char}" (${code}) in the cue "${cue.text.slice(0, 40)}": it would burn as an empty box. Edit the cue or choose another font.`,
        });
      });
    }
  }
  return warnings;
}
