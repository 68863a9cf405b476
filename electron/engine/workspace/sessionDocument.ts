import { SESSION_SCHEMA_VERSION, sessionSchema, type Session } from '../../../shared/model/session';
import type { DocumentKind } from './documentStore';

/** session.json: version 1 is the first release; version 0 is a hand-made file without a version. */
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
  },
};
