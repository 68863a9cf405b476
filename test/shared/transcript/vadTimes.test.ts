import { describe, expect, it } from 'vitest';
import {
  mapVadTime,
  parseVadSpanLine,
  remapVadTokenTimes,
  tokensInsideSegments,
  vadMappingTable,
  type VadSpan,
} from '../../../shared/transcript/vadTimes';
import type { WhisperSegment } from '../../../shared/transcript/whisperFormat';

// Speech at 5.94–12.00 s and 20.00–34.40 s of the recording; whisper 1.9.1 transcribed 0–6.06 s and 6.26–20.66 s
// of the speech-only audio (a 100 ms overlap and 100 ms of inserted silence between the spans).
const spans: VadSpan[] = [
  { originalStartMs: 5940, originalEndMs: 12000, processedStartMs: 0, processedEndMs: 6060 },
  { originalStartMs: 20000, originalEndMs: 34400, processedStartMs: 6260, processedEndMs: 20660 },
];

describe('whisper.cpp VAD log lines', () => {
  it.each([
    [
      'whisper_vad: vad_segment_info: orig_start: 5.94, orig_end: 12.00, vad_start: 0.00, vad_end: 6.06',
      spans[0],
    ],
    [
      'whisper_vad: vad_segment_info: orig_start: 20.00, orig_end: 34.40, vad_start: 6.26, vad_end: 20.66',
      spans[1],
    ],
    ['whisper_vad: Including segment 0: 5.94 - 12.10 (duration: 6.16)', undefined],
    ['whisper_print_progress_callback: progress =  45%', undefined],
  ])('%s', (line, expected) => {
    expect(parseVadSpanLine(line)).toEqual(expected);
  });
});

describe('the mapping table and mapVadTime (as whisper_full_get_segment_t0 maps)', () => {
  const table = vadMappingTable(spans);

  it('has a point at each span edge and at the inserted silence', () => {
    expect(table).toEqual([
      { processedMs: 0, originalMs: 5940 },
      { processedMs: 6060, originalMs: 12000 },
      { processedMs: 6160, originalMs: 12000 },
      { processedMs: 6260, originalMs: 20000 },
      { processedMs: 20660, originalMs: 34400 },
    ]);
  });

  it.each([
    [-50, 5940, 'before the first point: the first span start'],
    [0, 5940, 'a point itself'],
    [660, 6600, 'inside the first span: shifted by its start'],
    [6100, 12000, 'in the overlap after a span: held at its end'],
    [6210, 16000, 'in the inserted silence: across the cut pause'],
    [6300, 20040, 'inside the second span'],
    [16580, 30320, 'the example from the issue'],
    [25_000, 34400, 'after the last point: the last span end'],
  ])('%i ms → %i ms (%s)', (processedMs, originalMs) => {
    expect(mapVadTime(processedMs, table)).toBe(originalMs);
  });

  it('is the identity without a table', () => {
    expect(mapVadTime(1234, [])).toBe(1234);
  });
});

function segment(startMs: number, endMs: number, tokens: [string, number, number][]): WhisperSegment {
  return {
    startMs,
    endMs,
    text: tokens.map(([text]) => text).join(''),
    tokens: tokens.map(([text, tokenStartMs, tokenEndMs]) => ({
      text,
      startMs: tokenStartMs,
      endMs: tokenEndMs,
      probability: 0.9,
    })),
  };
}

const speechTimeline = [
  segment(5940, 34400, [
    [' میڈیا', 660, 1200],
    [' بیٹھک', 1200, 1900],
    [' peace', 6300, 7400],
    [' talks', 7400, 16580],
  ]),
];

const times = (segments: WhisperSegment[]) =>
  segments.flatMap((item) => (item.tokens ?? []).map((token) => [token.text, token.startMs, token.endMs]));

describe('remapVadTokenTimes', () => {
  it('puts tokens from the speech-only timeline back on the recording with the logged spans', () => {
    expect(times(remapVadTokenTimes(speechTimeline, spans, true))).toEqual([
      [' میڈیا', 6600, 7140],
      [' بیٹھک', 7140, 7840],
      [' peace', 20040, 21140],
      [' talks', 21140, 30320],
    ]);
  });

  it('leaves tokens alone when whisper ran without VAD', () => {
    expect(times(remapVadTokenTimes(speechTimeline, spans, false))).toEqual(times(speechTimeline));
  });

  it('does not map twice the token times of a build that already maps them', () => {
    const mapped = remapVadTokenTimes(speechTimeline, spans, true);
    expect(times(remapVadTokenTimes(mapped, spans, true))).toEqual(times(mapped));
  });

  it('without logged spans, shifts a segment whose tokens fall outside it to start with it', () => {
    const shifted = remapVadTokenTimes(speechTimeline, [], true);
    expect(times(shifted)[0]).toEqual([' میڈیا', 5940, 6480]);
    expect(tokensInsideSegments(shifted)).toBe(4);
  });

  it('holds every token inside its segment', () => {
    const overhanging = [
      segment(1000, 2000, [
        [' a', 900, 1500],
        [' b', 1500, 2600],
      ]),
    ];
    expect(times(remapVadTokenTimes(overhanging, [], true))).toEqual([
      [' a', 1000, 1600],
      [' b', 1600, 2000],
    ]);
  });
});
