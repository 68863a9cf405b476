import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../electron/engine/settingsStore';
import { GuftaguError } from '../../../shared/errors';
import type { DocumentChange } from '../../../shared/model/documents';
import { useTempDirs } from '../../support/tempDir';

const tempDir = useTempDirs('guftagu-settings-');

describe('SettingsStore (through the document store)', () => {
  it('saves a change with its schemaVersion, announces it, and reads it back', async () => {
    const dir = tempDir();
    const changes: DocumentChange[] = [];
    const store = new SettingsStore(dir, (change) => changes.push(change));
    expect((await store.get()).uiLanguage).toBe('en');
    const saved = await store.update({ uiLanguage: 'ur' });
    expect(saved.uiLanguage).toBe('ur');
    expect(JSON.parse(readFileSync(path.join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      schemaVersion: 2,
      uiLanguage: 'ur',
    });
    expect(changes).toEqual([{ kind: 'settings', documentId: 'settings.json' }]);
    expect((await new SettingsStore(dir).get()).uiLanguage).toBe('ur');
  });

  it('keeps both changes when two Guftagu processes change different settings (re-read under the lock)', async () => {
    const dir = tempDir();
    const first = new SettingsStore(dir);
    const second = new SettingsStore(dir);
    // Both have read the settings before either saves, as two running processes would.
    await Promise.all([first.get(), second.get()]);
    await first.update({ uiLanguage: 'ur' });
    await second.update({ ffmpegConcurrency: 3 });
    const onDisk = await new SettingsStore(dir).get();
    expect(onDisk.uiLanguage).toBe('ur');
    expect(onDisk.ffmpegConcurrency).toBe(3);
  });

  it('reports a corrupt settings file and leaves it untouched', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'settings.json'), '{ not json');
    const error: unknown = await new SettingsStore(dir)
      .update({ uiLanguage: 'ur' })
      .catch((reason: unknown) => reason);
    expect((error as GuftaguError).code).toBe('document-corrupt');
    expect(readFileSync(path.join(dir, 'settings.json'), 'utf8')).toBe('{ not json');
  });
});
