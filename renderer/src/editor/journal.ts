import { z } from 'zod';
import {
  cueSchema,
  trackSchema,
  transcriptSchema,
  type Cue,
  type Track,
  type Transcript,
} from '../../../shared/transcript/model';

/**
 * Crash safety: the latest unsaved transcript of an editor, written to localStorage soon after a change
 * (see useEditorDocument) and removed after a successful save. If the app dies between an edit and its save, the next
 * opening finds it and offers to restore it.
 *
 * What is stored is the edit, not the whole transcript: a cue that is the very cue of the saved transcript is
 * written as its id only, so a key typed into a 2-hour transcript writes kilobytes, not megabytes (a
 * multi-megabyte localStorage write blocks the page for tens of milliseconds, inside the typing). Reading it
 * back takes those cues from the saved transcript by id: when another window saved meanwhile, its version of
 * the cues this editor did not touch is kept, and a cue it deleted stays deleted.
 */
const storedTrackSchema = trackSchema.extend({ cues: z.array(z.union([cueSchema, z.string().min(1)])) });
const storedJournalSchema = z.object({
  baseRevision: z.number().int().nonnegative(),
  writtenAt: z.string(),
  /** Cues written whole, or the id of a saved cue that was not changed (journals before this: all whole). */
  transcript: transcriptSchema.extend({ tracks: z.array(storedTrackSchema) }),
});
type StoredTrack = z.infer<typeof storedTrackSchema>;

/** A journal as the editor offers it: the whole transcript, rebuilt against the saved one. */
export interface Journal {
  baseRevision: number;
  writtenAt: string;
  transcript: Transcript;
}

export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const journalKey = (sessionId: string, mediaId: string): string =>
  `guftagu.editorJournal.${sessionId}.${mediaId}`;

function rebuildTrack(stored: StoredTrack, saved: Track | undefined): Track {
  const savedById = new Map(saved?.cues.map((cue) => [cue.id, cue]));
  const cues: Cue[] = [];
  for (const entry of stored.cues) {
    if (typeof entry !== 'string') cues.push(entry);
    else {
      // A cue this editor did not change, as the workspace has it now; gone when it was deleted there.
      const cue = savedById.get(entry);
      if (cue) cues.push(cue);
    }
  }
  return { ...stored, cues };
}

/**
 * The stored journal rebuilt against `saved` (the transcript as the workspace has it now), or undefined when
 * there is none or it cannot be read (then it is removed).
 */
export function readJournal(storage: JournalStorage, key: string, saved: Transcript): Journal | undefined {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  try {
    const parsed = storedJournalSchema.safeParse(JSON.parse(raw));
    if (parsed.success) {
      const { transcript, ...head } = parsed.data;
      const savedTracks = new Map(saved.tracks.map((track) => [track.id, track]));
      const tracks = transcript.tracks.map((track) => rebuildTrack(track, savedTracks.get(track.id)));
      return { ...head, transcript: { ...transcript, tracks } };
    }
  } catch {
    // Not JSON: a damaged journal is no use to anyone.
  }
  clearJournal(storage, key);
  return undefined;
}

/**
 * Writes the journal: `transcript` as the edits made it, with each cue that is still the very cue of `saved`
 * written as its id (`saved` undefined: every cue whole). False when storage refused (full or disabled), so
 * the caller can warn.
 */
export function writeJournal(
  storage: JournalStorage,
  key: string,
  transcript: Transcript,
  baseRevision: number,
  saved?: Transcript,
): boolean {
  const head = JSON.stringify({ baseRevision, writtenAt: new Date().toISOString() });
  try {
    storage.setItem(key, `${head.slice(0, -1)},"transcript":${transcriptJson(transcript, saved)}}`);
    return true;
  } catch {
    return false;
  }
}

/** Each cue's JSON, kept while the cue object lives: an edit makes a new cue, so only it is written again. */
const cueJson = new WeakMap<Cue, string>();
/** Each saved transcript's cues by track and id, made once per saved transcript. */
const savedIndex = new WeakMap<Transcript, Map<string, Map<string, Cue>>>();

function savedCues(saved: Transcript): Map<string, Map<string, Cue>> {
  let index = savedIndex.get(saved);
  if (index === undefined) {
    index = new Map(saved.tracks.map((track) => [track.id, new Map(track.cues.map((cue) => [cue.id, cue]))]));
    savedIndex.set(saved, index);
  }
  return index;
}

/** `{...head, [key]: [items]}` as JSON, from the JSON of the rest of the object and of each item. */
const withArray = (rest: object, key: string, items: readonly string[]): string => {
  const head = JSON.stringify(rest);
  return `${head.slice(0, -1)}${head === '{}' ? '' : ','}${JSON.stringify(key)}:[${items.join(',')}]}`;
};

function trackJson(track: Track, saved: Map<string, Cue> | undefined): string {
  const { cues, ...rest } = track;
  const items = cues.map((cue) => {
    // The same object as the saved cue of that id: unchanged since the save (edits make new cues).
    if (saved?.get(cue.id) === cue) return JSON.stringify(cue.id);
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
 * The transcript as the journal stores it, written from the cached JSON of the cues: with `saved`, a cue still
 * the very cue of the saved transcript is its id; without, this is exactly JSON.stringify(transcript).
 */
export function transcriptJson(transcript: Transcript, saved?: Transcript): string {
  const { tracks, ...rest } = transcript;
  const index = saved === undefined ? undefined : savedCues(saved);
  return withArray(
    rest,
    'tracks',
    tracks.map((track) => trackJson(track, index?.get(track.id))),
  );
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
