import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../../shared/transcript/model';
import {
  clearJournal,
  journalKey,
  journalWorthOffering,
  readJournal,
  transcriptJson,
  writeJournal,
  type JournalStorage,
} from '../../../renderer/src/editor/journal';

class MemoryStorage implements JournalStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const transcript = (text: string): Transcript => ({
  schemaVersion: 1,
  mediaId: 'media-1',
  model: 'imported',
  createdAt: '2026-11-01T10:00:00.000Z',
  revision: 3,
  language: 'ur',
  tracks: [
    {
      id: 'ur',
      language: 'ur',
      direction: 'rtl',
      kind: 'transcript',
      cues: [{ id: 'c1', startMs: 0, endMs: 1000, text, words: [] }],
    },
  ],
});

describe('the crash journal', () => {
  const key = journalKey('session-1', 'media-1');

  it('writes, reads back and clears the latest unsaved transcript per session and media', () => {
    const storage = new MemoryStorage();
    expect(key).toBe('guftagu.editorJournal.session-1.media-1');
    expect(writeJournal(storage, key, transcript('edited'), 3)).toBe(true);
    const journal = readJournal(storage, key, transcript('saved'));
    expect(journal?.baseRevision).toBe(3);
    expect(journal?.transcript.tracks[0]?.cues[0]?.text).toBe('edited');
    clearJournal(storage, key);
    expect(readJournal(storage, key, transcript('saved'))).toBeUndefined();
  });

  it('offers only edits that differ from the saved transcript', () => {
    const storage = new MemoryStorage();
    writeJournal(storage, key, transcript('edited'), 3);
    const journal = readJournal(storage, key, transcript('saved'));
    expect(journalWorthOffering(journal, transcript('saved'))).toBe(true);
    expect(journalWorthOffering(journal, transcript('edited'))).toBe(false);
    expect(journalWorthOffering(journal, { ...transcript('saved'), mediaId: 'other' })).toBe(false);
    expect(journalWorthOffering(undefined, transcript('saved'))).toBe(false);
  });

  it('drops a damaged journal and reports a refused write', () => {
    const storage = new MemoryStorage();
    storage.items.set(key, '{not json');
    expect(readJournal(storage, key, transcript('saved'))).toBeUndefined();
    expect(storage.items.has(key)).toBe(false);
    storage.items.set(key, JSON.stringify({ baseRevision: 1 }));
    expect(readJournal(storage, key, transcript('saved'))).toBeUndefined();
    storage.full = true;
    expect(writeJournal(storage, key, transcript('x'), 1)).toBe(false);
  });
});

describe('the journal JSON, written from cached cues', () => {
  it('parses back to exactly what JSON.stringify writes, before and after an edit of one cue', () => {
    const mixed = transcript('ہم نے 2024 میں social media پر بات کی، پھر ۱۲ لوگ آئے۔');
    const track = mixed.tracks[0]!;
    const withWords: Transcript = {
      ...mixed,
      tracks: [
        {
          ...track,
          label: 'اردو "quoted"',
          cues: [
            { ...track.cues[0]!, words: [{ text: 'ہم', startMs: 0, endMs: 200, probability: 0.4 }] },
            { id: 'c2', startMs: 1200, endMs: 2000, text: 'line one\nline two', words: [], speakerId: 'p1' },
          ],
        },
        { id: 'en', language: 'en', direction: 'ltr', kind: 'translation', cues: [] },
      ],
    };
    expect(JSON.parse(transcriptJson(withWords))).toEqual(JSON.parse(JSON.stringify(withWords)));
    const [first, second] = withWords.tracks[0]!.cues;
    const edited: Transcript = {
      ...withWords,
      tracks: [
        { ...withWords.tracks[0]!, cues: [first!, { ...second!, text: 'edited، ۳ times' }] },
        withWords.tracks[1]!,
      ],
    };
    expect(JSON.parse(transcriptJson(edited))).toEqual(JSON.parse(JSON.stringify(edited)));
    const storage = new MemoryStorage();
    const key = journalKey('session-1', 'media-1');
    expect(writeJournal(storage, key, edited, 4)).toBe(true);
    expect(readJournal(storage, key, withWords)?.transcript).toEqual(edited);
  });
});

/** A transcript of `count` cues in one Urdu track, cue i saying `text(i)`. */
const longTranscript = (count: number, text = (index: number) => `جملہ ${index}، with English ${index}۔`) => {
  const base = transcript('');
  return {
    ...base,
    tracks: [
      {
        ...base.tracks[0]!,
        cues: Array.from({ length: count }, (_, index) => ({
          id: `c${index}`,
          startMs: index * 1000,
          endMs: index * 1000 + 900,
          text: text(index),
          words: [{ text: 'جملہ', startMs: index * 1000, endMs: index * 1000 + 300, probability: 0.9 }],
        })),
      },
    ],
  } satisfies Transcript;
};

const editCue = (source: Transcript, index: number, text: string): Transcript => ({
  ...source,
  tracks: source.tracks.map((track) => ({
    ...track,
    cues: track.cues.map((cue, at) => (at === index ? { ...cue, text } : cue)),
  })),
});

describe('the journal stores the edit, not the whole transcript', () => {
  const key = journalKey('session-1', 'media-1');

  it('writes the saved cues by id: one edited cue of 2,000 is a small fraction of the whole', () => {
    const saved = longTranscript(2000);
    const edited = editCue(saved, 1500, 'بدلا ہوا: 12 students نے کہا، ٹھیک۔');
    const storage = new MemoryStorage();
    writeJournal(storage, key, edited, 3);
    const whole = storage.items.get(key)!.length;
    writeJournal(storage, key, edited, 3, saved);
    const delta = storage.items.get(key)!.length;
    expect(delta).toBeLessThan(whole / 5);
    expect(readJournal(storage, key, saved)?.transcript).toEqual(edited);
  });

  it('rebuilds against a newer save: their changes to other cues stay, a cue they deleted stays deleted', () => {
    const saved = longTranscript(5);
    const mine = editCue(
      {
        ...saved,
        tracks: [
          {
            ...saved.tracks[0]!,
            cues: [...saved.tracks[0]!.cues, { ...saved.tracks[0]!.cues[0]!, id: 'new', text: 'نیا cue' }],
          },
        ],
      },
      1,
      'میرا edit',
    );
    const storage = new MemoryStorage();
    writeJournal(storage, key, mine, 3, saved);
    // Another window then saved: it changed cue 3 and deleted cue 4.
    const theirs = editCue(saved, 3, 'ان کا edit');
    const theirsWithoutFour: Transcript = {
      ...theirs,
      revision: 4,
      tracks: [{ ...theirs.tracks[0]!, cues: theirs.tracks[0]!.cues.filter((cue) => cue.id !== 'c4') }],
    };
    const restored = readJournal(storage, key, theirsWithoutFour)?.transcript;
    expect(restored?.tracks[0]?.cues.map((cue) => [cue.id, cue.text])).toEqual([
      ['c0', saved.tracks[0]!.cues[0]!.text],
      ['c1', 'میرا edit'],
      ['c2', saved.tracks[0]!.cues[2]!.text],
      ['c3', 'ان کا edit'],
      ['new', 'نیا cue'],
    ]);
  });

  it('writes a cue whole when the saved track has a different cue under its id (or no saved transcript)', () => {
    const saved = longTranscript(3);
    const duplicate: Transcript = {
      ...saved,
      tracks: [{ ...saved.tracks[0]!, cues: saved.tracks[0]!.cues.map((cue) => ({ ...cue })) }],
    };
    // Equal in value, but not the saved objects: nothing may be taken on trust.
    expect(JSON.parse(transcriptJson(duplicate, saved))).toEqual(JSON.parse(JSON.stringify(duplicate)));
    expect(JSON.parse(transcriptJson(saved))).toEqual(JSON.parse(JSON.stringify(saved)));
  });

  it('still reads a journal written whole (by the version before this one)', () => {
    const saved = longTranscript(3);
    const edited = editCue(saved, 2, 'پرانا journal، 2025 میں۔');
    const storage = new MemoryStorage();
    storage.items.set(
      key,
      JSON.stringify({ baseRevision: 3, writtenAt: '2026-11-01T10:00:00.000Z', transcript: edited }),
    );
    expect(readJournal(storage, key, saved)?.transcript).toEqual(edited);
  });
});
