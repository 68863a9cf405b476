import { existsSync, promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Shaper } from '../../../shared/export/captionLayout';
import { GuftaguError } from '../../../shared/errors';
import { libassShaper } from '../media/libassShaper';

/**
 * How the libass inside this ffmpeg shapes text ('harfbuzz' renders Nastaliq; 'fribidi' only Naskh): the one
 * probe in media/libassShaper.ts, shared with doctor and the automatic ffmpeg choice. A failed probe throws.
 */
export const detectShaper: (ffmpegPath: string) => Promise<Shaper> = libassShaper;

/** The bundled fonts (Noto, OFL): beside a packaged app (resources/fonts), or in the checkout. */
export function fontsFolder(): string {
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  const candidates = [
    process.env['GUFTAGU_FONTS_DIR'],
    resourcesPath ? path.join(resourcesPath, 'fonts') : undefined,
    path.resolve(__dirname, '../../../resources/fonts'),
    path.resolve(__dirname, '../../resources/fonts'),
    path.resolve(process.cwd(), 'resources/fonts'),
  ];
  for (const candidate of candidates) {
    if (
      candidate &&
      existsSync(candidate) &&
      readdirSync(candidate).some((name) => /\.(ttf|otf)$/i.test(name))
    )
      return candidate;
  }
  throw new GuftaguError(
    'tool-missing',
    'The caption fonts that come with Guftagu are missing.',
    'Reinstall Guftagu (the fonts live in its resources/fonts folder).',
  );
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
