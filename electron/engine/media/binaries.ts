import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { GuftaguError } from '../../../shared/errors';
import type { Settings } from '../../../shared/model/settings';

export type ToolName = 'ffmpeg' | 'ffprobe';
export type ToolSource = 'custom' | 'system' | 'bundled';

export interface ResolvedTool {
  name: ToolName;
  path: string;
  source: ToolSource;
}

export interface FfmpegTools {
  ffmpeg: ResolvedTool;
  ffprobe: ResolvedTool;
}

const exe = (name: string) => (process.platform === 'win32' ? `${name}.exe` : name);

/**
 * Which ffmpeg and ffprobe to run, in this order: a path the user set; the system's, if the user chose
 * it; the copy bundled with Guftagu (unpacked beside a packaged app, or the npm installer packages).
 */
export function resolveFfmpegTools(
  settings: Pick<Settings, 'ffmpegSource' | 'ffmpegPath' | 'ffprobePath'>,
): FfmpegTools {
  return {
    ffmpeg: resolveTool('ffmpeg', settings.ffmpegPath, settings.ffmpegSource),
    ffprobe: resolveTool(
      'ffprobe',
      settings.ffprobePath ?? siblingOf(settings.ffmpegPath, 'ffprobe'),
      settings.ffmpegSource,
    ),
  };
}

function resolveTool(
  name: ToolName,
  customPath: string | undefined,
  source: Settings['ffmpegSource'],
): ResolvedTool {
  if (customPath) {
    if (!isExecutable(customPath)) {
      throw new GuftaguError(
        'tool-missing',
        `The ${name} you set (${customPath}) cannot be run.`,
        `Fix the ${name} path in Settings, or clear it to use the bundled ${name}.`,
      );
    }
    return { name, path: customPath, source: 'custom' };
  }
  if (source === 'system') {
    const found = findOnPath(exe(name));
    if (!found) {
      throw new GuftaguError(
        'tool-missing',
        `No ${name} was found on this system's PATH.`,
        `Install ffmpeg (for example "apt install ffmpeg" or from ffmpeg.org), or switch Settings back to the bundled ffmpeg.`,
      );
    }
    return { name, path: found, source: 'system' };
  }
  return { name, path: bundledPath(name), source: 'bundled' };
}

function siblingOf(ffmpegPath: string | undefined, name: string): string | undefined {
  if (!ffmpegPath) return undefined;
  const candidate = path.join(path.dirname(ffmpegPath), exe(name));
  return existsSync(candidate) ? candidate : undefined;
}

function bundledPath(name: ToolName): string {
  // A packaged app carries the binaries in resources/bin (electron-builder extraResources).
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) {
    const packaged = path.join(resourcesPath, 'bin', exe(name));
    if (isExecutable(packaged)) return packaged;
  }
  const require = createRequire(__filename);
  try {
    const installer = require(
      name === 'ffmpeg' ? '@ffmpeg-installer/ffmpeg' : '@ffprobe-installer/ffprobe',
    ) as { path: string };
    return installer.path.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  } catch (error) {
    throw new GuftaguError(
      'tool-missing',
      `The bundled ${name} is missing for ${process.platform}-${process.arch}.`,
      `Reinstall Guftagu, or choose a system ffmpeg in Settings ("guftagu doctor" shows what is in use).`,
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
