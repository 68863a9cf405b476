import type { Shell, WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  ALLOWED_EXTERNAL_LINKS,
  checkExternalUrl,
  openExternalSafely,
} from '../../../electron/main/openExternal';
import { hardenWebContents } from '../../../electron/main/security';

vi.mock('electron', () => ({}));

const allowed = [{ host: 'docs.guftagu.org', pathPrefix: '/guide' }];

describe('external links', () => {
  it('allows only https links to an allowed host and path', () => {
    expect(checkExternalUrl('https://docs.guftagu.org/guide', allowed)).toBe(
      'https://docs.guftagu.org/guide',
    );
    expect(checkExternalUrl('https://DOCS.guftagu.org/guide/install#windows', allowed)).toBe(
      'https://docs.guftagu.org/guide/install#windows',
    );
    const refused = [
      'http://docs.guftagu.org/guide',
      'file:///C:/Windows/System32/calc.exe',
      'ms-msdt:/id PCWDiagnostic',
      'javascript:alert(1)',
      'smb://docs.guftagu.org/guide',
      'https://docs.guftagu.org.evil.example/guide',
      'https://evil.example/?https://docs.guftagu.org/guide',
      'https://docs.guftagu.org/guidebook',
      'https://docs.guftagu.org/guide/../admin',
      'https://docs.guftagu.org/guide/%2e%2e/admin',
      'https://user:pass@docs.guftagu.org/guide',
      'https://docs.guftagu.org:8443/guide',
      'not a url',
      '',
    ];
    for (const url of refused) expect(checkExternalUrl(url, allowed), url).toBeUndefined();
  });

  it('ships an allow-list of https sites only', () => {
    for (const link of ALLOWED_EXTERNAL_LINKS) {
      expect(link.pathPrefix.startsWith('/')).toBe(true);
      expect(checkExternalUrl(`https://${link.host}${link.pathPrefix}`)).toBeDefined();
    }
  });

  it('opens an allowed link, refuses the rest without calling the shell, and never throws', async () => {
    const openExternal = vi.fn(async () => {});
    const log = vi.fn();
    const shell = { openExternal } as unknown as Shell;
    expect(await openExternalSafely('https://docs.guftagu.org/guide/x', { shell, log, allowed })).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://docs.guftagu.org/guide/x');
    expect(await openExternalSafely('file:///etc/passwd', { shell, log, allowed })).toBe(false);
    expect(openExternal).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('refused'));

    openExternal.mockRejectedValueOnce(new Error('no browser'));
    expect(await openExternalSafely('https://docs.guftagu.org/guide', { shell, log, allowed })).toBe(false);
  });

  it('sends target=_blank links through the check, and never opens a window', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    const openExternal = vi.fn();
    hardenWebContents(
      contents as unknown as WebContents,
      () => false,
      () => {},
      openExternal,
    );
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
    expect(handler({ url: 'https://huggingface.co/ggerganov/whisper.cpp' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://huggingface.co/ggerganov/whisper.cpp');
  });
});
