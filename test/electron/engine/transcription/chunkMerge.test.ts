import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWhisperJson } from '../../../../electron/engine/transcription/whisperJson';
import { mergeChunkWords, type ChunkWords } from '../../../../shared/transcript/chunks';
import type { Word } from '../../../../shared/transcript/model';
import { segmentWords } from '../../../../shared/transcript/segment';
import { loggedVadSpans as vadSpans } from '../../../support/vadRecording';

// The merge of a long recording's parts, fed with whisper.cpp 1.9 JSON (test/fixtures/whisper): each part's JSON is
// what whisper wrote for that part's own WAV, so its times start at 0; the merge puts them on the recording's
// timeline. (The test models print no text, so the real binary cannot show this.)
const fixtures = path.resolve(__dirname, '../../../fixtures/whisper');
const read = (name: string) => readFileSync(path.join(fixtures, name));
const noVad = { vadUsed: false, vadSpans: [] };

const shift = (words: readonly Word[], offsetMs: number) =>
  words.map((word) => ({ ...word, startMs: word.startMs + offsetMs, endMs: word.endMs + offsetMs }));

function expectInOrderWithin(words: readonly Word[], totalMs: number): void {
  words.forEach((word, index) => {
    expect(word.startMs).toBeGreaterThanOrEqual(0);
    expect(word.endMs).toBeLessThanOrEqual(totalMs);
    expect(word.startMs).toBeLessThanOrEqual(word.endMs);
    const previous = words[index - 1];
    if (previous) expect(word.startMs, word.text).toBeGreaterThanOrEqual(previous.startMs);
  });
}

interface FixtureToken {
  text: string;
  offsets: { from: number; to: number };
}
interface FixtureSegment {
  offsets: { from: number; to: number };
  text: string;
  tokens?: FixtureToken[];
}

/**
 * What whisper would write for the part [fromMs, toMs) of the fixture's recording: the tokens inside it, with times
 * relative to the part's start (+ `jitterMs`: two parts time the same word slightly differently).
 */
function partOf(name: string, fromMs: number, toMs: number, jitterMs = 0): Buffer {
  const json = JSON.parse(read(name).toString('utf8')) as { transcription: FixtureSegment[] };
  const at = (ms: number) => Math.max(0, ms - fromMs + jitterMs);
  json.transcription = json.transcription
    .map((segment) => {
      const tokens = (segment.tokens ?? []).filter(
        (token) => token.offsets.from >= fromMs && token.offsets.to <= toMs,
      );
      return {
        ...segment,
        offsets: {
          from: at(Math.max(segment.offsets.from, fromMs)),
          to: at(Math.min(segment.offsets.to, toMs)),
        },
        text: tokens.map((token) => token.text).join(''),
        tokens: tokens.map((token) => ({
          ...token,
          offsets: { from: at(token.offsets.from), to: at(token.offsets.to) },
        })),
      };
    })
    .filter((segment) => segment.tokens.some((token) => !/^\[_/.test(token.text)));
  return Buffer.from(JSON.stringify(json), 'utf8');
}

describe('merging the parts of a recording cut at silences (whisper 1.9 JSON)', () => {
  // A 125 s recording cut at two silences: 0–15 s (ur-interview.json), 15–80 s (the 65 s VAD fixture, run with
  // --vad: its token times are on the speech-only timeline), 80–125 s (mixed-ur-en.json).
  const parts = [
    { offsetMs: 0, durationMs: 15_000, json: read('ur-interview.json'), run: noVad },
    {
      offsetMs: 15_000,
      durationMs: 65_000,
      json: read('vad-1.9-speech-timeline.json'),
      run: { vadUsed: true, vadSpans },
    },
    { offsetMs: 80_000, durationMs: 45_000, json: read('mixed-ur-en.json'), run: noVad },
  ];
  const totalMs = 125_000;
  const perPart = parts.map((part) => parseWhisperJson(part.json, part.run).words);
  const merged = mergeChunkWords(
    parts.map((part, index): ChunkWords => ({
      offsetMs: part.offsetMs,
      overlapEndMs: part.offsetMs,
      words: perPart[index]!,
    })),
  );

  it('keeps every word of every part once, each moved by its part’s start', () => {
    expect(perPart.map((words) => words.length)).toEqual([perPart[0]!.length, 16, perPart[2]!.length]);
    expect(merged).toEqual(parts.flatMap((part, index) => shift(perPart[index]!, part.offsetMs)));
    expectInOrderWithin(merged, totalMs);
  });

  it('puts the --vad part’s words on the speech of the recording, not on the speech-only timeline', () => {
    const speech = vadSpans.map(
      (span) => [span.originalStartMs + 15_000, span.originalEndMs + 15_000] as const,
    );
    const fromVadPart = merged.filter((word) => word.startMs >= 15_000 && word.startMs < 80_000);
    expect(fromVadPart).toHaveLength(16);
    for (const word of fromVadPart)
      expect(
        speech.some(([from, to]) => word.startMs >= from && word.endMs <= to),
        `${word.text} ${word.startMs}–${word.endMs}`,
      ).toBe(true);
    expect(fromVadPart[0]).toMatchObject({ text: 'میڈیا', startMs: 15_000 + 6600 });
    expect(fromVadPart.at(-1)).toMatchObject({ text: 'شکریہ۔', startMs: 15_000 + 50_040 });
  });

  it('makes cues on the recording’s timeline, in order, none across a seam or past the end', () => {
    const cues = segmentWords(merged, undefined, {
      mediaDurationMs: totalMs,
      makeId: (index) => `c${index + 1}`,
    });
    expect(cues.length).toBeGreaterThan(3);
    cues.forEach((cue, index) => {
      expect(cue.startMs).toBeGreaterThanOrEqual(0);
      expect(cue.endMs).toBeLessThanOrEqual(totalMs);
      if (index > 0) expect(cue.startMs).toBeGreaterThanOrEqual(cues[index - 1]!.endMs);
      for (const seamMs of [15_000, 80_000]) expect(cue.startMs < seamMs && cue.endMs > seamMs).toBe(false);
    });
    const cueWords = cues.flatMap((cue) => cue.text.split(/\s+/));
    expect(cueWords).toEqual(merged.flatMap((word) => word.text.split(/\s+/)));
    expect(cueWords).toContain('peace');
  });
});

describe('merging parts that overlap around a hard cut (whisper 1.9 JSON)', () => {
  // ur-interview.json (0–14 s of speech) as a 15 s recording cut hard at 7 s with a 2 s overlap: parts 0–8 s and
  // 6–15 s. The later part times the words 40 ms late.
  const whole = parseWhisperJson(read('ur-interview.json'), noVad).words;

  it.each([0, 40, -40])('keeps each word once, in order (later part off by %i ms)', (jitterMs) => {
    const first = parseWhisperJson(partOf('ur-interview.json', 0, 8_000), noVad).words;
    const later = parseWhisperJson(partOf('ur-interview.json', 6_000, 15_000, jitterMs), noVad).words;
    const inOverlap = whole.filter((word) => word.startMs >= 6_000 && word.endMs <= 8_000);
    expect(inOverlap.length).toBeGreaterThan(0); // both parts heard these
    const merged = mergeChunkWords([
      { offsetMs: 0, overlapEndMs: 0, words: first },
      { offsetMs: 6_000, overlapEndMs: 8_000, words: later },
    ]);
    expect(merged.map((word) => word.text)).toEqual(whole.map((word) => word.text));
    expectInOrderWithin(merged, 15_000);
  });
});
