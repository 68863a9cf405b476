import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createEngine } from '../../electron/engine/engine';
import type { Engine } from '../../electron/engine/types';
import { startServer, type RunningServer } from '../../electron/server/server';

export const repoRoot = path.resolve(__dirname, '../..');
export const screenshotDir = path.join(repoRoot, 'test-results/screenshots');

const chromiumPath = process.env['GUFTAGU_CHROMIUM'] ?? '/usr/bin/chromium';
/** GUFTAGU_RENDERER_DIST: another build of the renderer (the benches compare one before a change). */
const rendererDist = process.env['GUFTAGU_RENDERER_DIST'] ?? path.join(repoRoot, 'renderer/dist');

export interface Harness {
  root: string;
  engine: Engine;
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Saves a full-page screenshot as test-results/screenshots/<name>.png. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Browser mode for real: the engine and server in this process, Debian's Chromium driven by playwright-core. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it (apt-get install chromium) or set GUFTAGU_CHROMIUM.`,
    );
  }
  if (!existsSync(path.join(rendererDist, 'index.html'))) {
    throw new Error('renderer/dist is missing: run "npm run build:renderer" first (npm test does it).');
  }
  const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-e2e-'));
  const engine = await createEngine({
    workspacePath: path.join(root, 'workspace'),
    configDir: path.join(root, 'config'),
    binding: 'browser',
  });
  // The bundled ffmpeg, as the e2e expectations were written for it (automatic choice: doctor.int.test.ts).
  await engine.api['settings.update']({ ffmpegSource: 'bundled' });
  const server = await startServer({ engine, staticDir: rendererDist, port: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(server.openUrl);
  mkdirSync(screenshotDir, { recursive: true });
  return {
    root,
    engine,
    server,
    browser,
    page,
    screenshot: async (name) => {
      const file = path.join(screenshotDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    close: async () => {
      await browser.close();
      await server.close();
      await engine.close();
      rmSync(root, { recursive: true, force: true });
      if (pageErrors.length > 0) throw new Error(`The page threw: ${pageErrors.join('; ')}`);
    },
  };
}
