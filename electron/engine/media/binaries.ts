import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { engineError } from '../../../shared/errorTexts';
import type { Shaper } from '../../../shared/export/captionLayout';
import {
  chooseFfmpeg,
  type FfmpegChoice,
  type FfmpegFacts,
  type FfmpegOrigin,
} from '../../../shared/media/ffmpegChoice';
import type { Settings } from '../../../shared/model/settings';
import { resourceFolder } from '../appResources';
import { libassShaper, libassShaperSync } from './libassShaper';

export type ToolName = 'ffmpeg' | 'ffprobe';
export type ToolSource = FfmpegOrigin;

export interface ResolvedTool {
  name: ToolName;
  path: string;
  source: ToolSource;
}

export interface FfmpegTools {
  ffmpeg: ResolvedTool;
  ffprobe: ResolvedTool;
  /** Why this ffmpeg: a code doctor prints and the Settings screen words. */
  choice: FfmpegChoice;
}

export interface ResolveOptions {
  /** How an ffmpeg's libass shapes text (for the automatic choice); the real probe when left out. */
  probeShaper?: (ffmpegPath: string) => Shaper;
  env?: NodeJS.ProcessEnv;
}

const exe = (name: string) => (process.platform === 'win32' ? `${name}.exe` : name);

/**
 * Which ffmpeg and ffprobe to run (shared/media/ffmpegChoice.ts decides): a path the user set; with
 * "Automatic", the system's ffmpeg when its libass shapes with HarfBuzz, else the bundled one; or the source
 * the user forced. The bundled copy is unpacked beside a packaged app, or comes from the npm packages.
 */
export function resolveFfmpegTools(
  settings: Pick<Settings, 'ffmpegSource' | 'ffmpegPath' | 'ffprobePath'>,
  options: ResolveOptions = {},
): FfmpegTools {
  const env = options.env ?? process.env;
  const systemFfmpeg = settings.ffmpegSource === 'auto' ? findOnPath(exe('ffmpeg'), env) : undefined;
  const choice = chooseFfmpeg({
    setting: settings.ffmpegSource,
    customPath: settings.ffmpegPath,
    system: systemFfmpeg ? systemFacts(systemFfmpeg, options.probeShaper ?? libassShaperSync) : undefined,
  });
  return {
    ffmpeg: resolveTool('ffmpeg', settings.ffmpegPath, choice.origin, env),
    ffprobe: resolveTool(
      'ffprobe',
      settings.ffprobePath ?? siblingOf(settings.ffmpegPath, 'ffprobe'),
      choice.origin,
      env,
    ),
    choice,
  };
}

/**
 * Probes the system ffmpeg's shaper in the background, so the first Automatic choice (made synchronously when
 * a job resolves its tools) finds the answer cached instead of running ffmpeg on that job's path.
 */
export async function warmAutomaticChoice(
  settings: Pick<Settings, 'ffmpegSource' | 'ffmpegPath'>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  if (settings.ffmpegSource !== 'auto' || settings.ffmpegPath) return;
  const systemFfmpeg = findOnPath(exe('ffmpeg'), env);
  if (systemFfmpeg) await libassShaper(systemFfmpeg);
}

function systemFacts(ffmpegPath: string, probe: (path: string) => Shaper): FfmpegFacts['system'] {
  try {
    return { shaper: probe(ffmpegPath) };
  } catch {
    // Reported by doctor (which probes again and shows why); automatic falls back to the bundled ffmpeg.
    return { probeFailed: true };
  }
}

function resolveTool(
  name: ToolName,
  customPath: string | undefined,
  origin: FfmpegOrigin,
  env: NodeJS.ProcessEnv,
): ResolvedTool {
  if (customPath) {
    if (!isExecutable(customPath)) {
      throw engineError('custom-tool-broken', { tool: name, path: customPath });
    }
    return { name, path: customPath, source: 'custom' };
  }
  if (origin === 'system') {
    const found = findOnPath(exe(name), env);
    if (found) return { name, path: found, source: 'system' };
    // Automatic chose the system ffmpeg; a missing system ffprobe is harmless: the bundled one reads the same.
    if (name === 'ffprobe') return { name, path: bundledPath(name), source: 'bundled' };
    throw engineError('system-tool-missing', { tool: name });
  }
  return { name, path: bundledPath(name), source: 'bundled' };
}

function siblingOf(ffmpegPath: string | undefined, name: string): string | undefined {
  if (!ffmpegPath) return undefined;
  const candidate = path.join(path.dirname(ffmpegPath), exe(name));
  return existsSync(candidate) ? candidate : undefined;
}

function bundledPath(name: ToolName): string {
  // A packaged app carries the pinned ffmpeg build in its resources/bin (scripts/fetch-ffmpeg.ts, then
  // electron-builder's extraResources); a checkout or `npm run dev` uses the npm package below.
  const packaged = path.join(resourceFolder('bin'), exe(name));
  if (isExecutable(packaged)) return packaged;
  const require = createRequire(__filename);
  try {
    const installer = require(
      name === 'ffmpeg' ? '@ffmpeg-installer/ffmpeg' : '@ffprobe-installer/ffprobe',
    ) as { path: string };
    return installer.path.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  } catch (error) {
    throw engineError(
      'bundled-tool-missing',
      { tool: name, platform: `${process.platform}-${process.arch}` },
      { cause: error, details: String(error) },
    );
  }
}

export function findOnPath(binaryName: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const folders = (env['PATH'] ?? '').split(path.delimiter).filter(Boolean);
  for (const folder of folders) {
    const candidate = path.join(folder, binaryName);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(filePath: string): boolean {
  try {
    accessSync(filePath, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
