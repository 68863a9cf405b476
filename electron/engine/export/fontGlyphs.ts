import { existsSync } from 'node:fs';
import path from 'node:path';
import { openSync, type Font } from 'fontkit';
import { engineError } from '../../../shared/errorTexts';
import type { GlyphLookup } from '../../../shared/export/captionFontCheck';
import { fontsFolder } from './tools';

const fonts = new Map<string, Font>();

/** The regular face of a bundled family: 'Noto Naskh Arabic' → <fonts>/NotoNaskhArabic-Regular.ttf. */
export function fontFile(family: string, folder = fontsFolder()): string {
  return path.join(folder, `${family.replace(/\s+/g, '')}-Regular.ttf`);
}

function loadFont(file: string): Font {
  let font = fonts.get(file);
  if (!font) {
    const opened = openSync(file);
    if (!('characterSet' in opened)) throw engineError('font-collection', { path: file });
    font = opened;
    fonts.set(file, font);
  }
  return font;
}

/**
 * Reads the character maps of the bundled caption fonts (fontkit) and answers whether a family has a glyph
 * for a code point. A family without a bundled file has no glyphs: its text would depend on system fonts.
 */
export function bundledGlyphLookup(folder = fontsFolder()): GlyphLookup {
  return (family, codePoint) => {
    const file = fontFile(family, folder);
    if (!existsSync(file)) return false;
    return loadFont(file).hasGlyphForCodePoint(codePoint);
  };
}
