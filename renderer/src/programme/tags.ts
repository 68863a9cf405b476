/** Tag input helpers: a comma (Latin or Urdu) or Enter ends a tag; repeats are dropped (case-insensitive). */

const separators = /[,،\n]/u;

export function splitTags(text: string): string[] {
  return text
    .split(separators)
    .map((part) => part.replace(/\s+/gu, ' ').trim())
    .filter((part) => part !== '');
}

/** The list with the tags typed in `text` appended, without repeats. */
export function addTags(list: readonly string[], text: string): string[] {
  const seen = new Set(list.map((tag) => tag.toLocaleLowerCase()));
  const out = [...list];
  for (const tag of splitTags(text)) {
    const key = tag.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** True when what was typed ends with a separator, i.e. the tag is complete. */
export const endsTag = (text: string): boolean => separators.test(text.slice(-1));
