/**
 * Which font draws each character of a caption line. An Urdu line is set in its Arabic-script font, but the
 * bundled Arabic fonts lack Latin letters, Western digits, `%`, brackets and most quotes (Noto Naskh Arabic
 * has no `(`), and Nastaliq's space beside a Latin word is very narrow. So everything that is not Arabic
 * script is set in the Latin font (Noto Sans), with the spaces next to it, and an English line's Arabic-script
 * words are set in the Arabic font.
 */
export type RunScript = 'arabic' | 'latin';

/** Arabic, Arabic Supplement, Arabic Extended-A/B, Presentation Forms A/B (Urdu, Sindhi, Pashto letters). */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
/** Invisible format characters (ZWNJ, ZWJ, bidi marks): they take the font of the letter before them. */
const FORMAT = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;
const SPACE = /\s/u;

export const isArabicScript = (char: string): boolean => ARABIC.test(char);
export const isFormatChar = (char: string): boolean => FORMAT.test(char);

/** A stretch of a line drawn in one font. */
export interface ScriptRun {
  script: RunScript;
  text: string;
}

/**
 * The script of each code point of `text`: Arabic-script characters are 'arabic'; letters, digits and
 * symbols of any other script are 'latin'; a space is 'latin' when a Latin character stands on either side of
 * it (so spaces beside an English word keep their width), else the line's own script; a format character
 * follows the character before it.
 */
export function charScripts(text: string, lineScript: RunScript): RunScript[] {
  const chars = [...text];
  const strong = chars.map((char): RunScript | undefined => {
    if (SPACE.test(char) || FORMAT.test(char)) return undefined;
    return ARABIC.test(char) ? 'arabic' : 'latin';
  });
  const nearest = (from: number, step: 1 | -1): RunScript | undefined => {
    for (let index = from + step; index >= 0 && index < chars.length; index += step) {
      const char = chars[index] as string;
      if (SPACE.test(char)) continue;
      if (FORMAT.test(char)) continue;
      return strong[index];
    }
    return undefined;
  };
  const scripts: RunScript[] = [];
  chars.forEach((char, index) => {
    const own = strong[index];
    if (own) {
      scripts.push(own);
    } else if (FORMAT.test(char)) {
      scripts.push(scripts[index - 1] ?? nearest(index, 1) ?? lineScript);
    } else {
      const before = nearest(index, -1);
      const after = nearest(index, 1);
      scripts.push(before === 'latin' || after === 'latin' ? 'latin' : (before ?? after ?? lineScript));
    }
  });
  return scripts;
}

/** `text` cut into runs of one script (see charScripts). */
export function scriptRuns(text: string, lineScript: RunScript): ScriptRun[] {
  const chars = [...text];
  const scripts = charScripts(text, lineScript);
  const runs: ScriptRun[] = [];
  chars.forEach((char, index) => {
    const script = scripts[index] as RunScript;
    const last = runs.at(-1);
    if (last && last.script === script) last.text += char;
    else runs.push({ script, text: char });
  });
  return runs;
}
