import { z } from 'zod';
import { decodeSplitUtf8, decodeUtf8 } from './utf8';

/**
 * The JSON that whisper.cpp 1.5.0 writes with `-oj` / `-ojf` (`output_json` in examples/main/main.cpp):
 *
 *   { "systeminfo", "model": {...}, "params": { "model", "language", "translate" }, "result": { "language" },
 *     "transcription": [ { "timestamps": { "from": "00:00:00,000", "to" }, "offsets": { "from": 0, "to": 11000 },
 *       "text": " And so…", "tokens": [ { "text": " And", "timestamps", "offsets", "id": 400, "p": 0.84 } ] } ] }
 *
 * Offsets are milliseconds (whisper's 10 ms ticks × 10). `tokens` appear with -ojf only; a token's times appear only
 * when whisper computed them (always with -ojf in 1.5.0). Segment and token "text" hold raw bytes: see utf8.ts.
 * Newer whisper-cli builds add fields: `t_dtw` (1.9: each token's DTW time in 10 ms ticks, -1 when not computed;
 * written as a C++ float, so very long inputs may read as 1.23457e+06) is read; others (`speaker_turn_next`) are
 * ignored.
 */
const offsetsSchema = z.object({ from: z.number(), to: z.number() });

const tokenSchema = z.object({
  text: z.string(),
  offsets: offsetsSchema.optional(),
  id: z.number().optional(),
  p: z.number().optional(),
  t_dtw: z.number().optional(),
});

const segmentSchema = z.object({
  offsets: offsetsSchema,
  text: z.string(),
  tokens: z.array(tokenSchema).optional(),
  /** Written with -di (stereo diarization): "0", "1" or "?". */
  speaker: z.string().optional(),
});

export const whisperJsonSchema = z.object({
  params: z.object({ language: z.string().optional() }).optional(),
  result: z.object({ language: z.string() }).optional(),
  transcription: z.array(segmentSchema),
});
export type WhisperJson = z.infer<typeof whisperJsonSchema>;

/** A whisper token after decoding. Times are integer ms; missing when whisper did not compute them. */
export interface WhisperToken {
  text: string;
  startMs?: number;
  endMs?: number;
  /** 0..1 */
  probability: number;
  /** When whisper ran with -dtw: where DTW aligned the token's start, integer ms; absent when not computed. */
  dtwMs?: number;
}

/** A whisper segment after decoding: a stretch of speech between two of whisper's timestamps. */
export interface WhisperSegment {
  startMs: number;
  endMs: number;
  text: string;
  /** Text tokens in order, special tokens removed; absent when whisper wrote none (-oj without -ojf). */
  tokens?: WhisperToken[];
  speaker?: string;
}

/**
 * whisper's control tokens, which carry no speech: 1.5.0 names them [_BEG_], [_TT_123], [_SOT_], [_EOT_],
 * [_TRANSLATE_], [_extra_token_50300]; newer builds use <|endoftext|>, <|0.00|>, <|en|>.
 */
export function isSpecialToken(text: string): boolean {
  return (text.startsWith('[_') && text.endsWith(']')) || (text.startsWith('<|') && text.endsWith('|>'));
}

const toMs = (value: number): number => Math.max(0, Math.round(value));
const toProbability = (p: number | undefined): number =>
  p === undefined || Number.isNaN(p) ? 1 : Math.min(1, Math.max(0, p));

/**
 * Decodes validated whisper JSON whose strings are byte strings (read with 'latin1'). Token texts of the whole
 * file are decoded as one stream, so a letter split across two tokens (even across segments) is kept whole.
 */
export function whisperSegmentsFromJson(json: WhisperJson): WhisperSegment[] {
  const textTokens = json.transcription.map((segment) =>
    (segment.tokens ?? []).filter((token) => !isSpecialToken(token.text)),
  );
  const decoded = decodeSplitUtf8(textTokens.flat().map((token) => token.text));
  let next = 0;
  return json.transcription.map((segment, index) => {
    const result: WhisperSegment = {
      startMs: toMs(segment.offsets.from),
      endMs: toMs(Math.max(segment.offsets.from, segment.offsets.to)),
      text: decodeUtf8(segment.text).trim(),
    };
    if (segment.speaker !== undefined) result.speaker = segment.speaker;
    if (segment.tokens === undefined) return result;
    result.tokens = (textTokens[index] ?? []).map((token) => {
      const text = decoded[next++] ?? '';
      const out: WhisperToken = { text, probability: toProbability(token.p) };
      if (token.offsets !== undefined && token.offsets.from >= 0 && token.offsets.to >= 0) {
        out.startMs = toMs(token.offsets.from);
        out.endMs = toMs(Math.max(token.offsets.from, token.offsets.to));
      }
      if (token.t_dtw !== undefined && Number.isFinite(token.t_dtw) && token.t_dtw >= 0)
        out.dtwMs = toMs(token.t_dtw * 10);
      return out;
    });
    return result;
  });
}

/** The detected language (`result.language`), else the one whisper was told, else 'und'. */
export function whisperLanguage(json: WhisperJson): string {
  const detected = json.result?.language;
  if (detected) return detected;
  const told = json.params?.language;
  return told && told !== 'auto' ? told : 'und';
}

/**
 * whisper.cpp 1.5.0 writes string contents unescaped apart from `"` and `\`, so a token holding a newline or tab
 * makes the JSON invalid. Escapes control characters inside strings only; the rest is left as is.
 */
export function escapeRawControlChars(jsonText: string): string {
  return jsonText.replace(/"(?:[^"\\]|\\.)*"/gs, (literal) =>
    // eslint-disable-next-line no-control-regex
    literal.replace(/[\u0000-\u001f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}
