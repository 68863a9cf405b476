import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GuftaguError } from '../../../shared/errors';
import {
  TRANSCRIPT_SCHEMA_VERSION,
  transcriptSchema,
  type Transcript,
} from '../../../shared/transcript/model';
import { readDocument, writeDocument, type DocumentKind } from '../workspace/documentStore';
import { withFileLock } from '../workspace/fileLock';
import type { SessionStore } from '../workspace/sessionStore';

const transcriptKind: DocumentKind<Transcript> = {
  label: 'Transcript file',
  schema: transcriptSchema,
  currentVersion: TRANSCRIPT_SCHEMA_VERSION,
  migrations: {},
};

/** Transcripts live beside the session: transcripts/<mediaId>.json, versioned, atomic, with backups. */
export class TranscriptStore {
  constructor(private readonly sessions: SessionStore) {}

  file(sessionId: string, mediaId: string): string {
    if (!/^[a-z0-9-]{3,80}$/.test(mediaId))
      throw new GuftaguError('not-found', 'That media item is not in this session.', 'Refresh the session.');
    return path.join(this.sessions.folder(sessionId), 'transcripts', `${mediaId}.json`);
  }

  /** The transcript, or undefined when the media has not been transcribed yet. */
  async get(sessionId: string, mediaId: string): Promise<Transcript | undefined> {
    try {
      return await readDocument(this.file(sessionId, mediaId), transcriptKind);
    } catch (error) {
      if (error instanceof GuftaguError && error.code === 'not-found') return undefined;
      throw error;
    }
  }

  async save(sessionId: string, transcript: Transcript): Promise<void> {
    const file = this.file(sessionId, transcript.mediaId);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await withFileLock(`${file}.lock`, async () => {
      // A corrupt or newer file is reported, never overwritten.
      await this.get(sessionId, transcript.mediaId);
      await writeDocument(file, transcript);
    });
  }
}
