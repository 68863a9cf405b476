import { describe, expect, it } from 'vitest';
import { parseWhisperJson } from '../../../../electron/engine/transcription/whisperJson';
import { loggedVadSpans, readWhisperFixture, speechMs } from '../../../support/vadRecording';
import { DTW_WORD_MAX_MS } from '../../../../shared/transcript/words';

// whisper.cpp 1.9.1's -ojf JSON of a run with `-nfa -dtw small`: each token carries t_dtw, its DTW-aligned start
// in 10 ms ticks (-1 on control tokens). Hand-made in whisper's layout (examples/cli/cli.cpp, output_json):
// - dtw-1.9.json: no VAD; the DTW times differ from the token times on purpose (whisper's token times are coarse).
// - dtw-1.9-vad-speech-timeline.json: the VAD recording of whisperJsonVad.test.ts (speech at 5.94–12.00,
//   20.00–34.40 and 50.00–53.00 s); segment times mapped back, token times and t_dtw on the speech-only timeline
//   (whisper computes t_dtw from the shortened audio's seek), each t_dtw 40 ms after its token's start.

const text = 'میڈیا بیٹھک میں خوش آمدید۔ آج ہم peace talks پر بات کریں گے، 2026 میں۔ شکریہ۔';

describe('whisper 1.9 JSON with DTW token times', () => {
  it('reads t_dtw into milliseconds; -1 means none', () => {
    const result = parseWhisperJson(readWhisperFixture('dtw-1.9.json'));
    const tokens = result.segments.flatMap((segment) => segment.tokens ?? []);
    expect(tokens.slice(0, 3).map((token) => [token.text, token.startMs, token.dtwMs])).toEqual([
      [' میڈیا', 660, 700],
      [' بیٹھک', 1200, 1280],
      [' میں', 1900, 1960],
    ]);
    expect(tokens.every((token) => token.dtwMs !== undefined)).toBe(true);
    expect(result.wordTimes).toBe('dtw');
  });

  it('word starts are the DTW time of their first token; ends are the next word’s start or the segment’s end', () => {
    const result = parseWhisperJson(readWhisperFixture('dtw-1.9.json'));
    expect(result.words.map((word) => word.text).join(' ')).toBe(text);
    expect(result.words.slice(0, 6).map((word) => [word.text, word.startMs, word.endMs])).toEqual([
      ['میڈیا', 700, 1280],
      ['بیٹھک', 1280, 1960],
      ['میں', 1960, 2360],
      ['خوش', 2360, 2800],
      // The full stop joins the word; its own DTW time does not move the word.
      ['آمدید۔', 2800, 4800],
      ['آج', 6420, 6900],
    ]);
    // English words and digits in the Urdu line are timed the same way.
    expect(result.words.find((word) => word.text === 'peace')).toMatchObject({ startMs: 7480, endMs: 8800 });
    expect(result.words.find((word) => word.text === '2026')).toMatchObject({ startMs: 14100, endMs: 15500 });
    // The last word of a segment ends with the segment (16.58 s), not after it.
    expect(result.words.find((word) => word.text === 'میں۔')).toMatchObject({ startMs: 15500, endMs: 16580 });
    expect(result.words.at(-1)).toMatchObject({ text: 'شکریہ۔', startMs: 20940, endMs: 22940 });
    // Probability still comes from the tokens.
    expect(result.words[0]?.probability).toBe(0.91);
  });

  it('a word is never longer than DTW_WORD_MAX_MS (the next start may be past a pause)', () => {
    const result = parseWhisperJson(readWhisperFixture('dtw-1.9.json'));
    const amdeed = result.words.find((word) => word.text === 'آمدید۔');
    expect(amdeed!.endMs - amdeed!.startMs).toBe(DTW_WORD_MAX_MS);
  });

  it('a segment where a word lacks its DTW time keeps whisper’s token times (mixed)', () => {
    const json = JSON.parse(readWhisperFixture('dtw-1.9.json').toString('utf8')) as {
      transcription: { tokens: { text: string; t_dtw: number }[] }[];
    };
    const second = json.transcription[1]!;
    second.tokens[0]!.t_dtw = -1;
    const result = parseWhisperJson(JSON.stringify(json));
    expect(result.wordTimes).toBe('mixed');
    expect(result.words.at(-1)).toMatchObject({ text: 'شکریہ۔', startMs: 20900, endMs: 22400 });
    expect(result.words[0]).toMatchObject({ startMs: 700 });
  });

  it('JSON without t_dtw (no -dtw, or 1.5.0) uses token times', () => {
    const result = parseWhisperJson(readWhisperFixture('vad-1.9-speech-timeline.json'), {
      vadUsed: true,
      vadSpans: loggedVadSpans,
    });
    expect(result.wordTimes).toBe('tokens');
    const plain = parseWhisperJson(readWhisperFixture('en-jfk.json'));
    expect(plain.wordTimes).toBe('tokens');
  });

  it('with VAD: DTW times are mapped back from the speech-only timeline, each word on speech', () => {
    const result = parseWhisperJson(readWhisperFixture('dtw-1.9-vad-speech-timeline.json'), {
      vadUsed: true,
      vadSpans: loggedVadSpans,
    });
    expect(result.wordTimes).toBe('dtw');
    expect(result.words.map((word) => word.text).join(' ')).toBe(text);
    for (const segment of result.segments)
      for (const token of segment.tokens ?? []) {
        expect(token.dtwMs!).toBeGreaterThanOrEqual(segment.startMs);
        expect(token.dtwMs!).toBeLessThanOrEqual(segment.endMs);
      }
    for (const word of result.words)
      expect(
        speechMs.some(([from, to]) => word.startMs >= from && word.startMs <= to),
        `${word.text} ${word.startMs}`,
      ).toBe(true);
    // 0.70 s on the speech-only timeline is 5.94 + 0.70 s; 6.34 s there is 20.00 + (6.34 − 6.26) s.
    expect(result.words[0]).toMatchObject({ text: 'میڈیا', startMs: 6640, endMs: 7180 });
    expect(result.words.find((word) => word.text === 'آج')).toMatchObject({ startMs: 20080 });
    expect(result.words.find((word) => word.text === 'peace')).toMatchObject({ startMs: 21180 });
    // The word before the cut-out silence does not stretch across it.
    expect(result.words.find((word) => word.text === 'آمدید۔')).toMatchObject({
      startMs: 8980,
      endMs: 8980 + DTW_WORD_MAX_MS,
    });
    expect(result.words.at(-1)).toMatchObject({ text: 'شکریہ۔', startMs: 50080, endMs: 52080 });
    const starts = result.words.map((word) => word.startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('with VAD but without the log, DTW times move with the token times into their segment', () => {
    const result = parseWhisperJson(readWhisperFixture('dtw-1.9-vad-speech-timeline.json'), {
      vadUsed: true,
      vadSpans: [],
    });
    for (const word of result.words) {
      const segment = result.segments.find(
        (item) => word.startMs >= item.startMs && word.endMs <= item.endMs,
      );
      expect(segment, word.text).toBeDefined();
    }
    // Segment 1 starts at 5.94 s and its first token at 0.66 s: everything moves by 5.28 s.
    expect(result.words[0]).toMatchObject({ text: 'میڈیا', startMs: 700 + 5280 });
  });

  it('DTW times already on the recording’s timeline (past the speech-only audio) are not mapped twice', () => {
    const json = JSON.parse(readWhisperFixture('dtw-1.9-vad-speech-timeline.json').toString('utf8')) as {
      transcription: { offsets: { from: number }; tokens: { text: string; t_dtw: number }[] }[];
    };
    // As a cli that maps t_dtw would write them: the last segment's word at 50.04 s.
    const last = json.transcription[1]!;
    last.tokens[0]!.t_dtw = 5004;
    last.tokens[1]!.t_dtw = 5150;
    json.transcription[0]!.tokens.forEach((token) => (token.t_dtw = -1));
    const result = parseWhisperJson(JSON.stringify(json), { vadUsed: true, vadSpans: loggedVadSpans });
    expect(result.wordTimes).toBe('mixed');
    expect(result.words.at(-1)).toMatchObject({ text: 'شکریہ۔', startMs: 50040 });
  });
});
