import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../electron/engine/settingsStore';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function storeWith(document: Record<string, unknown>): SettingsStore {
  root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-settings-'));
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'settings.json'), JSON.stringify(document));
  return new SettingsStore(root);
}

describe('settings.json version 1 → 2', () => {
  it.each([
    ['bundled', 'auto'],
    ['system', 'system'],
  ])("ffmpegSource '%s' (written by version 1) reads as '%s'", async (before, after) => {
    const store = storeWith({
      schemaVersion: 1,
      ffmpegSource: before,
      ffmpegConcurrency: 3,
      uiLanguage: 'ur',
    });
    expect(await store.get()).toMatchObject({ ffmpegSource: after, ffmpegConcurrency: 3, uiLanguage: 'ur' });
  });

  it('writes version 2 on the next update and keeps what the user chose since', async () => {
    const store = storeWith({
      schemaVersion: 1,
      ffmpegSource: 'bundled',
      ffmpegConcurrency: 2,
      uiLanguage: 'en',
    });
    await store.update({ ffmpegSource: 'bundled' });
    const written = JSON.parse(readFileSync(path.join(root ?? '', 'settings.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(written).toMatchObject({ schemaVersion: 2, ffmpegSource: 'bundled' });
    expect(await new SettingsStore(root ?? '').get()).toMatchObject({ ffmpegSource: 'bundled' });
  });
});
