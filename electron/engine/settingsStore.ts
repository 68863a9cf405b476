import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { GuftaguError } from '../../shared/errors';
import {
  settingsSchema,
  type ClearableSetting,
  type Settings,
  type SettingsPatch,
} from '../../shared/model/settings';
import { readDocument, writeDocument, type DocumentKind } from './workspace/documentStore';

/** 1: first release; 2: ffmpegSource 'auto' (the new default). */
const SETTINGS_VERSION = 2;
const storedSettingsSchema = settingsSchema.extend({ schemaVersion: z.literal(SETTINGS_VERSION) });

const settingsKind: DocumentKind<z.infer<typeof storedSettingsSchema>> = {
  label: 'Settings file',
  schema: storedSettingsSchema,
  currentVersion: SETTINGS_VERSION,
  migrations: {
    0: (document) => document,
    // Version 1 wrote the default ffmpegSource ('bundled') into every file and had no screen or command to
    // choose it, so 'bundled' there was nobody's choice: it becomes 'auto'. 'system' was chosen; it stays.
    1: (document) =>
      document['ffmpegSource'] === 'bundled' ? { ...document, ffmpegSource: 'auto' } : document,
  },
};

/** Per-user settings (settings.json in the config folder), written atomically with backups. */
export class SettingsStore {
  private cached: Settings | undefined;

  constructor(readonly configDir: string) {}

  get file(): string {
    return path.join(this.configDir, 'settings.json');
  }

  async get(): Promise<Settings> {
    if (this.cached) return this.cached;
    try {
      const { schemaVersion: _version, ...settings } = await readDocument(this.file, settingsKind);
      this.cached = settings;
    } catch (error) {
      if (!(error instanceof GuftaguError) || error.code !== 'not-found') throw error;
      this.cached = settingsSchema.parse({});
    }
    return this.cached;
  }

  async update(patch: SettingsPatch): Promise<Settings> {
    return this.write(settingsSchema.parse({ ...(await this.get()), ...patch }));
  }

  /** Clears optional settings (a path), so the default applies again. */
  async unset(
    keys: readonly ('workspacePath' | 'ffmpegPath' | 'ffprobePath' | 'whisperPath')[],
  ): Promise<Settings> {
    const current: Record<string, unknown> = { ...(await this.get()) };
    for (const key of keys) delete current[key];
    return this.write(settingsSchema.parse(current));
  }

  private async write(next: Settings): Promise<Settings> {
    await fs.mkdir(this.configDir, { recursive: true });
    await writeDocument(
      this.file,
      { schemaVersion: SETTINGS_VERSION, ...next },
      { minIntervalMs: 0, keep: 5 },
    );
    this.cached = next;
    return next;
  }
}
