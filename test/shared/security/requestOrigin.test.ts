import { describe, expect, it } from 'vitest';
import { checkRequestOrigin, type RequestOriginHeaders } from '../../../shared/security/requestOrigin';

const port = 5780;
const row = (host?: string, origin?: string, secFetchSite?: string): RequestOriginHeaders => ({
  host,
  origin,
  secFetchSite,
});

describe('which requests reach the browser-mode server', () => {
  it.each([
    [row('127.0.0.1:5780'), 'ok'],
    [row('localhost:5780'), 'ok'],
    [row('LOCALHOST:5780', 'http://localhost:5780', 'same-origin'), 'ok'],
    [row('127.0.0.1:5780', 'http://127.0.0.1:5780', 'same-origin'), 'ok'],
    [row('127.0.0.1:5780', undefined, 'none'), 'ok'],
    [row(undefined), 'bad-host'],
    [row('127.0.0.1'), 'bad-host'],
    [row('127.0.0.1:5781'), 'bad-host'],
    [row('evil.example:5780'), 'bad-host'],
    [row('127.0.0.1.nip.io:5780'), 'bad-host'],
    [row('[::1]:5780'), 'bad-host'],
    [row('127.0.0.1:5780', 'http://127.0.0.1:9999'), 'bad-origin'],
    [row('127.0.0.1:5780', 'http://localhost:9999'), 'bad-origin'],
    [row('127.0.0.1:5780', 'null'), 'bad-origin'],
    [row('127.0.0.1:5780', 'https://127.0.0.1:5780'), 'bad-origin'],
    [row('127.0.0.1:5780', undefined, 'same-site'), 'cross-site'],
    [row('127.0.0.1:5780', undefined, 'cross-site'), 'cross-site'],
  ])('%j → %s', (headers, verdict) => {
    expect(checkRequestOrigin(headers, port)).toBe(verdict);
  });
});
