import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { UserConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

const root = resolve(__dirname, '../..');
const config = (await import('../../electron.vite.config')).default as UserConfig;

const scriptSrc = (csp: string) =>
  csp
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === 'script-src')
    ?.slice(1);

describe('electron.vite.config.ts', () => {
  it('builds main from electron/main/index.ts, and the CLI beside it as JavaScript', () => {
    expect(config.main?.build?.rolldownOptions?.input).toEqual({
      index: join(root, 'electron/main/index.ts'),
      cli: join(root, 'electron/cli/index.ts'),
    });
  });

  it('bundles the preload whole, as CommonJS index.js (a sandboxed preload can require only electron)', () => {
    const build = config.preload?.build;
    expect(build?.externalizeDeps).toBe(false);
    expect(build?.rolldownOptions?.input).toEqual({ index: join(root, 'electron/preload/index.ts') });
    expect(build?.rolldownOptions?.output).toMatchObject({ format: 'cjs', entryFileNames: '[name].js' });
  });

  it('builds the renderer into out/renderer, where main loads it', () => {
    expect(config.renderer?.root).toBe(join(root, 'renderer'));
    expect(config.renderer?.build?.outDir).toBe(join(root, 'out/renderer'));
  });

  it("ships a page whose CSP allows scripts from 'self' only", () => {
    const html = readFileSync(join(root, 'renderer/index.html'), 'utf8');
    const tag = /<meta[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
    const meta =
      tag === undefined
        ? undefined
        : /content="([^"]*)"|content='([^']*)'/i.exec(tag)?.slice(1).find(Boolean);
    if (meta !== undefined) {
      expect(scriptSrc(meta)).toEqual(["'self'"]);
      return;
    }
    const plugin = (config.renderer?.plugins ?? [])
      .flat()
      .find(
        (candidate): candidate is Plugin =>
          typeof candidate === 'object' &&
          candidate !== null &&
          'name' in candidate &&
          candidate.name === 'guftagu:csp-meta',
      );
    const transform = plugin?.transformIndexHtml as ((html: string) => unknown) | undefined;
    expect(transform?.(html)).toEqual([
      expect.objectContaining({ attrs: expect.objectContaining({ content: CONTENT_SECURITY_POLICY }) }),
    ]);
  });
});
