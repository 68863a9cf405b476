import { describe, expect, it } from 'vitest';
import { parseWhisperJson } from '../../../../electron/engine/transcription/whisperJson';
import { segmentWords } from '../../../../shared/transcript/segment';

const HOUR_MS = 60 * 60_000;
const SEGMENTS = 600;
const WORDS_PER_SEGMENT = 10;

function stamp(ms: number): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;
}

function token(text: string, id: number, from: number, to: number, p: number) {
  return {
    text,
    timestamps: { from: stamp(from), to: stamp(to) },
    offsets: { from, to },
    id,
    p,
  };
}

/** whisper -ojf output for an hour: 600 six-second segments of ten one-token words (6,000 word tokens). */
function longWhisperJson(): string {
  const segmentMs = HOUR_MS / SEGMENTS;
  const transcription = Array.from({ length: SEGMENTS }, (_, index) => {
    const from = index * segmentMs;
    const to = from + segmentMs;
    const wordMs = (segmentMs - 200) / WORDS_PER_SEGMENT;
    const words = Array.from({ length: WORDS_PER_SEGMENT }, (__, w) => {
      const start = Math.round(from + 100 + w * wordMs);
      const end = Math.round(from + 100 + (w + 1) * wordMs);
      const text = ` word${index}x${w}${w === WORDS_PER_SEGMENT - 1 ? '.' : index % 3 === 0 && w === 4 ? ',' : ''}`;
      return token(text, 1000 + w, start, end, 0.5 + ((index + w) % 50) / 100);
    });
    return {
      timestamps: { from: stamp(from), to: stamp(to) },
      offsets: { from, to },
      text: words.map((word) => word.text).join(''),
      tokens: [token('[_BEG_]', 50364, from, from, 0.98), ...words, token('[_TT_300]', 50664, to, to, 0.9)],
    };
  });
  return JSON.stringify(
    {
      systeminfo: 'AVX = 1 | AVX2 = 1 | ',
      model: {
        type: 'tiny',
        multilingual: true,
        vocab: 51865,
        audio: { ctx: 1500, state: 384, head: 6, layer: 4 },
        text: { ctx: 448, state: 384, head: 6, layer: 4 },
        mels: 80,
        ftype: 1,
      },
      params: { model: 'models/ggml-tiny.bin', language: 'en', translate: false },
      result: { language: 'en' },
      transcription,
    },
    null,
    '\t',
  );
}

describe('an hour of whisper JSON (600 segments, 6,000 word tokens)', () => {
  it('parses and segments without losing a word, into ordered, short, non-overlapping cues', () => {
    const json = longWhisperJson();
    const parsed = JSON.parse(json) as { transcription: { tokens: { text: string }[] }[] };
    const tokenWords = parsed.transcription
      .flatMap((segment) => segment.tokens)
      .filter((item) => !item.text.startsWith('[_')).length;
    expect(tokenWords).toBe(SEGMENTS * WORDS_PER_SEGMENT);

    const result = parseWhisperJson(Buffer.from(json, 'utf8'));
    expect(result.language).toBe('en');
    expect(result.segments).toHaveLength(SEGMENTS);
    expect(result.words).toHaveLength(tokenWords);

    const cues = segmentWords(result.words, undefined, { mediaDurationMs: HOUR_MS });
    const cueWords = cues.flatMap((cue) => cue.words);
    expect(cueWords).toHaveLength(tokenWords);
    expect(cueWords.map((word) => word.text)).toEqual(result.words.map((word) => word.text));
    for (const [index, cue] of cues.entries()) {
      expect(cue.endMs - cue.startMs).toBeLessThanOrEqual(7000);
      expect(cue.endMs).toBeGreaterThan(cue.startMs);
      const previous = cues[index - 1];
      if (previous) expect(cue.startMs).toBeGreaterThanOrEqual(previous.endMs);
    }
    expect(cues.at(-1)?.endMs ?? Infinity).toBeLessThanOrEqual(HOUR_MS);
  });
});
