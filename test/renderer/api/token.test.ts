import { describe, expect, it } from 'vitest';
import {
  bootstrapToken,
  browserMediaUrl,
  socketProtocols,
  socketUrl,
  storedToken,
  TOKEN_STORAGE_KEY,
} from '../../../renderer/src/api/token';
import { checkMediaSignature } from '../../../shared/security/mediaSignature';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}

describe('browser-mode token and URLs', () => {
  it('keeps a token from the fragment (or an old-style query) for this tab', () => {
    const storage = memoryStorage();
    expect(bootstrapToken({ search: '', hash: '#token=s3cr%2Bt&x=1' }, storage)).toBe(true);
    expect(storage.values.get(TOKEN_STORAGE_KEY)).toBe('s3cr+t');
    expect(storedToken(storage)).toBe('s3cr+t');
    const old = memoryStorage();
    expect(bootstrapToken({ search: '?token=abc', hash: '' }, old)).toBe(true);
    expect(storedToken(old)).toBe('abc');
  });

  it('leaves an earlier token alone when the address has none', () => {
    const storage = memoryStorage();
    storage.setItem(TOKEN_STORAGE_KEY, 'old');
    expect(bootstrapToken({ search: '', hash: '' }, storage)).toBe(false);
    expect(storedToken(storage)).toBe('old');
    expect(storedToken(memoryStorage())).toBeUndefined();
  });

  it('builds the socket URL on the page host without the token; the token rides in a subprotocol', () => {
    expect(socketUrl({ protocol: 'http:', host: '127.0.0.1:4321' })).toBe('ws://127.0.0.1:4321/ws');
    expect(socketUrl({ protocol: 'https:', host: 'example.test' })).toBe('wss://example.test/ws');
    expect(socketProtocols('abc')).toEqual(['guftagu', 'guftagu-token.abc']);
    expect(socketProtocols(undefined)).toEqual(['guftagu']);
  });

  it('encodes ids in media URLs and signs each asset, never carrying the token itself', () => {
    const nowMs = Date.UTC(2026, 11, 5, 10, 30);
    const url = browserMediaUrl('tok', 's/1', 'm 2', 'thumbnail', nowMs);
    expect(url).toMatch(/^\/media\/s%2F1\/m%202\/thumbnail\?exp=\d+&sig=[0-9a-f]{64}$/);
    expect(url).not.toContain('tok');
    const parsed = new URL(url, 'http://127.0.0.1');
    const check = (pathname: string, atMs: number) =>
      checkMediaSignature(
        'tok',
        pathname,
        parsed.searchParams.get('exp'),
        parsed.searchParams.get('sig'),
        atMs,
      );
    expect(check(parsed.pathname, nowMs)).toBe('ok');
    expect(check('/media/s%2F1/m%202/source', nowMs)).toBe('bad-signature');
    expect(check(parsed.pathname, nowMs + 3 * 60 * 60 * 1000)).toBe('expired');
    // Stable within the hour, so a <video> element is not reloaded on every render.
    expect(browserMediaUrl('tok', 's/1', 'm 2', 'thumbnail', nowMs + 60_000)).toBe(url);
    expect(browserMediaUrl(undefined, 's', 'm', 'source')).toBe('/media/s/m/source');
  });
});
