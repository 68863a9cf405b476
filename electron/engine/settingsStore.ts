import path from 'node:path';
import { z } from 'zod';
import type { DocumentChange } from '../../shared/model/documents';
import { settingsSchema, type Settings, type SettingsPatch } from '../../shared/model/settings';
import type { DocumentKind } from './workspace/documentStore';
import { JsonDocument } from './workspace/jsonDocument';

const SETTINGS_VERSION = 1;
const storedSettingsSchema = settingsSchema.extend({ schemaVersion: z.literal(SETTINGS_VERSION) });

const settingsKind: DocumentKind<z.infer<typeof storedSettingsSchema>> = {
  label: 'Settings file',
  schema: storedSettingsSchema,
  currentVersion: SETTINGS_VERSION,
  migrations: { 0: (document) => document },
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
    const { result } = await this.document.change((draft) => {
      const { schemaVersion: _version, ...current } = draft;
      const next = settingsSchema.parse({ ...current, ...patch });
      for (const key of Object.keys(current)) delete (draft as Record<string, unknown>)[key];
      Object.assign(draft, next);
      return next;
    });
    this.cached = result;
    return result;
  }
}
