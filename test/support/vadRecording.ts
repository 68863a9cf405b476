import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseVadSpanLine, type VadSpan } from '../../shared/transcript/vadTimes';

/**
 * The VAD recording of the whisper JSON fixtures (test/fixtures/whisper): 65 s with speech at 5.94–12.00 s,
 * 20.00–34.40 s and 50.00–53.00 s, transcribed by whisper.cpp 1.9.1 with --vad.
 */
const fixtures = path.resolve(__dirname, '../fixtures/whisper');

/** A file of test/fixtures/whisper, as bytes. */
export const readWhisperFixture = (name: string): Buffer => readFileSync(path.join(fixtures, name));

/** The speech spans in whisper's stderr (its "vad_segment_info" lines), in order. */
export const vadSpansIn = (stderr: string): VadSpan[] =>
  stderr
    .split('\n')
    .map(parseVadSpanLine)
    .filter((span): span is VadSpan => span !== undefined);

/** The speech spans whisper logged on stderr for that run (vad-1.9-speech-timeline.log). */
export const loggedVadSpans: VadSpan[] = vadSpansIn(
  readWhisperFixture('vad-1.9-speech-timeline.log').toString('utf8'),
);

/** Where the recording has speech, in ms. */
export const speechMs = [
  [5940, 12000],
  [20000, 34400],
  [50000, 53000],
] as const;
