/**
 * Character classes and counting shared by word building, segmentation and line breaking.
 * Text is always kept in logical (spoken) order; nothing here reorders characters for display.
 */

/** Ends a sentence: Latin . ? !, Urdu/Arabic full stop ۔ (U+06D4) and question mark ؟ (U+061F), ellipsis … */
const sentenceEnders = new Set(['.', '?', '!', '۔', '؟', '…']);

/** Ends a clause: a comma or similar, including the Arabic-script comma ، (U+060C) and semicolon ؛ (U+061B). */
const clauseEnders = new Set([',', ';', ':', '،', '؛', '—', '–']);

/** Closing marks that may follow a sentence ender: `done."`, `(yes.)`. */
const closers = new Set(['"', "'", ')', ']', '}', '»', '”', '’']);

/** Common English abbreviations whose full stop does not end a sentence. */
const abbreviations = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'st.', 'vs.', 'etc.', 'e.g.', 'i.e.']);

/** Strips trailing closing quotes and brackets. */
function withoutClosers(word: string): string {
  let end = word.length;
  while (end > 0 && closers.has(word.charAt(end - 1))) end--;
  return word.slice(0, end);
}

/** The last character, ignoring closing quotes/brackets ("" when none). */
function lastMeaningfulChar(word: string): string {
  const core = withoutClosers(word);
  return core.charAt(core.length - 1);
}

/** True when a word ends a sentence (`done.`, `ہوں۔`, `گی؟`, `well…`, `"why?"`); `Dr.` and `e.g.` do not. */
export function endsSentence(word: string): boolean {
  if (abbreviations.has(word.toLowerCase())) return false;
  return sentenceEnders.has(lastMeaningfulChar(word));
}

/** True when a word ends with any punctuation that is a natural place to break a line after. */
export function endsWithPunctuation(word: string): boolean {
  const last = lastMeaningfulChar(word);
  return sentenceEnders.has(last) || clauseEnders.has(last);
}

/**
 * True when a piece of text is only closing punctuation (`,` `۔` `؟` `?` `"` `)`): such a piece belongs to the
 * word before it even when whisper wrote it with a leading space.
 */
export function isClosingPunctuation(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  for (const char of trimmed) {
    if (!sentenceEnders.has(char) && !clauseEnders.has(char) && !closers.has(char)) return false;
  }
  return true;
}

/** Combining marks (Urdu zer/zabar/pesh, shadda) and invisible format characters (ZWNJ, bidi marks). */
const zeroWidth = /[\p{Mn}\p{Me}\p{Cf}]/u;
/** What countChars must look at one by one: a zero-width character, or a character outside the BMP (two units). */
const needsCounting = /[\p{Mn}\p{Me}\p{Cf}\uD800-\uDFFF]|[^\0-\uFFFF]/u;

/**
 * Characters as a reader counts them for line length and reading speed: spaces and punctuation count;
 * combining diacritics and invisible format characters do not (they take no place on the line).
 * Counts code points, so an emoji or a letter outside the BMP is one character.
 */
export function countChars(text: string): number {
  // Most text has no mark, format character or surrogate pair: then every UTF-16 unit is one character.
  if (!needsCounting.test(text)) return text.length;
  let count = 0;
  for (const char of text) {
    if (!zeroWidth.test(char)) count++;
  }
  return count;
}

/** Joins words with single spaces, in the order they were spoken. */
export function joinWords(words: readonly string[]): string {
  return words.join(' ');
}
