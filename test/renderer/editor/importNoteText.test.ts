import { describe, expect, it } from 'vitest';
import { importNoteCodes, type ImportNote } from '../../../shared/subtitles/importNotes';
import { parseSubtitles } from '../../../shared/subtitles/formats';
import { importNoteWords, wordNote } from '../../../renderer/src/editor/i18n/importNoteText';

/** Every parameter a note can carry, so no placeholder is left unfilled. */
const allParams = {
  text: "'00:00:01,5 --> 00:00:02,000'",
  count: 3,
  start: '00:00:05,000',
  end: '00:00:04,000',
  previousStart: '00:00:06,000',
  readAs: '00:00:01.500',
  minMs: 833,
  slips: 'wrong-separator,short-fraction',
};

describe('the words for import notes', () => {
  it.each(importNoteCodes)('%s: worded in English and in Urdu, every placeholder filled', (code) => {
    const note: ImportNote = { line: 4, code, params: allParams };
    const english = wordNote(note, 'en');
    const urdu = wordNote(note, 'ur');
    for (const words of [english, urdu]) {
      expect(words.problem).not.toMatch(/[{}]/);
      expect(words.done).not.toMatch(/[{}]/);
      expect(words.problem.length).toBeGreaterThan(5);
    }
    expect(urdu.problem).not.toBe(english.problem);
    expect(urdu.problem).toMatch(/[\u0600-\u06FF]/);
    expect(importNoteWords.ur.notes[code].done).toMatch(/[\u0600-\u06FF]/);
  });

  it('keeps a quoted line and a time left to right inside an Urdu sentence, slips worded in Urdu', () => {
    const [note] = parseSubtitles(
      '1\n00:00:01,5 --> 00:00:02,000\nہم نے social media پر 3 campaigns کیں۔\n',
      'srt',
      {
        lenient: true,
      },
    ).repairs;
    expect(note?.code).toBe('time-reshaped');
    const urdu = wordNote(note!, 'ur');
    expect(urdu.problem).toBe("وقت \u2066'00:00:01,5'\u2069 میں: سیکنڈ کے بعد ہندسے کم ہیں");
    expect(urdu.done).toBe('\u206600:00:01,500\u2069 پڑھا گیا');
    expect(wordNote(note!, 'en').problem).toBe(
      "The time \u2066'00:00:01,5'\u2069 has too few digits after the seconds",
    );
  });

  it('names the count of a tallied note only when it is more than one', () => {
    const once: ImportNote = { line: 1, code: 'no-cue-number', params: { count: 1 } };
    const many: ImportNote = { line: 1, code: 'no-cue-number', params: { count: 4 } };
    expect(wordNote(once, 'en').problem).toBe('A cue has no number');
    expect(wordNote(many, 'en').problem).toBe('A cue has no number (4 places, the first here)');
    expect(wordNote(many, 'ur').problem).toBe('سب ٹائٹل کا نمبر نہیں (4 جگہ، پہلی یہاں)');
  });
});
