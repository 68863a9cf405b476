import { describe, expect, it } from 'vitest';
import type { Cue, Word } from '../../../shared/transcript/model';
import { defaultSegmentationRules } from '../../../shared/transcript/rules';
import { segmentWords } from '../../../shared/transcript/segment';
import { countChars } from '../../../shared/transcript/text';
import { readingSpeedCps } from '../../../shared/transcript/timing';

const w = (text: string, startMs: number, endMs: number): Word => ({
  text,
  startMs,
  endMs,
  probability: 0.9,
});

/** Words of `text` spoken one after another from `startMs`, each `wordMs` long with `gapMs` between. */
function speak(text: string, startMs = 0, wordMs = 250, gapMs = 50): Word[] {
  return text
    .split(' ')
    .map((word, i) => w(word, startMs + i * (wordMs + gapMs), startMs + i * (wordMs + gapMs) + wordMs));
}

const spokenText = (cues: Cue[]): string => cues.map((cue) => cue.text.replace(/\n/g, ' ')).join(' ');

function expectWithinRules(cues: Cue[]): void {
  const rules = defaultSegmentationRules;
  cues.forEach((cue, index) => {
    const lines = cue.text.split('\n');
    expect(lines.length).toBeLessThanOrEqual(rules.maxLines);
    for (const line of lines) expect(countChars(line)).toBeLessThanOrEqual(rules.maxCharsPerLine);
    expect(cue.endMs - cue.startMs).toBeLessThanOrEqual(rules.maxDurationMs);
    expect(cue.endMs).toBeGreaterThan(cue.startMs);
    expect(Number.isInteger(cue.startMs) && Number.isInteger(cue.endMs)).toBe(true);
    const next = cues[index + 1];
    if (next) expect(next.startMs - cue.endMs).toBeGreaterThanOrEqual(rules.minGapMs);
  });
}

describe('segmentWords', () => {
  it('gives no cues for no words', () => {
    expect(segmentWords([])).toEqual([]);
  });

  it('keeps long continuous speech within lines, characters, duration and gaps, losing no word', () => {
    const vocabulary = [
      'we',
      'talked',
      'about',
      'dialogue',
      'tolerance',
      'and',
      'the',
      'campus',
      'community,',
      'students',
    ];
    const text = Array.from({ length: 300 }, (_, i) => vocabulary[(i * 7) % vocabulary.length]).join(' ');
    const words = speak(text, 0, 280, 40);
    const cues = segmentWords(words);
    expectWithinRules(cues);
    expect(spokenText(cues)).toBe(text);
    expect(cues.flatMap((cue) => cue.words)).toEqual(words);
  });

  it('starts a new cue after a sentence end: . ? ! ۔ ؟ …', () => {
    const cues = segmentWords(speak('میرا نام عائشہ ہے۔ آپ کیسی ہیں؟ Fine, thanks! Well… see you.'));
    expect(cues.map((cue) => cue.text)).toEqual([
      'میرا نام عائشہ ہے۔',
      'آپ کیسی ہیں؟',
      'Fine, thanks!',
      'Well…',
      'see you.',
    ]);
    expectWithinRules(cues);
  });

  it('does not end a cue after an abbreviation', () => {
    expect(segmentWords(speak('Dr. Aisha spoke'))).toHaveLength(1);
  });

  it('starts a new cue after a pause longer than 700 ms', () => {
    const cues = segmentWords([
      w('ask', 0, 300),
      w('not', 350, 600),
      w('what', 1400, 1700),
      w('you', 1750, 2000),
    ]);
    expect(cues.map((cue) => cue.text)).toEqual(['ask not', 'what you']);
  });

  it('ends a full cue at a comma in its second half and carries the rest on', () => {
    const text =
      'And so my fellow Americans who have come here today, ask not what your country can do for you';
    const cues = segmentWords(speak(text, 0, 200, 20));
    expect(cues[0]?.text.replace(/\n/g, ' ')).toBe('And so my fellow Americans who have come here today,');
    expect(spokenText(cues)).toBe(text);
    expectWithinRules(cues);
  });

  it('keeps mixed Urdu and English in spoken order', () => {
    const text = 'ہم نے social media پر 3 campaigns شروع کیں، اور ان میں 1200 students نے حصہ لیا۔';
    const cues = segmentWords(speak(text));
    expect(spokenText(cues)).toBe(text);
    expect(cues.map((cue) => cue.text).join('')).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expectWithinRules(cues);
  });

  it('follows other rules when given (9:16: 25 characters, 3 lines)', () => {
    const text =
      'Dialogue is the first step towards tolerance on campus and in the wider community of students';
    const cues = segmentWords(speak(text, 0, 200, 20), { maxCharsPerLine: 25, maxLines: 3 });
    for (const cue of cues) {
      const lines = cue.text.split('\n');
      expect(lines.length).toBeLessThanOrEqual(3);
      for (const line of lines) expect(countChars(line)).toBeLessThanOrEqual(25);
    }
    expect(spokenText(cues)).toBe(text);
  });

  it('numbers cues, or names them as asked', () => {
    const words = speak('One. Two.');
    expect(segmentWords(words).map((cue) => cue.id)).toEqual(['cue-1', 'cue-2']);
    expect(segmentWords(words, {}, { makeId: (i) => `x${i}` }).map((cue) => cue.id)).toEqual(['x0', 'x1']);
  });
});

describe('segmentWords timing', () => {
  it('stays up to 500 ms after speech when there is room', () => {
    const cues = segmentWords([
      w('We', 0, 300),
      w('talked', 300, 700),
      w('for', 700, 900),
      w('hours', 900, 1400),
    ]);
    expect(cues[0]).toMatchObject({ startMs: 0, endMs: 1900 });
  });

  it('extends a short cue to the minimum duration when there is room, and not into the next cue', () => {
    const roomy = segmentWords([
      w('Yes.', 1000, 1200),
      w('Then', 5000, 5300),
      w('we', 5300, 5500),
      w('left.', 5500, 6000),
    ]);
    expect(roomy[0]).toMatchObject({ startMs: 1000, endMs: 1833 });
    const tight = segmentWords([w('Yes.', 1000, 1200), w('No.', 1500, 1700)]);
    expect(tight[0]).toMatchObject({ startMs: 1000, endMs: 1417 });
    expect(tight[1]?.startMs).toBe(1500);
  });

  it('closes gaps of up to 12 frames to 2 frames (chaining), and leaves longer gaps', () => {
    const talk = (nextStartMs: number): Cue[] =>
      segmentWords([
        w('We', 0, 500),
        w('talked', 500, 1000),
        w('there.', 1000, 1500),
        w('Then', nextStartMs, nextStartMs + 900),
      ]);
    // Out at 2000 (linger); next at 2400: gap 400 ≤ 500 → closed to 83.
    expect(talk(2400)[0]?.endMs).toBe(2317);
    // Next at 2600: gap 600 > 500 → left.
    expect(talk(2600)[0]?.endMs).toBe(2000);
  });

  it('meets reading speed by using free time after the speech', () => {
    const text = 'Dialogue is the first step towards tolerance'; // 44 characters in 1.2 s
    const words = speak(text, 0, 150, 25).map((word, i) => (i === 6 ? { ...word, endMs: 1200 } : word));
    const roomy = segmentWords([...words, w('Next', 10_000, 10_500)]);
    expect(readingSpeedCps(roomy[0]!)).toBeLessThanOrEqual(17);
    expect(roomy[0]?.endMs).toBe(Math.ceil((countChars(text) * 1000) / 17));
    // With the next speaker close behind there is no room: the cue keeps its words and review flags the speed.
    const tight = segmentWords([...words, w('Next', 1950, 2200)]);
    expect(tight[0]?.endMs).toBe(1867);
    expect(readingSpeedCps(tight[0]!)).toBeGreaterThan(17);
  });

  it('never lasts longer than 7 s, even for one long word, nor past the media', () => {
    const slow = Array.from({ length: 20 }, (_, i) => w(`w${i}`, i * 650, i * 650 + 600));
    const cues = segmentWords(slow);
    expectWithinRules(cues);
    expect(cues.length).toBeGreaterThan(1);
    const long = segmentWords([w('Hmmmm', 0, 9000)]);
    expect(long[0]).toMatchObject({ startMs: 0, endMs: 7000 });
    const clipped = segmentWords([w('End.', 1000, 1300)], {}, { mediaDurationMs: 1500 });
    expect(clipped[0]?.endMs).toBe(1500);
  });

  it('keeps the minimum gap when whisper gives overlapping words across a sentence end', () => {
    const cues = segmentWords([w('Yes.', 0, 600), w('No.', 550, 900)]);
    expect(cues[1]!.startMs - cues[0]!.endMs).toBeGreaterThanOrEqual(83);
  });
});
