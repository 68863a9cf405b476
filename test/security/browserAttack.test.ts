import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../e2e/support/harness';

// Issue 12, "CSRF from other local pages" and "a page on http://localhost:<any port> killed the server
// with new WebSocket('ws://127.0.0.1:<port>//')": the real page is opened from the printed link in
// Chromium, then a page served from another loopback port in the same browser attacks it.
let harness: Harness;
let attacker: Server;
let attackerPort = 0;
const attackerSaw: IncomingHttpHeaders[] = [];

const attackScript = (target: string, mediaPath: string) => `
(async () => {
  const results = {};
  const targets = ['${target}', '${target.replace('127.0.0.1', 'localhost')}'];
  for (const [index, base] of targets.entries()) {
    for (const body of [JSON.stringify({ title: 'csrf ' + index }), 'title=csrf']) {
      try {
        await fetch(base + '/api/sessions.create', { method: 'POST', mode: 'no-cors', body, credentials: 'include' });
        results['fetch' + index] = 'sent';
      } catch (error) {
        results['fetch' + index] = 'failed';
      }
    }
    try {
      const response = await fetch(base + '/api/sessions.list', { method: 'POST', body: '{}' });
      results['cors' + index] = 'read ' + (await response.text());
    } catch (error) {
      results['cors' + index] = 'blocked';
    }
  }
  const socketOutcome = (url, protocols) =>
    new Promise((resolve) => {
      let socket;
      try {
        socket = new WebSocket(url, protocols);
      } catch (error) {
        resolve('threw');
        return;
      }
      const timer = setTimeout(() => resolve('pending'), 4000);
      socket.onopen = () => { clearTimeout(timer); socket.send(JSON.stringify({ type: 'call', id: 1, method: 'sessions.create', payload: { title: 'ws csrf' } })); resolve('opened'); };
      socket.onerror = () => { clearTimeout(timer); resolve('refused'); };
    });
  results.slashSlash = await socketOutcome('${target.replace('http', 'ws')}//');
  results.socket = await socketOutcome('${target.replace('http', 'ws')}/ws');
  results.socketWithProtocol = await socketOutcome('${target.replace('http', 'ws')}/ws', ['guftagu']);
  results.media = await new Promise((resolve) => {
    const image = new Image();
    image.onload = () => resolve('loaded');
    image.onerror = () => resolve('refused');
    image.src = '${target}${mediaPath}';
  });
  window.attackResults = results;
})();
`;

beforeAll(async () => {
  harness = await startHarness();
  attacker = createServer((request, response) => {
    attackerSaw.push(request.headers);
    if (request.url?.startsWith('/attack.js')) {
      const session = new URL(request.url, 'http://x').searchParams.get('media') ?? '';
      response
        .writeHead(200, { 'content-type': 'text/javascript' })
        .end(attackScript(harness.server.url, session));
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        `<!doctype html><title>another local app</title><script src="/attack.js${request.url?.slice(1) ?? ''}"></script>`,
      );
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerPort = (attacker.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => attacker?.close(resolve));
  await harness?.close();
});

describe('requests only from our own page', () => {
  it('keeps the token out of cookies and out of the address bar once the printed link is opened', async () => {
    const { page } = harness;
    await page.getByTestId('new-session-input').waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => sessionStorage.getItem('guftagu.token'))).toBe(harness.server.token);
  });

  it('another loopback page cannot create a session, open the socket, read media or kill the server', async () => {
    const victim = await harness.engine.api['sessions.create']({ title: 'Victim' });
    const before = (await harness.engine.api['sessions.list']({})).length;
    const mediaPath = `/media/${victim.id}/m-none/thumbnail`;
    // The person's own tab and the other local app's tab share one browser profile (cookies and all).
    const context = await harness.browser.newContext();
    const own = await context.newPage();
    await own.goto(harness.server.openUrl);
    await own.getByTestId('new-session-input').waitFor();
    for (const origin of [`http://127.0.0.1:${attackerPort}`, `http://localhost:${attackerPort}`]) {
      const page = await context.newPage();
      try {
        await page.goto(`${origin}/?media=${encodeURIComponent(mediaPath)}`);
        await expect
          .poll(() => page.evaluate(() => (window as Window & { attackResults?: unknown }).attackResults), {
            timeout: 60_000,
          })
          .toBeDefined();
        const results = (await page.evaluate(
          () => (window as Window & { attackResults?: Record<string, string> }).attackResults,
        )) as Record<string, string>;
        expect(results['socket']).toBe('refused');
        expect(results['socketWithProtocol']).toBe('refused');
        expect(results['slashSlash']).toBe('refused');
        expect(results['media']).toBe('refused');
        expect(results['cors0']).toBe('blocked');
        expect(results['cors1']).toBe('blocked');
      } finally {
        await page.close();
      }
    }
    expect(await context.cookies()).toEqual([]);
    await context.close();
    expect((await harness.engine.api['sessions.list']({})).length).toBe(before);
    for (const headers of attackerSaw) expect(headers.cookie ?? '').not.toMatch(/guftagu/);
    const alive = await fetch(`${harness.server.url}/api/sessions.list`, {
      method: 'POST',
      headers: { 'x-guftagu-token': harness.server.token },
      body: '{}',
    });
    expect(alive.status).toBe(200);
  });

  it('the page itself still works after the attack (its socket answers)', async () => {
    const { page } = harness;
    await page.getByTestId('new-session-input').fill('After the attack، ۲۰۲۶');
    await page.getByTestId('new-session-input').press('Enter');
    await expect.poll(() => page.getByTestId('session-title').textContent()).toBe('After the attack، ۲۰۲۶');
  });
});
