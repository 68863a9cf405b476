/**
 * Urdu-aware normalisation for the workspace search index. Both the indexed text and the query go through
 * `searchTerms`, so two spellings that normalise alike find each other:
 * - Arabic letter forms read as their Urdu letters: ي ى → ی, ك → ک, ه ھ ە ة ۃ → ہ (so بهی, بہی and بھی
 *   meet; Arabic-keyboard typists write ه for both ہ and ھ);
 * - hamza and madda carriers as the bare letter: أ إ آ ٱ → ا, ؤ → و, ئ → ی, ۂ → ہ, ۓ → ے;
 * - harakat and other marks (zer, zabar, pesh, shadda, sukun, superscript alef…) and tatweel dropped;
 * - zero-width joiners and marks dropped; ZWNJ (U+200C) and spaces both end a word, so خوش‌آمدید (with a
 *   ZWNJ) and خوش آمدید (with a space) index alike;
 * - Arabic-Indic (٠–٩) and Urdu (۰–۹) digits as 0–9; English case-folded and its accents dropped.
 * Compatibility forms (Arabic presentation forms, full-width Latin) read as their letters (NFKD).
 * Words are runs of letters and digits; an apostrophe inside a word is dropped (don't → dont).
 */

const letterMap: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي Arabic yeh → ی
  '\u0649': '\u06CC', // ى alef maksura → ی
  '\u06D0': '\u06CC', // ې → ی
  '\u0643': '\u06A9', // ك Arabic kaf → ک
  '\u0647': '\u06C1', // ه Arabic heh → ہ
  '\u06BE': '\u06C1', // ھ do-chashmi heh → ہ
  '\u06D5': '\u06C1', // ە ae → ہ
  '\u0629': '\u06C1', // ة teh marbuta → ہ
  '\u06C3': '\u06C1', // ۃ teh marbuta goal → ہ
  '\u0671': '\u0627', // ٱ alef wasla → ا
};

/** Dropped inside a word: combining marks (harakat, hamza/madda above or below), tatweel, joiners. */
const dropped = /^(?:\p{M}|[\u0640\u200B\u200E\u200F\u2060\uFEFF]|\u200D)$/u;
/** Dropped inside a word without breaking it. */
const apostrophes = new Set(["'", '\u2019', '\u02BC']);
const wordChar = /^[\p{L}\p{N}]$/u;

function digitOf(code: number): string | undefined {
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return undefined;
}

/** Code points already normalised: texts use few distinct ones, and normalising one is not cheap. */
const known = new Map<string, string>();
const KNOWN_LIMIT = 20_000;

/** One code point as it is indexed: '' when dropped, ' ' when it ends a word. */
export function normalizeChar(codePoint: string): string {
  const cached = known.get(codePoint);
  if (cached !== undefined) return cached;
  const normalized = normalizeUncached(codePoint);
  if (known.size < KNOWN_LIMIT) known.set(codePoint, normalized);
  return normalized;
}

function normalizeUncached(codePoint: string): string {
  let out = '';
  for (const char of codePoint.normalize('NFKD')) {
    if (dropped.test(char) || apostrophes.has(char)) continue;
    const digit = digitOf(char.charCodeAt(0));
    if (digit !== undefined) out += digit;
    else if (wordChar.test(char)) out += letterMap[char] ?? char.toLowerCase();
    else out += ' ';
  }
  return out;
}

/** The text normalised for search, words separated by single spaces. */
export function normalizeForSearch(text: string): string {
  return searchTerms(text).join(' ');
}

/** The words of a text as the index stores them. */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  let term = '';
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    // ASCII fast path (most of an English track, the digits and spaces of an Urdu one).
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) term += text[at];
      else if (code >= 0x41 && code <= 0x5a) term += String.fromCharCode(code + 0x20);
      else if (code !== 0x27 && term !== '') {
        terms.push(term);
        term = '';
      }
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && at + 1 < text.length;
    const codePoint = pair ? text.slice(at, at + 2) : (text[at] ?? '');
    if (pair) at += 1;
    const normalized = normalizeChar(codePoint);
    if (normalized.length === 1 && normalized !== ' ') term += normalized;
    else
      for (const unit of normalized) {
        if (unit !== ' ') term += unit;
        else if (term !== '') {
          terms.push(term);
          term = '';
        }
      }
  }
  if (term !== '') terms.push(term);
  return terms;
}

/**
 * Where each normalised word occurs in the original text: [start, end) indexes into `text`, for
 * highlighting. Same word boundaries as `searchTerms`.
 */
export function termRanges(text: string): Array<{ term: string; start: number; end: number }> {
  const ranges: Array<{ term: string; start: number; end: number }> = [];
  let term = '';
  let start = -1;
  let end = 0;
  let index = 0;
  const close = () => {
    if (term !== '') ranges.push({ term, start, end });
    term = '';
    start = -1;
  };
  for (const codePoint of text) {
    const normalized = normalizeChar(codePoint);
    for (const unit of normalized) {
      if (unit === ' ') close();
      else {
        if (start < 0) start = index;
        term += unit;
      }
    }
    if (term !== '') end = index + codePoint.length;
    index += codePoint.length;
  }
  close();
  return ranges;
}
