import path from 'node:path';
import { engineError } from '../../../shared/errorTexts';
import { GuftaguError } from '../../../shared/errors';
import {
  TRANSCRIPT_SCHEMA_VERSION,
  transcriptSchema,
  type Transcript,
} from '../../../shared/transcript/model';
import type { DocumentKind } from '../workspace/documentStore';
import { JsonDocument } from '../workspace/jsonDocument';
import type { SessionStore } from '../workspace/sessionStore';

const transcriptKind: DocumentKind<Transcript> = {
  label: 'Transcript file',
  schema: transcriptSchema,
  currentVersion: TRANSCRIPT_SCHEMA_VERSION,
  migrations: {},
};

/** Transcripts live beside the session: transcripts/<mediaId>.json, versioned, atomic, with backups. */
export class TranscriptStore {
  constructor(
    private readonly sessions: SessionStore,
    private readonly options: { onSaved?: (sessionId: string, mediaId: string) => void } = {},
  ) {}

  file(sessionId: string, mediaId: string): string {
    if (!/^[a-z0-9-]{3,80}$/.test(mediaId)) throw engineError('media-not-in-session');
    return path.join(this.sessions.folder(sessionId), 'transcripts', `${mediaId}.json`);
  }

  private document(sessionId: string, mediaId: string): JsonDocument<Transcript> {
    return new JsonDocument(this.file(sessionId, mediaId), transcriptKind, {
      change: {
        identity: { kind: 'transcript', sessionId, documentId: mediaId },
        notify: this.sessions.notify,
      },
    });
  }

  /** The transcript, or undefined when the media has not been transcribed yet. */
  async get(sessionId: string, mediaId: string): Promise<Transcript | undefined> {
    try {
      return await this.document(sessionId, mediaId).read();
    } catch (error) {
      if (error instanceof GuftaguError && error.code === 'not-found') return undefined;
      throw error;
    }
  }

  /**
   * Writes a transcript. With `baseRevision`, the save is an edit: it is refused when the file on disk has
   * moved on since (another window saved), so neither loses the other's work. A new transcription (no
   * base) replaces the old one and continues its revision count.
   */
  async save(sessionId: string, transcript: Transcript, baseRevision?: number): Promise<Transcript> {
    const { document } = await this.document(sessionId, transcript.mediaId).rewrite(async () => {
      // What is on disk now, read under the lock (a corrupt or newer file is reported, never overwritten).
      const current = await this.get(sessionId, transcript.mediaId);
      const currentRevision = current?.revision ?? 0;
      if (baseRevision !== undefined && current && baseRevision !== currentRevision) {
        throw engineError('transcript-changed-elsewhere');
      }
      const next: Transcript = {
        ...transcript,
        revision: current ? currentRevision + 1 : transcript.revision,
        updatedAt: new Date().toISOString(),
      };
      return { next, result: undefined };
    });
    this.options.onSaved?.(sessionId, transcript.mediaId);
    return document;
  }

  /**
   * Removes the media's transcript (undoing an import onto a media that had none), only while it is still at
   * `baseRevision`: a transcript changed since is kept ('locked'). True when one was removed.
   */
  async remove(sessionId: string, mediaId: string, baseRevision: number): Promise<boolean> {
    const removed = await this.document(sessionId, mediaId).remove(async () => {
      const current = await this.get(sessionId, mediaId);
      if (!current) return false;
      if (current.revision !== baseRevision) throw engineError('import-undo-stale');
      return true;
    });
    if (removed) this.options.onSaved?.(sessionId, mediaId);
    return removed;
  }
}
