/**
 * Styling inside cue text is dropped on import (a cue is plain text with \n between lines), and what a format
 * treats as markup is escaped on export so the text comes back exactly.
 */

/** SRT's HTML-like tags (<i>, <b>, <u>, <s>, <font …>) and ASS override blocks ({\an8}) that some SRT files carry. */
export function plainFromSrt(text: string): string {
  return text.replace(/<\/?(?:i|b|u|s)>|<font\b[^>]*>|<\/font>/gi, '').replace(/\{\\[^}]*\}/g, '');
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  nbsp: '\u00A0',
  lrm: '\u200E',
  rlm: '\u200F',
  quot: '"',
  apos: "'",
};

/** WebVTT: every <…> is a tag (a literal < is written &lt;), then character references. */
export function plainFromVtt(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
          ? String.fromCodePoint(code)
          : whole;
      }
      return entities[name.toLowerCase()] ?? whole;
    });
}

/** WebVTT cue text: & < > as references, so neither markup nor "-->" can appear by accident. */
export function escapeVtt(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * ASS Dialogue text: override blocks {…} removed; \N (hard break) becomes a new line; \n (a soft break, a
 * space unless WrapStyle 2) and \h (hard space) become spaces; \{ and \} are libass's literal braces.
 */
export function plainFromAss(text: string): string {
  const open = '\uE000'; // private-use characters stand in for the escaped braces
  const close = '\uE001';
  return text
    .replace(/\\\{/g, open)
    .replace(/\\\}/g, close)
    .replace(/\{[^}]*\}/g, '')
    .replace(/\\N/g, '\n')
    .replace(/\\[nh]/g, ' ')
    .replace(/\uE000/g, '{')
    .replace(/\uE001/g, '}');
}

/** Plain text for an ASS Dialogue line: new lines as \N, braces as \{ \} (libass), nothing else touched. */
export function assFromPlain(text: string): string {
  return text.replace(/\{/g, '\\{').replace(/\}/g, '\\}').replace(/\r?\n/g, '\\N');
}
