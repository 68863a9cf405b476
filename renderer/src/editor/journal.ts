import { z } from 'zod';
import { transcriptSchema, type Transcript } from '../../../shared/transcript/model';

/**
 * Crash safety: the latest unsaved transcript of an editor, written to localStorage synchronously on every
 * change and removed after a successful save. If the app dies between an edit and its save, the next
 * opening finds it and offers to restore it.
 */
const journalSchema = z.object({
  baseRevision: z.number().int().nonnegative(),
  writtenAt: z.string(),
  transcript: transcriptSchema,
});
export type Journal = z.infer<typeof journalSchema>;

export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const journalKey = (sessionId: string, mediaId: string): string =>
  `guftagu.editorJournal.${sessionId}.${mediaId}`;

/** The stored journal, or undefined when there is none or it cannot be read (then it is removed). */
export function readJournal(storage: JournalStorage, key: string): Journal | undefined {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  try {
    const parsed = journalSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: a damaged journal is no use to anyone.
  }
  clearJournal(storage, key);
  return undefined;
}

/** Writes the journal; false when storage refused (full or disabled), so the caller can warn. */
export function writeJournal(
  storage: JournalStorage,
  key: string,
  transcript: Transcript,
  baseRevision: number,
): boolean {
  const journal: Journal = { baseRevision, writtenAt: new Date().toISOString(), transcript };
  try {
    storage.setItem(key, JSON.stringify(journal));
    return true;
  } catch {
    return false;
  }
}

export function clearJournal(storage: JournalStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: storage is unavailable, so there is no journal either.
  }
}

/** True when a journal holds edits the saved transcript lacks (its tracks differ from the saved ones). */
export function journalWorthOffering(journal: Journal | undefined, saved: Transcript): journal is Journal {
  if (journal === undefined || journal.transcript.mediaId !== saved.mediaId) return false;
  return JSON.stringify(journal.transcript.tracks) !== JSON.stringify(saved.tracks);
}
