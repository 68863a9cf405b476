import { existsSync, promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import { engineError } from '../../../shared/errorTexts';
import type { Shaper } from '../../../shared/export/captionLayout';
import { resourceFolder } from '../appResources';
import { libassShaper } from '../media/libassShaper';

/**
 * How the libass inside this ffmpeg shapes text ('harfbuzz' renders Nastaliq; 'fribidi' only Naskh): the one
 * probe in media/libassShaper.ts, shared with doctor and the automatic ffmpeg choice. A failed probe throws.
 */
export const detectShaper: (ffmpegPath: string) => Promise<Shaper> = libassShaper;

/** The bundled fonts (Noto, OFL): GUFTAGU_FONTS_DIR, else resources/fonts of this checkout, build or package. */
export function fontsFolder(): string {
  const fromEnvironment = process.env['GUFTAGU_FONTS_DIR'];
  if (fromEnvironment && holdsFonts(fromEnvironment)) return fromEnvironment;
  const bundled = resourceFolder('fonts');
  if (holdsFonts(bundled)) return bundled;
  throw engineError('caption-fonts-missing', { path: bundled });
}

function holdsFonts(folder: string): boolean {
  return existsSync(folder) && readdirSync(folder).some((name) => /\.(ttf|otf)$/i.test(name));
}

/**
 * Copies the font files of the given families (by file-name prefix: 'Noto Naskh Arabic' → NotoNaskhArabic-*)
 * into `target`. A family with no bundled file (Noto Sans in the checkout) is left to the system's fonts.
 * Returns the copied file names.
 */
export async function copyFonts(
  families: readonly string[],
  target: string,
  source = fontsFolder(),
): Promise<string[]> {
  await fs.mkdir(target, { recursive: true });
  const prefixes = families.map((family) => `${family.replace(/\s+/g, '')}-`);
  const names = (await fs.readdir(source)).filter(
    (name) => /\.(ttf|otf)$/i.test(name) && prefixes.some((prefix) => name.startsWith(prefix)),
  );
  for (const name of names) await fs.copyFile(path.join(source, name), path.join(target, name));
  return names;
}
