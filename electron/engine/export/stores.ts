import path from 'node:path';
import { z } from 'zod';
import {
  CLIPS_SCHEMA_VERSION,
  captionStyleSchema,
  clipsDocumentSchema,
  exportJobRecordSchema,
  type CaptionStyle,
  type ClipsDocument,
  type ExportJobRecord,
} from '../../../shared/model/clips';
import { presetsDocumentSchema, type Preset, type PresetsDocument } from '../../../shared/export/presets';
import type { SessionStore } from '../workspace/sessionStore';
import type { DocumentChange } from '../../../shared/model/documents';
import { JsonDocument } from '../workspace/jsonDocument';

const stylesDocumentSchema = z.object({ schemaVersion: z.literal(1), styles: z.array(captionStyleSchema) });
type StylesDocument = z.infer<typeof stylesDocumentSchema>;

const exportQueueDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  records: z.array(exportJobRecordSchema),
});
export type ExportQueueDocument = z.infer<typeof exportQueueDocumentSchema>;

export const CLIPS_FILE = 'clips.json';
export const STYLES_FILE = 'styles.json';
export const PRESETS_FILE = 'presets.json';
export const EXPORT_QUEUE_FILE = 'export-queue.json';

/** `<session>/clips.json`, one document per session (kept out of session.json). */
export function clipsDocument(sessions: SessionStore, sessionId: string): JsonDocument<ClipsDocument> {
  return new JsonDocument(
    path.join(sessions.folder(sessionId), CLIPS_FILE),
    {
      label: 'Clips file',
      schema: clipsDocumentSchema,
      currentVersion: CLIPS_SCHEMA_VERSION,
      migrations: {},
    },
    {
      empty: () => ({ schemaVersion: CLIPS_SCHEMA_VERSION, clips: [] }),
      change: { identity: { kind: 'clips', sessionId, documentId: sessionId }, notify: sessions.notify },
    },
  );
}

/** The workspace's own documents: named caption styles, user presets, the export queue. */
export class ExportLibrary {
  readonly styles: JsonDocument<StylesDocument>;
  readonly presets: JsonDocument<PresetsDocument>;
  readonly queue: JsonDocument<ExportQueueDocument>;

  constructor(
    readonly workspacePath: string,
    notify: (change: DocumentChange) => void = () => {},
  ) {
    this.styles = new JsonDocument(
      path.join(workspacePath, STYLES_FILE),
      { label: 'Caption styles file', schema: stylesDocumentSchema, currentVersion: 1, migrations: {} },
      {
        empty: () => ({ schemaVersion: 1, styles: [] }),
        change: { identity: { kind: 'styles', documentId: STYLES_FILE }, notify },
      },
    );
    this.presets = new JsonDocument(
      path.join(workspacePath, PRESETS_FILE),
      { label: 'Presets file', schema: presetsDocumentSchema, currentVersion: 1, migrations: {} },
      {
        empty: () => ({ schemaVersion: 1, presets: [] }),
        change: { identity: { kind: 'presets', documentId: PRESETS_FILE }, notify },
      },
    );
    // The queue changes on every job start and end: no rolling backups, still atomic.
    this.queue = new JsonDocument(
      path.join(workspacePath, EXPORT_QUEUE_FILE),
      { label: 'Export queue file', schema: exportQueueDocumentSchema, currentVersion: 1, migrations: {} },
      {
        empty: () => ({ schemaVersion: 1, records: [] }),
        backups: false,
        change: { identity: { kind: 'export-queue', documentId: EXPORT_QUEUE_FILE }, notify },
      },
    );
  }

  async userStyles(): Promise<CaptionStyle[]> {
    return (await this.styles.read()).styles;
  }

  async userPresets(): Promise<Preset[]> {
    return (await this.presets.read()).presets;
  }

  async records(): Promise<ExportJobRecord[]> {
    return (await this.queue.read()).records;
  }

  /** Changes some records; finished ones beyond the newest 1,000 are dropped so the file stays small. */
  async updateRecords(change: (records: ExportJobRecord[]) => void): Promise<ExportJobRecord[]> {
    const document = await this.queue.update((current) => {
      change(current.records);
      const finished = current.records.filter((record) => !['queued', 'running'].includes(record.state));
      if (finished.length > 1000) {
        const drop = new Set(
          finished
            .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
            .slice(0, finished.length - 1000)
            .map((record) => record.id),
        );
        current.records = current.records.filter((record) => !drop.has(record.id));
      }
    });
    return document.records;
  }
}
