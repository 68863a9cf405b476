import type { WhisperSegment, WhisperToken } from './whisperFormat';

/**
 * Voice activity detection and time: with `--vad`, whisper.cpp 1.9 cuts the silence out, transcribes the
 * speech-only audio, and maps segment times back to the recording, but whisper-cli 1.9.1 writes token times
 * as they are on the shortened timeline (cli.cpp reads whisper_full_get_token_data().t0/t1; the mapped
 * whisper_full_get_token_t0/t1 arrive in 1.9.3). This module puts every token back on the recording's
 * timeline:
 *
 * 1. From whisper's own log: each speech span is logged as `vad_segment_info: orig_start: 1.23, orig_end: 4.56,
 *    vad_start: 0.00, vad_end: 3.33` (seconds). `vadMappingTable` rebuilds whisper's mapping table from them
 *    (a point at each span's start and end, and at each inserted 100 ms silence) and `mapVadTime`
 *    interpolates as whisper_full_get_segment_t0 does.
 * 2. Without that log (a user's own build run quietly), from the segments: a segment's tokens are shifted
 *    by (segment start − first token start), and nothing is done when they already sit inside it.
 * 3. Always last: each token is held inside its segment, so no word lands outside the cue whisper gave it.
 *
 * A build whose cli already writes mapped token times (a user's newer whisper-cli) must not be mapped twice:
 * token times past the end of the speech-only audio cannot be on that timeline, so they are left as they are.
 */

export interface VadSpan {
  /** On the recording's timeline. */
  originalStartMs: number;
  originalEndMs: number;
  /** On the speech-only timeline whisper transcribed. */
  processedStartMs: number;
  processedEndMs: number;
}

export interface VadMappingPoint {
  processedMs: number;
  originalMs: number;
}

/** Silence whisper.cpp puts between two speech spans (0.1 s in whisper_vad). */
const insertedSilenceMs = 100;

const spanPattern =
  /vad_segment_info: orig_start: ([\d.]+), orig_end: ([\d.]+), vad_start: ([\d.]+), vad_end: ([\d.]+)/;

/** A whisper log line → a speech span, or undefined for any other line. */
export function parseVadSpanLine(line: string): VadSpan | undefined {
  const match = spanPattern.exec(line);
  if (!match) return undefined;
  const ms = (seconds: string | undefined) => Math.round(Number(seconds) * 1000);
  return {
    originalStartMs: ms(match[1]),
    originalEndMs: ms(match[2]),
    processedStartMs: ms(match[3]),
    processedEndMs: ms(match[4]),
  };
}

/** whisper.cpp's mapping table from the spans: sorted by processed time, one point per processed time. */
export function vadMappingTable(spans: readonly VadSpan[]): VadMappingPoint[] {
  const points: VadMappingPoint[] = [];
  spans.forEach((span, index) => {
    points.push({ processedMs: span.processedStartMs, originalMs: span.originalStartMs });
    points.push({ processedMs: span.processedEndMs, originalMs: span.originalEndMs });
    const next = spans[index + 1];
    if (next) {
      points.push({ processedMs: next.processedStartMs - insertedSilenceMs, originalMs: span.originalEndMs });
      points.push({ processedMs: next.processedStartMs, originalMs: next.originalStartMs });
    }
  });
  points.sort((a, b) => a.processedMs - b.processedMs);
  return points.filter((point, index) => index === 0 || point.processedMs !== points[index - 1]!.processedMs);
}

/** A time on the speech-only timeline → the recording's timeline (linear between table points). */
export function mapVadTime(processedMs: number, table: readonly VadMappingPoint[]): number {
  const first = table[0];
  const last = table[table.length - 1];
  if (!first || !last) return processedMs;
  if (processedMs <= first.processedMs) return first.originalMs;
  if (processedMs >= last.processedMs) return last.originalMs;
  let upper = 1;
  while (table[upper]!.processedMs < processedMs) upper++;
  const high = table[upper]!;
  const low = table[upper - 1]!;
  if (high.processedMs === processedMs) return high.originalMs;
  const span = high.processedMs - low.processedMs;
  return Math.round(
    low.originalMs + ((processedMs - low.processedMs) * (high.originalMs - low.originalMs)) / span,
  );
}

/**
 * Puts token times on the recording's timeline. `spans` are the speech spans whisper logged for this run
 * (empty when it logged none); `vadUsed` says whether whisper ran with --vad at all. DTW times (`dtwMs`, from
 * `t_dtw`) are on the speech-only timeline too (whisper.cpp computes them from the shortened audio's seek
 * position): they are mapped the same way, and judged on their own whether they need it.
 */
export function remapVadTokenTimes(
  segments: readonly WhisperSegment[],
  spans: readonly VadSpan[],
  vadUsed: boolean,
): WhisperSegment[] {
  if (!vadUsed) return segments.map((segment) => ({ ...segment }));
  const table = vadMappingTable(spans);
  const processedEndMs = spans.length > 0 ? Math.max(...spans.map((span) => span.processedEndMs)) : Infinity;
  const tokens = segments.flatMap((segment) => segment.tokens ?? []);
  // A time past the end of the speech-only audio cannot be on that timeline: such times are left as they are.
  const onSpeechTimeline = (times: readonly number[]) =>
    Math.max(0, ...times) <= processedEndMs + insertedSilenceMs;
  const mapTimes = onSpeechTimeline(tokens.map((token) => token.endMs ?? 0));
  const mapDtw = onSpeechTimeline(tokens.map((token) => token.dtwMs ?? 0));
  return segments.map((segment) => {
    if (!segment.tokens) return { ...segment };
    const [timesMap, dtwMap] =
      table.length > 0
        ? [(ms: number) => mapVadTime(ms, table), (ms: number) => mapVadTime(ms, table)]
        : shiftsIntoSegment(segment, segment.tokens);
    const mapped = segment.tokens.map((token) =>
      mapToken(token, mapTimes ? timesMap : same, mapDtw ? dtwMap : same),
    );
    return { ...segment, tokens: mapped.map((token) => clampToSegment(token, segment)) };
  });
}

const same = (ms: number) => ms;

/** How many timed tokens lie within their segment (10 ms of slack for whisper's rounding). */
export function tokensInsideSegments(segments: readonly WhisperSegment[]): number {
  let inside = 0;
  for (const segment of segments)
    for (const token of segment.tokens ?? [])
      if (
        token.startMs !== undefined &&
        token.endMs !== undefined &&
        token.startMs >= segment.startMs - 10 &&
        token.endMs <= segment.endMs + 10
      )
        inside++;
  return inside;
}

function mapToken(
  token: WhisperToken,
  mapTimes: (ms: number) => number,
  mapDtw: (ms: number) => number,
): WhisperToken {
  const out = { ...token };
  if (token.startMs !== undefined && token.endMs !== undefined) {
    out.startMs = mapTimes(token.startMs);
    out.endMs = mapTimes(token.endMs);
  }
  if (token.dtwMs !== undefined) out.dtwMs = mapDtw(token.dtwMs);
  return out;
}

/**
 * Without the log: a segment whose tokens fall outside it has them moved so the first starts with it. DTW times
 * move with the token times (one timeline); when those needed no move, DTW times outside the segment are moved
 * on their own.
 */
function shiftsIntoSegment(
  segment: WhisperSegment,
  tokens: readonly WhisperToken[],
): [(ms: number) => number, (ms: number) => number] {
  const timesShiftMs = shiftMs(
    segment,
    tokens.flatMap((token) =>
      token.startMs !== undefined && token.endMs !== undefined ? [[token.startMs, token.endMs] as const] : [],
    ),
  );
  const dtwShiftMs =
    timesShiftMs !== 0
      ? timesShiftMs
      : shiftMs(
          segment,
          tokens.flatMap((token) => (token.dtwMs !== undefined ? [[token.dtwMs, token.dtwMs] as const] : [])),
        );
  return [(ms) => ms + timesShiftMs, (ms) => ms + dtwShiftMs];
}

function shiftMs(segment: WhisperSegment, spans: readonly (readonly [number, number])[]): number {
  const inside = spans.every(([startMs, endMs]) => startMs >= segment.startMs && endMs <= segment.endMs);
  const firstStartMs = spans[0]?.[0];
  return inside || firstStartMs === undefined ? 0 : segment.startMs - firstStartMs;
}

function clampToSegment(token: WhisperToken, segment: WhisperSegment): WhisperToken {
  const into = (ms: number) => Math.min(Math.max(ms, segment.startMs), segment.endMs);
  const out = { ...token };
  if (token.startMs !== undefined && token.endMs !== undefined) {
    out.startMs = into(token.startMs);
    out.endMs = Math.min(Math.max(token.endMs, out.startMs), segment.endMs);
  }
  if (token.dtwMs !== undefined) out.dtwMs = into(token.dtwMs);
  return out;
}
