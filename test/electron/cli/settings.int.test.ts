import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';

let root: string;
let configDir: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-cli-settings-'));
  configDir = path.join(root, 'config');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const guftagu = (...args: string[]) => runCli(configDir, args);

describe('guftagu settings', () => {
  it('shows the defaults: ffmpeg Automatic', async () => {
    const result = await guftagu('settings', 'get', '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ffmpegSource: 'auto', ffmpegConcurrency: 2 });
  });

  it('sets and clears settings in the settings.json the app reads, and says which ffmpeg now runs', async () => {
    const bundled = await guftagu('settings', 'set', 'ffmpegSource', 'bundled');
    expect(bundled.code, bundled.stderr).toBe(0);
    expect(bundled.stdout).toContain('ffmpeg in use: ');
    expect(bundled.stdout).toContain('(you chose the bundled ffmpeg)');
    const withPath = await guftagu('settings', 'set', 'ffmpegPath', '/usr/bin/ffmpeg');
    expect(withPath.stdout).toContain('ffmpeg in use: /usr/bin/ffmpeg (the path you set)');
    const file = JSON.parse(readFileSync(path.join(configDir, 'settings.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(file).toMatchObject({ schemaVersion: 2, ffmpegSource: 'bundled', ffmpegPath: '/usr/bin/ffmpeg' });
    expect((await guftagu('settings', 'get', 'ffmpegPath')).stdout).toBe('/usr/bin/ffmpeg\n');
    await guftagu('settings', 'unset', 'ffmpegPath');
    expect((await guftagu('settings', 'get', 'ffmpegPath')).stdout).toBe('(not set)\n');
    const auto = await guftagu('settings', 'set', 'ffmpegSource', 'auto');
    expect(auto.stdout).toMatch(/ffmpeg in use: .*\(automatic: /);
  });

  it('refuses unknown settings, bad values and a path that cannot run, leaving the file as it was', async () => {
    const before = readFileSync(path.join(configDir, 'settings.json'), 'utf8');
    const unknown = await guftagu('settings', 'set', 'colour', 'red');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no setting "colour".');
    const bad = await guftagu('settings', 'set', 'ffmpegConcurrency', 'many');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('"many" is not a valid ffmpegConcurrency');
    const missing = await guftagu('settings', 'set', 'ffmpegPath', '/nonexistent/ffmpeg');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('The ffmpeg you set (/nonexistent/ffmpeg) cannot be run.');
    expect(readFileSync(path.join(configDir, 'settings.json'), 'utf8')).toBe(before);
  });
});
