import { describe, expect, it } from 'vitest';
import {
  bootstrapToken,
  browserMediaUrl,
  socketUrl,
  storedToken,
  TOKEN_STORAGE_KEY,
} from '../../../renderer/src/api/token';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}

describe('browser-mode token and URLs', () => {
  it('keeps a token from the address for this tab', () => {
    const storage = memoryStorage();
    bootstrapToken('?token=s3cr%2Bt&x=1', storage);
    expect(storage.values.get(TOKEN_STORAGE_KEY)).toBe('s3cr+t');
    expect(storedToken(storage)).toBe('s3cr+t');
  });

  it('leaves an earlier token alone when the address has none', () => {
    const storage = memoryStorage();
    storage.setItem(TOKEN_STORAGE_KEY, 'old');
    bootstrapToken('', storage);
    expect(storedToken(storage)).toBe('old');
    expect(storedToken(memoryStorage())).toBeUndefined();
  });

  it('builds the socket URL on the page host, with the token when there is one', () => {
    expect(socketUrl({ protocol: 'http:', host: '127.0.0.1:4321' }, undefined)).toBe(
      'ws://127.0.0.1:4321/ws',
    );
    expect(socketUrl({ protocol: 'https:', host: 'example.test' }, 'a b')).toBe(
      'wss://example.test/ws?token=a%20b',
    );
  });

  it('encodes ids in media URLs', () => {
    expect(browserMediaUrl('s/1', 'm 2', 'thumbnail')).toBe('/media/s%2F1/m%202/thumbnail');
  });
});
