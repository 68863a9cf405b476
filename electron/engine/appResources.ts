import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { engineError } from '../../shared/errorTexts';

/**
 * Where the files that come with Guftagu (resources/: fonts, bin, sample) are, in each of the three ways the
 * code runs:
 * - checkout: the TypeScript sources run through tsx or vitest (`<root>/electron/…`); resources in `<root>/resources`.
 * - built: what electron-vite wrote (`<root>/out/main/…`, `npm run dev`, the built CLI); same `<root>/resources`.
 * - packaged: an installed app (`<resourcesPath>/app.asar/out/main/…`); electron-builder's extraResources put
 *   fonts/ and bin/ straight into `process.resourcesPath` (sample/ is not shipped).
 * The layout is read from where this module sits, never guessed from a fixed number of `..`.
 */
export type ResourceLayout = 'checkout' | 'built' | 'packaged';
export type BundledResource = 'fonts' | 'bin' | 'sample';

export interface AppResources {
  layout: ResourceLayout;
  /** The folder holding fonts/, bin/ (and sample/ outside a packaged app). */
  root: string;
  folder(name: BundledResource): string;
}

export interface LocateOptions {
  /** The folder of the running code (this module's __dirname when left out). */
  moduleDir?: string;
  /** Electron's resources folder (electronResourcesPath() when left out). */
  resourcesPath?: string | undefined;
}

/** process.resourcesPath: set by Electron (the app's own resources folder), undefined under plain Node. */
export function electronResourcesPath(): string | undefined {
  const value = (process as NodeJS.Process & { resourcesPath?: unknown }).resourcesPath;
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function locateResources(options: LocateOptions = {}): AppResources {
  const moduleDir = path.resolve(options.moduleDir ?? __dirname);
  const resourcesPath = 'resourcesPath' in options ? options.resourcesPath : electronResourcesPath();
  // Packaged: the code runs from inside Electron's resources folder (app.asar or app/). Under `npm run dev`
  // Electron also sets resourcesPath (its own, in node_modules/electron), but the code is not inside it.
  if (resourcesPath && isInside(moduleDir, path.resolve(resourcesPath))) {
    return resources('packaged', path.resolve(resourcesPath));
  }
  const appRoot = findAppRoot(moduleDir);
  if (!appRoot) {
    throw engineError('resources-missing', { path: moduleDir });
  }
  const layout = isInside(moduleDir, path.join(appRoot, 'out')) ? 'built' : 'checkout';
  return resources(layout, path.join(appRoot, 'resources'));
}

/** One bundled folder (fonts, bin or sample) for the running code; it may not exist (bin before a build). */
export function resourceFolder(name: BundledResource, options: LocateOptions = {}): string {
  return locateResources(options).folder(name);
}

function resources(layout: ResourceLayout, root: string): AppResources {
  return { layout, root, folder: (name) => path.join(root, name) };
}

/** The nearest folder above `start` holding both package.json and resources/: the checkout or app root. */
function findAppRoot(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && isDirectory(path.join(dir, 'resources'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative));
}

function isDirectory(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}
