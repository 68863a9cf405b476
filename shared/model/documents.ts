import { z } from 'zod';

/** Every kind of JSON document the app keeps; each write of one is announced as a DocumentChange. */
export const documentKinds = [
  'session',
  'transcript',
  'clips',
  'styles',
  'presets',
  'export-queue',
  'settings',
  'recent-workspaces',
  'window-state',
  'glossary',
] as const;
export type DocumentKindName = (typeof documentKinds)[number];

/**
 * What changed: the kind, the session it belongs to (none for workspace- or user-wide documents) and which
 * document of that kind (the session id, the media id of a transcript, the file name otherwise).
 */
export const documentChangeSchema = z.object({
  kind: z.enum(documentKinds),
  sessionId: z.string().optional(),
  documentId: z.string(),
});
export type DocumentChange = z.infer<typeof documentChangeSchema>;
