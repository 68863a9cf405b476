import { z } from 'zod';
import { transcriptSchema, type Cue, type Track, type Transcript } from '../../../shared/transcript/model';

/**
 * Crash safety: the latest unsaved transcript of an editor, written to localStorage soon after a change
 * (see useEditorDocument) and removed after a successful save. If the app dies between an edit and its save, the next
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
  const head = JSON.stringify({ baseRevision, writtenAt: new Date().toISOString() });
  try {
    storage.setItem(key, `${head.slice(0, -1)},"transcript":${transcriptJson(transcript)}}`);
    return true;
  } catch {
    return false;
  }
}

/** Each cue's JSON, kept while the cue object lives: an edit makes a new cue, so only it is written again. */
const cueJson = new WeakMap<Cue, string>();

/** `{...head, [key]: [items]}` as JSON, from the JSON of the rest of the object and of each item. */
const withArray = (rest: object, key: string, items: readonly string[]): string => {
  const head = JSON.stringify(rest);
  return `${head.slice(0, -1)}${head === '{}' ? '' : ','}${JSON.stringify(key)}:[${items.join(',')}]}`;
};

function trackJson(track: Track): string {
  const { cues, ...rest } = track;
  const items = cues.map((cue) => {
    let json = cueJson.get(cue);
    if (json === undefined) {
      json = JSON.stringify(cue);
      cueJson.set(cue, json);
    }
    return json;
  });
  return withArray(rest, 'cues', items);
}

/**
 * JSON.stringify(transcript), parsing back to the same value, written from the cached JSON of the cues
 * that did not change: the journal is written while typing, and a 2-hour transcript is megabytes of JSON.
 */
export function transcriptJson(transcript: Transcript): string {
  const { tracks, ...rest } = transcript;
  return withArray(rest, 'tracks', tracks.map(trackJson));
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
