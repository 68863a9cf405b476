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
    const journal = readJournal(storage, key);
    expect(journal?.baseRevision).toBe(3);
    expect(journal?.transcript.tracks[0]?.cues[0]?.text).toBe('edited');
    clearJournal(storage, key);
    expect(readJournal(storage, key)).toBeUndefined();
  });

  it('offers only edits that differ from the saved transcript', () => {
    const storage = new MemoryStorage();
    writeJournal(storage, key, transcript('edited'), 3);
    const journal = readJournal(storage, key);
    expect(journalWorthOffering(journal, transcript('saved'))).toBe(true);
    expect(journalWorthOffering(journal, transcript('edited'))).toBe(false);
    expect(journalWorthOffering(journal, { ...transcript('saved'), mediaId: 'other' })).toBe(false);
    expect(journalWorthOffering(undefined, transcript('saved'))).toBe(false);
  });

  it('drops a damaged journal and reports a refused write', () => {
    const storage = new MemoryStorage();
    storage.items.set(key, '{not json');
    expect(readJournal(storage, key)).toBeUndefined();
    expect(storage.items.has(key)).toBe(false);
    storage.items.set(key, JSON.stringify({ baseRevision: 1 }));
    expect(readJournal(storage, key)).toBeUndefined();
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
    expect(readJournal(storage, key)?.transcript).toEqual(edited);
  });
});
