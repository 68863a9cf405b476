import path from 'node:path';
import { z } from 'zod';
import { mergeSpeed, type Speed } from '../../../shared/transcript/speedEstimate';
import type { DocumentKind } from '../workspace/documentStore';
import { JsonDocument } from '../workspace/jsonDocument';

/** Beside the models it measures: the same models folder serves the app and the CLI. */
export const SPEEDS_FILE = 'transcription-speeds.json';

const storedSpeedSchema = z.object({
  factor: z.number().nonnegative(),
  loadMs: z.number().nonnegative(),
  samples: z.number().int().positive(),
  /** 'calibration' until a real run has been measured. */
  source: z.enum(['calibration', 'runs']),
  updatedAt: z.string(),
});
export type StoredSpeed = z.infer<typeof storedSpeedSchema>;

const speedsSchema = z.object({
  schemaVersion: z.literal(1),
  /** By shared/transcript/speedEstimate.ts speedKey(). */
  speeds: z.record(z.string(), storedSpeedSchema),
});
type SpeedsDocument = z.infer<typeof speedsSchema>;

const speedsKind: DocumentKind<SpeedsDocument> = {
  label: 'Transcription speeds file',
  schema: speedsSchema,
  currentVersion: 1,
  migrations: {},
};

/** Keep the file small: the speeds of builds and models long gone are dropped, oldest first. */
const MAX_ENTRIES = 64;

/**
 * How fast whisper runs on this computer, per speed key: written by calibration runs and moved by every
 * real run (a moving average, shared/transcript/speedEstimate.ts). No backups: it is a cache.
 */
export class SpeedStore {
  private readonly document: JsonDocument<SpeedsDocument>;

  constructor(readonly filePath: string) {
    this.document = new JsonDocument(filePath, speedsKind, {
      empty: () => ({ schemaVersion: 1, speeds: {} }),
      backups: false,
    });
  }

  static inFolder(folder: string): SpeedStore {
    return new SpeedStore(path.join(folder, SPEEDS_FILE));
  }

  async get(key: string): Promise<StoredSpeed | undefined> {
    return (await this.document.read()).speeds[key];
  }

  /** Adds a measurement (see below) and returns the speed now stored under `key`. */
  async record(key: string, measured: Speed, source: StoredSpeed['source']): Promise<StoredSpeed> {
    let result: StoredSpeed | undefined;
    await this.document.update((document) => {
      const stored = document.speeds[key];
      // A real run outranks a calibration: the first run replaces it, later runs move the average, and
      // a calibration never overwrites what runs measured.
      if (source === 'calibration' && stored?.source === 'runs') {
        result = stored;
        return;
      }
      const merged = mergeSpeed(stored?.source === 'runs' ? stored : undefined, measured);
      result = { ...merged, source, updatedAt: new Date().toISOString() };
      document.speeds[key] = result;
      const keys = Object.keys(document.speeds);
      if (keys.length > MAX_ENTRIES) {
        keys
          .sort((a, b) =>
            (document.speeds[a]?.updatedAt ?? '').localeCompare(document.speeds[b]?.updatedAt ?? ''),
          )
          .slice(0, keys.length - MAX_ENTRIES)
          .forEach((old) => delete document.speeds[old]);
      }
    });
    if (!result) throw new Error('speed not recorded');
    return result;
  }
}
