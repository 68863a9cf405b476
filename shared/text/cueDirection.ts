import type { TextDirection } from '../transcript/model';

/** Letters of right-to-left scripts (Hebrew, Arabic and its extensions, Syriac, Thaana, NKo…). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
/** Any letter. */
const LETTER = /\p{L}/u;

/**
 * The paragraph direction of a whole cue, used by the editor, the lists and the burned captions alike, so
 * every line of a cue shares it: the track's direction, unless the cue has no letter of that direction and
 * some of the other (an English cue in an Urdu track, an Urdu cue in an English one). An Urdu cue that starts
 * with an English word, a quote or a hashtag stays right to left; a line with no letters keeps the track's.
 */
export function cueDirection(text: string, trackDirection: TextDirection): TextDirection {
  let rtl = false;
  let ltr = false;
  for (const char of text) {
    if (RTL_LETTER.test(char)) rtl = true;
    else if (LETTER.test(char)) ltr = true;
    if (trackDirection === 'rtl' ? rtl : ltr) return trackDirection;
  }
  if (trackDirection === 'rtl') return ltr ? 'ltr' : 'rtl';
  return rtl ? 'rtl' : 'ltr';
}
