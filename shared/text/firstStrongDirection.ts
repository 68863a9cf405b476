/** Letters of right-to-left scripts (Hebrew, Arabic and its extensions, Syriac, Thaana, NKo…). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
/** Any letter. */
const LETTER = /\p{L}/u;

/**
 * The direction of a whole piece of text from its first strong letter (as `dir="auto"` decides), or the
 * fallback when it has none. Used for a cue as a unit, so every line of a cue shares one direction: a second
 * line that starts with an English word stays in the Urdu cue's right-to-left order.
 */
export function firstStrongDirection(text: string, fallback: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  for (const char of text) {
    if (RTL_LETTER.test(char)) return 'rtl';
    if (LETTER.test(char)) return 'ltr';
  }
  return fallback;
}
