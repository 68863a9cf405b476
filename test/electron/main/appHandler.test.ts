import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createAppHandler } from '../../../electron/main/appHandler';
import { APP_INDEX_URL } from '../../../electron/main/appScheme';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn(), unhandle: vi.fn() },
}));
vi.mock('electron', () => electron);

const parent = mkdtempSync(join(tmpdir(), 'guftagu-app-'));
const root = join(parent, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Guftagu</title>');
writeFileSync(join(root, 'assets/index-abc.js'), 'export {};');
writeFileSync(join(parent, 'secret.txt'), 'outside the renderer folder');
const handler = createAppHandler(root, "default-src 'self'");
const get = (url: string) => handler(new Request(url));

afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('the guftagu-app:// scheme', () => {
  it('serves the page and its assets with their types and the CSP', async () => {
    const page = await get(APP_INDEX_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(await page.text()).toContain('Guftagu');
    const script = await get('guftagu-app://app/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('guftagu-app://app/')).status).toBe(200);
  });

  it.each([
    ['guftagu-app://app/../secret.txt', [403, 404]],
    ['guftagu-app://app/%2e%2e/secret.txt', [403, 404]],
    ['guftagu-app://app/assets/..%2f..%2fsecret.txt', [403]],
    ['guftagu-app://app/%E0%A4%A', [403]],
    ['guftagu-app://other/index.html', [403]],
    ['guftagu-app://app/assets', [404]],
    ['guftagu-app://app/missing.js', [404]],
  ])('refuses %s', async (url, statuses) => {
    const response = await get(url);
    expect(statuses).toContain(response.status);
    expect(await response.text()).not.toContain('outside the renderer folder');
  });

  it('registers with the media scheme in one call, then handles the scheme', async () => {
    const { registerMediaScheme } = await import('../../../electron/main/mediaProtocol');
    const { appSchemePrivileges } = await import('../../../electron/main/appScheme');
    const { handleAppProtocol } = await import('../../../electron/main/appProtocol');
    registerMediaScheme(appSchemePrivileges);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(electron.protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0]).toEqual([
      expect.objectContaining({ scheme: 'guftagu-media' }),
      {
        scheme: 'guftagu-app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
      },
    ]);
    const undo = handleAppProtocol(root, "default-src 'self'");
    expect(electron.protocol.handle).toHaveBeenCalledWith('guftagu-app', expect.any(Function));
    undo();
    expect(electron.protocol.unhandle).toHaveBeenCalledWith('guftagu-app');
  });
});
