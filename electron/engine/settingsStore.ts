import path from 'node:path';
import { z } from 'zod';
import type { DocumentChange } from '../../shared/model/documents';
import {
  settingsSchema,
  type ClearableSetting,
  type Settings,
  type SettingsPatch,
} from '../../shared/model/settings';
import type { DocumentKind } from './workspace/documentStore';
import { JsonDocument } from './workspace/jsonDocument';

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

type StoredSettings = z.infer<typeof storedSettingsSchema>;

/**
 * Per-user settings (settings.json in the config folder), kept by the document store: a locked
 * read-modify-write (two Guftagu processes may meet here), atomic, with backups, announced on change.
 */
export class SettingsStore {
  private cached: Settings | undefined;
  private readonly document: JsonDocument<StoredSettings>;

  constructor(
    readonly configDir: string,
    notify: (change: DocumentChange) => void = () => {},
  ) {
    this.document = new JsonDocument(path.join(configDir, 'settings.json'), settingsKind, {
      empty: () => ({ schemaVersion: SETTINGS_VERSION, ...settingsSchema.parse({}) }),
      backups: { minIntervalMs: 0, keep: 5 },
      change: { identity: { kind: 'settings', documentId: 'settings.json' }, notify },
    });
  }

  get file(): string {
    return this.document.filePath;
  }

  async get(): Promise<Settings> {
    if (this.cached) return this.cached;
    const { schemaVersion: _version, ...settings } = await this.document.read();
    this.cached = settings;
    return this.cached;
  }

  async update(patch: SettingsPatch): Promise<Settings> {
    return this.replace((current) => settingsSchema.parse({ ...current, ...patch }));
  }

  /** Clears optional settings (a path), so the default applies again. */
  async unset(keys: readonly ClearableSetting[]): Promise<Settings> {
    return this.replace((current) => {
      const next: Record<string, unknown> = { ...current };
      for (const key of keys) delete next[key];
      return settingsSchema.parse(next);
    });
  }

  /** The locked read-modify-write: `make` gets the settings as they are on disk now. */
  private async replace(make: (current: Settings) => Settings): Promise<Settings> {
    const { result } = await this.document.change((draft) => {
      const { schemaVersion: _version, ...current } = draft;
      const next = make(settingsSchema.parse(current));
      for (const key of Object.keys(current)) delete (draft as Record<string, unknown>)[key];
      Object.assign(draft, next);
      return next;
    });
    this.cached = result;
    return result;
  }
}
