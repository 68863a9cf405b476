import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  electronResourcesPath,
  locateResources,
  resourceFolder,
} from '../../../electron/engine/appResources';
import { GuftaguError } from '../../../shared/errors';

const base = mkdtempSync(path.join(os.tmpdir(), 'guftagu-resources-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Lays out files (relative path → content) under a fresh folder and returns it. */
function layout(name: string, files: readonly string[]): string {
  const root = path.join(base, name);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), 'x');
  }
  return root;
}

describe('locateResources', () => {
  it('finds resources/ beside package.json in a source checkout, at any depth of the running module', () => {
    const root = layout('checkout', [
      'package.json',
      'resources/fonts/NotoNaskhArabic-Regular.ttf',
      'resources/sample/interview.mp4',
      'electron/engine/export/tools.ts',
    ]);
    for (const moduleDir of ['electron/engine', 'electron/engine/export', 'scripts']) {
      const found = locateResources({ moduleDir: path.join(root, moduleDir), resourcesPath: undefined });
      expect(found.layout, moduleDir).toBe('checkout');
      expect(found.folder('fonts')).toBe(path.join(root, 'resources', 'fonts'));
      expect(found.folder('sample')).toBe(path.join(root, 'resources', 'sample'));
    }
  });

  it('finds the same folder from what electron-vite built (out/main and its chunks)', () => {
    const root = layout('built', [
      'package.json',
      'resources/fonts/NotoNaskhArabic-Regular.ttf',
      'out/main/index.js',
      'out/main/chunks/engine.js',
    ]);
    for (const moduleDir of ['out/main', 'out/main/chunks']) {
      const found = locateResources({ moduleDir: path.join(root, moduleDir), resourcesPath: undefined });
      expect(found.layout, moduleDir).toBe('built');
      expect(found.folder('bin')).toBe(path.join(root, 'resources', 'bin'));
    }
  });

  it('uses Electron resourcesPath under `npm run dev` only when the code runs from inside it', () => {
    // `npm run dev`: Electron's own resources folder is set, but the code runs from the checkout's out/.
    const root = layout('dev', ['package.json', 'resources/fonts/a.ttf', 'out/main/index.js']);
    const electronOwn = layout('dev-electron', ['node_modules/electron/dist/resources/default_app.asar']);
    const found = locateResources({
      moduleDir: path.join(root, 'out/main'),
      resourcesPath: path.join(electronOwn, 'node_modules/electron/dist/resources'),
    });
    expect(found.layout).toBe('built');
    expect(found.folder('fonts')).toBe(path.join(root, 'resources', 'fonts'));
  });

  it('takes fonts and bin straight from resourcesPath in a packaged app (app.asar or app/)', () => {
    const resources = layout('packaged/Guftagu/resources', [
      'fonts/NotoNaskhArabic-Regular.ttf',
      'bin/ffmpeg',
      'app.asar',
    ]);
    for (const inside of ['app.asar/out/main', 'app.asar/out/main/chunks', 'app/out/main']) {
      const found = locateResources({ moduleDir: path.join(resources, inside), resourcesPath: resources });
      expect(found.layout, inside).toBe('packaged');
      expect(found.folder('fonts')).toBe(path.join(resources, 'fonts'));
      expect(found.folder('bin')).toBe(path.join(resources, 'bin'));
    }
    // A package.json beside the app does not make it a checkout.
    writeFileSync(path.join(resources, 'package.json'), '{}');
    expect(
      locateResources({ moduleDir: path.join(resources, 'app.asar/out/main'), resourcesPath: resources })
        .layout,
    ).toBe('packaged');
  });

  it('refuses with a typed error and a hint when no resources folder is found', () => {
    const lonely = layout('lonely', ['out/main/index.js']);
    let caught: unknown;
    try {
      locateResources({ moduleDir: path.join(lonely, 'out/main'), resourcesPath: undefined });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GuftaguError);
    expect((caught as GuftaguError).code).toBe('tool-missing');
    expect((caught as GuftaguError).hint).toMatch(/Reinstall Guftagu/);
  });

  it('finds this checkout from the engine itself (no options): its fonts and sample are there', () => {
    expect(electronResourcesPath()).toBeUndefined(); // plain Node, not Electron
    const repoRoot = path.resolve(__dirname, '../../..');
    expect(locateResources().layout).toBe('checkout');
    expect(resourceFolder('fonts')).toBe(path.join(repoRoot, 'resources', 'fonts'));
    expect(resourceFolder('sample')).toBe(path.join(repoRoot, 'resources', 'sample'));
  });
});
