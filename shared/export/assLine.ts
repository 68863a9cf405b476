import type { TextDirection } from '../transcript/model';
import { assInlineColour, escapeAssText } from './assText';
import { charScripts, isArabicScript, type RunScript } from './captionRuns';

/** Right-to-left embedding … pop directional formatting: the line is a right-to-left paragraph in libass. */
export const RLE = '\u202B';
export const LRE = '\u202A';
export const PDF = '\u202C';

/**
 * A hashtag, @handle or web address in Latin letters: in a right-to-left line the bidi algorithm would move its
 * leading `#` or `@` to its far end ("UrduCaptions#"), so it is embedded left to right as one unit.
 */
export function isLatinUnit(word: string): boolean {
  if ([...word].some(isArabicScript)) return false;
  return /^[#@][\p{L}\p{N}_]/u.test(word) || /^(https?:\/\/|www\.)/i.test(word);
}

/** A word on a line, with the colour it is drawn in when it differs from the line's (the spoken word). */
export interface ColouredToken {
  text: string;
  colour?: string;
}

/** The fonts of one track: its own (the style's) and the one for the other script, with their ASS sizes. */
export interface LineFonts {
  own: { family: string; sizePx: number };
  inline: { family: string; sizePx: number };
}

/**
 * One caption line as ASS event text. libass lays out a line whose style has `Encoding 1` as a left-to-right
 * paragraph whatever its text, and with `Encoding -1` it guesses from the first strong letter (wrong for an
 * Urdu line that starts with an English word). So every line is wrapped in an explicit embedding, RLE…PDF for
 * a right-to-left track and LRE…PDF for a left-to-right one; FriBidi and HarfBuzz libass both honour it, and
 * mirror brackets inside it. Runs of the other script switch font and size with `{\fn…\fs…}` (the spaces
 * beside a Latin word go with it, so they keep their width); hashtags, handles and addresses are embedded
 * left to right (isLatinUnit); a token with its own colour is wrapped in `\c`
 * overrides, which do not break the joining of the letters around them.
 */
export function assLineText(
  tokens: readonly ColouredToken[],
  direction: TextDirection,
  fonts: LineFonts,
  lineColour: string,
  /** The line's own font is not its style's (an English cue in an Urdu track): name it at the start. */
  ownFontIsNotStyle = false,
): string {
  const lineScript: RunScript = direction === 'rtl' ? 'arabic' : 'latin';
  const chars: { char: string; token: number }[] = [];
  tokens.forEach((token, index) => {
    if (index > 0) chars.push({ char: ' ', token: -1 });
    const isolate = direction === 'rtl' && isLatinUnit(token.text);
    if (isolate) chars.push({ char: LRE, token: index });
    for (const char of escapeAssText(token.text)) chars.push({ char, token: index });
    if (isolate) chars.push({ char: PDF, token: index });
  });
  const scripts = charScripts(chars.map(({ char }) => char).join(''), lineScript);
  const restoreColour = `\\c${assInlineColour(lineColour)}`;
  let text = direction === 'rtl' ? RLE : LRE;
  if (ownFontIsNotStyle) text += `{\\fn${fonts.own.family}\\fs${fonts.own.sizePx}}`;
  let script: RunScript = lineScript;
  let colour: string | undefined;
  chars.forEach(({ char, token }, index) => {
    const tags: string[] = [];
    const wanted = token >= 0 ? tokens[token]?.colour : undefined;
    if (wanted !== colour) {
      tags.push(wanted ? `\\c${assInlineColour(wanted)}` : restoreColour);
      colour = wanted;
    }
    const charScript = scripts[index] as RunScript;
    if (charScript !== script) {
      const font = charScript === lineScript ? fonts.own : fonts.inline;
      tags.push(`\\fn${font.family}\\fs${font.sizePx}`);
      script = charScript;
    }
    if (tags.length > 0) text += `{${tags.join('')}}`;
    text += char;
  });
  return `${text}${PDF}`;
}
