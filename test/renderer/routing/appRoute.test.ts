import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type AppRoute } from '../../../renderer/src/routing/appRoute';

describe('app routes in the address fragment', () => {
  const table: [string, AppRoute][] = [
    ['', { view: 'library' }],
    ['#', { view: 'library' }],
    ['#/reports', { view: 'reports' }],
    ['#/session/s-1', { view: 'session', sessionId: 's-1' }],
    ['#/session/s-1/recording/m-2', { view: 'session', sessionId: 's-1', mediaId: 'm-2' }],
    ['#/session/s-1/clip/c-3', { view: 'session', sessionId: 's-1', clipId: 'c-3' }],
    ['#/session/s-1/editor/m-2', { view: 'editor', sessionId: 's-1', mediaId: 'm-2' }],
    ['#/session/%D8%A7%D8%B1%D8%AF%D9%88%201', { view: 'session', sessionId: 'اردو 1' }],
  ];
  it.each(table)('%s ↔ %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    if (hash.length > 1) expect(formatRoute(route)).toBe(hash);
  });

  it.each([
    ['#token=abc', { view: 'library' }], // the server's printed link: not a route
    ['#/session/', { view: 'library' }],
    ['#/session/%E0%A4%A', { view: 'library' }], // a broken escape
    ['#/session/a%2Fb', { view: 'library' }], // a slash hidden in an id
    ['#/session/s-1/editor', { view: 'session', sessionId: 's-1' }],
    ['#/session/s-1/unknown/x', { view: 'session', sessionId: 's-1' }],
    ['#/session/s-1/clip/c/extra', { view: 'session', sessionId: 's-1' }],
    ['#/elsewhere', { view: 'library' }],
    ['#/reports/x', { view: 'library' }],
  ] as [string, AppRoute][])('%s reads as %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});
