import { existsSync, promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Shaper } from '../../../shared/export/captionLayout';
import { GuftaguError } from '../../../shared/errors';
import { parseShaper } from '../doctor';
import { makeTempFolder } from '../process/jobFolders';
import { runProcess } from '../process/runProcess';

const shapers = new Map<string, Promise<Shaper>>();

/**
 * How the libass inside this ffmpeg shapes text, from the "Shaper:" line it prints at -loglevel verbose
 * (as doctor does). Cached per binary. 'harfbuzz' renders Nastaliq; 'fribidi' only Naskh.
 */
export function detectShaper(ffmpegPath: string): Promise<Shaper> {
  let cached = shapers.get(ffmpegPath);
  if (!cached) {
    cached = probeShaper(ffmpegPath);
    shapers.set(ffmpegPath, cached);
  }
  return cached;
}

async function probeShaper(ffmpegPath: string): Promise<Shaper> {
  const folder = await makeTempFolder('guftagu-shaper-');
  try {
    await fs.writeFile(
      path.join(folder, 'probe.ass'),
      '[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Text\nDialogue: 0,0:00:00.00,0:00:01.00,Default,test\n',
    );
    const args = ['-hide_banner', '-loglevel', 'verbose', '-f', 'lavfi', '-i', 'color=c=black:s=64x64:d=0.1'];
    args.push('-vf', 'ass=probe.ass', '-frames:v', '1', '-f', 'null', '-');
    const result = await runProcess({ binary: ffmpegPath, args, cwd: folder, toolName: 'ffmpeg' });
    return parseShaper(result.stderrTail);
  } catch {
    return 'unknown';
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}

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
