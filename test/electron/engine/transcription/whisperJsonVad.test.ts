import { describe, expect, it } from 'vitest';
import { parseWhisperJson } from '../../../../electron/engine/transcription/whisperJson';
import { loggedVadSpans, readWhisperFixture, speechMs } from '../../../support/vadRecording';

// whisper.cpp 1.9.1's -ojf layout (t_dtw per token, 1.9's systeminfo) for a 65 s recording with speech at
// 5.94–12.00 s, 20.00–34.40 s and 50.00–53.00 s, transcribed with --vad. vad-1.9-speech-timeline.json holds what
// 1.9.1's cli writes: segment times mapped back, token times on the speech-only timeline; its .log holds the
// lines whisper printed on stderr. vad-1.9-original-timeline.json is the same with token times already mapped
// (what a build whose cli maps token times writes).

function inSpeech(startMs: number, endMs: number): boolean {
  return speechMs.some(([from, to]) => startMs >= from && endMs <= to);
}

describe('whisper 1.9 JSON with voice activity detection', () => {
  it('reads the three speech spans whisper logged', () => {
    expect(loggedVadSpans.map((span) => [span.originalStartMs, span.processedStartMs])).toEqual([
      [5940, 0],
      [20000, 6260],
      [50000, 20860],
    ]);
  });

  it.each(['vad-1.9-speech-timeline.json', 'vad-1.9-original-timeline.json'])(
    '%s: no word outside its segment, every word on speech, in order',
    (name) => {
      const result = parseWhisperJson(readWhisperFixture(name), { vadUsed: true, vadSpans: loggedVadSpans });
      for (const segment of result.segments)
        for (const token of segment.tokens ?? []) {
          expect(token.startMs!).toBeGreaterThanOrEqual(segment.startMs);
          expect(token.endMs!).toBeLessThanOrEqual(segment.endMs);
        }
      expect(result.words.length).toBe(16);
      for (const word of result.words) expect(inSpeech(word.startMs, word.endMs), word.text).toBe(true);
      const starts = result.words.map((word) => word.startMs);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(result.words[0]).toMatchObject({ text: 'میڈیا', startMs: 6600, endMs: 7140 });
      expect(result.words.find((word) => word.text === 'آج')).toMatchObject({ startMs: 20040 });
      expect(result.words.find((word) => word.text === 'peace')).toMatchObject({ startMs: 21140 });
      expect(result.words.at(-1)).toMatchObject({ text: 'شکریہ۔', startMs: 50040 });
    },
  );

  it('both timelines give the same words at the same times', () => {
    const fromSpeech = parseWhisperJson(readWhisperFixture('vad-1.9-speech-timeline.json'), {
      vadUsed: true,
      vadSpans: loggedVadSpans,
    });
    const fromOriginal = parseWhisperJson(readWhisperFixture('vad-1.9-original-timeline.json'), {
      vadUsed: true,
      vadSpans: loggedVadSpans,
    });
    expect(fromSpeech.words).toEqual(fromOriginal.words);
  });

  it('without the log, words still stay inside their segments', () => {
    const result = parseWhisperJson(readWhisperFixture('vad-1.9-speech-timeline.json'), {
      vadUsed: true,
      vadSpans: [],
    });
    for (const word of result.words) {
      const segment = result.segments.find(
        (item) => word.startMs >= item.startMs && word.endMs <= item.endMs,
      );
      expect(segment, word.text).toBeDefined();
    }
  });

  it('keeps the mixed Urdu line whole: English words, digits, ، and ۔', () => {
    const result = parseWhisperJson(readWhisperFixture('vad-1.9-speech-timeline.json'), {
      vadUsed: true,
      vadSpans: loggedVadSpans,
    });
    expect(result.language).toBe('ur');
    expect(result.words.map((word) => word.text).join(' ')).toBe(
      'میڈیا بیٹھک میں خوش آمدید۔ آج ہم peace talks پر بات کریں گے، 2026 میں۔ شکریہ۔',
    );
  });
});
