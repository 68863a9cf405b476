import { emptySessionMetadata } from '../../../shared/model/programme';
import { SESSION_SCHEMA_VERSION, sessionSchema, type Session } from '../../../shared/model/session';
import type { DocumentKind } from './documentStore';

/**
 * session.json: version 0 is a hand-made file without a version; 1 is the first release; 2 adds
 * programme metadata, participants and history. A migrated file is written back as the current version
 * only when the session is next saved (reading never writes).
 */
export const sessionDocumentKind: DocumentKind<Session> = {
  label: 'Session file',
  schema: sessionSchema,
  currentVersion: SESSION_SCHEMA_VERSION,
  migrations: {
    0: (document) => ({
      notes: '',
      media: [],
      revision: 0,
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      ...document,
    }),
    1: (document) => ({
      metadata: emptySessionMetadata(),
      participants: [],
      history: [],
      ...document,
    }),
  },
};
