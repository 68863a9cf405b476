/**
 * Text folding for search, duplicate checks and redaction: case-insensitive, diacritics ignored, Arabic
 * letter forms read as their Urdu equivalents (ي→ی, ى→ی, ك→ک, ه→ہ, ة→ہ), Arabic-Indic digits as 0-9,
 * tatweel and zero-width joiners dropped, runs of white space as one space.
 */

const letterMap: Record<string, string> = {
  '\u064A': '\u06CC', // ي Arabic yeh → ی Farsi/Urdu yeh
  '\u0649': '\u06CC', // ى alef maksura → ی
  '\u0643': '\u06A9', // ك Arabic kaf → ک keheh
  '\u0647': '\u06C1', // ه Arabic heh → ہ heh goal
  '\u0629': '\u06C1', // ة teh marbuta → ہ
  '\u06C3': '\u06C1', // ۃ teh marbuta goal → ہ
};

const dropped = /[\p{M}\u0640\u200B-\u200F\u2060\uFEFF]/u;

function foldCodePoint(codePoint: string): string {
  let out = '';
  for (const char of codePoint.normalize('NFD')) {
    if (dropped.test(char)) continue;
    const code = char.charCodeAt(0);
    // Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits.
    if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else out += letterMap[char] ?? char.toLowerCase();
  }
  return out;
}

/** The folded text, and for each of its UTF-16 units the index in the original where it came from. */
export interface FoldedText {
  text: string;
  sourceIndex: number[];
  /** For each UTF-16 unit, the index in the original just after the code point it came from. */
  sourceEnd: number[];
}

export function foldWithMap(original: string): FoldedText {
  let text = '';
  const sourceIndex: number[] = [];
  const sourceEnd: number[] = [];
  let index = 0;
  let lastWasSpace = true;
  for (const codePoint of original) {
    const folded = /\s/u.test(codePoint) ? ' ' : foldCodePoint(codePoint);
    for (const unit of folded) {
      if (unit === ' ' && lastWasSpace) continue;
      lastWasSpace = unit === ' ';
      for (let i = 0; i < unit.length; i += 1) {
        sourceIndex.push(index);
        sourceEnd.push(index + codePoint.length);
      }
      text += unit;
    }
    index += codePoint.length;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    sourceIndex.pop();
    sourceEnd.pop();
  }
  return { text, sourceIndex, sourceEnd };
}

export function foldText(original: string): string {
  return foldWithMap(original).text;
}

/**
 * The range of the original text that folded[start, end) came from, including marks (diacritics) and
 * joiners that follow its last letter.
 */
export function originalRange(
  folded: FoldedText,
  original: string,
  start: number,
  end: number,
): [number, number] {
  const from = folded.sourceIndex[start] ?? 0;
  let to = folded.sourceEnd[end - 1] ?? from;
  for (;;) {
    const next = original.codePointAt(to);
    if (next === undefined) break;
    const char = String.fromCodePoint(next);
    if (!dropped.test(char)) break;
    to += char.length;
  }
  return [from, to];
}

const wordChar = /[\p{L}\p{N}]/u;

/** Start indexes (in folded text) where `needle` occurs as a whole word or words. */
export function wholeWordMatches(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return found;
    const before = at > 0 ? haystack.charAt(at - 1) : ' ';
    const after = haystack.charAt(at + needle.length) || ' ';
    if (!wordChar.test(before) && !wordChar.test(after)) found.push(at);
    from = at + 1;
  }
}

/** A short excerpt of `original` around the first match of the folded query, or its start. */
export function snippetAround(original: string, foldedQuery: string, radius = 40): string {
  const folded = foldWithMap(original);
  const at = foldedQuery === '' ? -1 : folded.text.indexOf(foldedQuery);
  const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();
  if (at < 0) return flat(original).slice(0, radius * 2);
  const [start, end] = originalRange(folded, original, at, at + foldedQuery.length);
  const from = Math.max(0, start - radius);
  const to = Math.min(original.length, end + radius);
  return `${from > 0 ? '…' : ''}${flat(original.slice(from, to))}${to < original.length ? '…' : ''}`;
}
