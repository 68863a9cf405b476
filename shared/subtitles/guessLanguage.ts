/**
 * Guesses the language of subtitle text from its script, for imports whose language nobody chose:
 * Arabic script → Urdu, unless letters only Sindhi or only Pashto use are present; Latin → English. Counted
 * in words, not letters: Urdu speech carries English words ("ہم نے social media پر …") whose letters outnumber
 * the short Urdu words around them, so an Arabic-script word weighs as much as two Latin ones.
 * Undefined when the text has no letters of either script (numbers, music notes, an empty file), so the
 * caller asks instead of guessing.
 */
export function guessLanguageFromText(texts: readonly string[]): string | undefined {
  let arabic = 0;
  let latin = 0;
  let sindhi = 0;
  let pashto = 0;
  for (const text of texts) {
    for (const word of text.split(/\s+/u)) {
      const letters = [...word];
      if (letters.some((char) => ARABIC_LETTER.test(char))) arabic += 1;
      else if (letters.some((char) => LATIN_LETTER.test(char))) latin += 1;
      for (const char of letters) {
        if (SINDHI_LETTERS.has(char)) sindhi += 1;
        if (PASHTO_LETTERS.has(char)) pashto += 1;
      }
    }
  }
  if (arabic === 0 && latin === 0) return undefined;
  if (latin > arabic * 2) return 'en';
  if (sindhi > 0 && sindhi >= pashto) return 'sd';
  if (pashto > 0) return 'ps';
  return 'ur';
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** Implosives and aspirates Sindhi writes with letters of their own (ڄ ڃ ڦ ٻ ڀ ٺ ٽ ٿ ڊ ڌ ڍ ڏ ڳ ڱ). */
const SINDHI_LETTERS = new Set([...'ڄڃڦٻڀٺٽٿڊڌڍڏڳڱ']);
/** Retroflexes and sibilants only Pashto writes (ټ ډ ړ ږ ښ ګ ڼ ې ۍ). */
const PASHTO_LETTERS = new Set([...'ټډړږښګڼېۍ']);
