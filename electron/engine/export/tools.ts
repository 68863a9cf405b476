import { existsSync, promises as fs, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Shaper } from '../../../shared/export/captionLayout';
import { GuftaguError } from '../../../shared/errors';
import { parseShaper } from '../doctor';
import { parseProgressLine } from '../media/ffmpegRun';
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
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'guftagu-shaper-'));
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

export interface FfmpegInFolderOptions {
  ffmpegPath: string;
  args: readonly string[];
  /** ffmpeg runs here, so the filtergraph names the caption file and fonts folder without escaping. */
  cwd: string;
  durationMs: number;
  onProgress?: (ratio: number) => void;
  signal: AbortSignal;
  log?: (line: string) => void;
  failureMessage: string;
  failureHint: string;
}

/**
 * The bundled ffmpeg's fontconfig cannot read today's /etc/fonts files and prints a warning per file, which
 * would push ffmpeg's real error out of the tail a failure shows: those lines are left out.
 */
const noise = /^Fontconfig (warning|error):/;
const TAIL_LINES = 30;

/** Runs ffmpeg in a folder with progress from out_time (as media/ffmpegRun.ts does, plus cwd). */
export async function runFfmpegInFolder(options: FfmpegInFolderOptions): Promise<void> {
  const { onProgress, durationMs } = options;
  const tail: string[] = [];
  const result = await runProcess({
    binary: options.ffmpegPath,
    args: [
      '-hide_banner',
      '-nostdin',
      '-y',
      '-loglevel',
      'error',
      '-progress',
      'pipe:1',
      '-nostats',
      ...options.args,
    ],
    cwd: options.cwd,
    toolName: 'ffmpeg',
    signal: options.signal,
    onStdoutLine: (line) => {
      const outTimeMs = parseProgressLine(line);
      if (onProgress && outTimeMs !== undefined && durationMs > 0)
        onProgress(Math.min(1, outTimeMs / durationMs));
    },
    onStderrLine: (line) => {
      if (noise.test(line) || line.trim() === '') return;
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
    },
    ...(options.log ? { log: options.log } : {}),
  });
  if (result.exitCode !== 0) {
    throw new GuftaguError(
      'tool-failed',
      `${options.failureMessage} (ffmpeg exited with code ${result.exitCode}).`,
      options.failureHint,
      { details: tail.join('\n') },
    );
  }
  onProgress?.(1);
}
