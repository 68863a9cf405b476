import { utf8ByteLength as byteLength } from './utf8Encode';
/**
 * File names are limited in bytes (255 on ext4, APFS and NTFS counts UTF-16 units), not in letters: an
 * Urdu letter is 2 bytes in UTF-8 and an emoji 4 or more. Cuts a name to at most `maxBytes` UTF-8 bytes,
 * keeping whole letters (grapheme clusters: a letter with its marks, an emoji with its modifiers) and
 * the extension when it fits.
 */

function graphemes(text: string): string[] {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map(
    (part) => part.segment,
  );
}

/** The longest prefix of whole letters that fits in `maxBytes`. */
export function cutToBytes(text: string, maxBytes: number): string {
  let result = '';
  let used = 0;
  for (const letter of graphemes(text)) {
    const size = byteLength(letter);
    if (used + size > maxBytes) break;
    result += letter;
    used += size;
  }
  return result;
}

/** A file name cut to `maxBytes`, the extension (up to 16 bytes, e.g. `.mp4`) kept. */
export function truncateFileNameBytes(name: string, maxBytes: number): string {
  if (byteLength(name) <= maxBytes) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : '';
  if (extension !== '' && byteLength(extension) <= 16 && byteLength(extension) < maxBytes) {
    const stem = cutToBytes(name.slice(0, dot), maxBytes - byteLength(extension));
    if (stem !== '') return `${stem}${extension}`;
  }
  return cutToBytes(name, maxBytes);
}
