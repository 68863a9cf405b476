/** Platforms play at about -14 LUFS (GUIDELINES.md); true peak -1.5 dBTP leaves room for their encoders. */
export const LOUDNESS_TARGET = { integratedLufs: -14, truePeakDbtp: -1.5, rangeLu: 11 } as const;

export interface LoudnessMeasurement {
  inputI: number;
  inputTp: number;
  inputLra: number;
  inputThresh: number;
  targetOffset: number;
}

const target = `I=${LOUDNESS_TARGET.integratedLufs}:TP=${LOUDNESS_TARGET.truePeakDbtp}:LRA=${LOUDNESS_TARGET.rangeLu}`;

/** First pass: measure only (`-af` of an audio-only run to the null muxer); prints JSON at the end. */
export const loudnessMeasureFilter = `loudnorm=${target}:print_format=json`;

/**
 * Back to 48 kHz (loudnorm works at 192 kHz) and to stereo: the platforms expect it, a mono interview plays on
 * both sides, and the 2018 ffmpeg cannot pick a channel layout after loudnorm on its own.
 */
const OUTPUT_FORMAT = 'aresample=48000,aformat=channel_layouts=stereo';

/** The audio filter of the export: loudnorm (two-pass, linear, when measured; else single-pass dynamic). */
export function audioFilter(normalise: boolean, measured?: LoudnessMeasurement): string {
  if (!normalise) return OUTPUT_FORMAT;
  if (!measured) return `loudnorm=${target},${OUTPUT_FORMAT}`;
  const m = measured;
  return `loudnorm=${target}:measured_I=${m.inputI}:measured_TP=${m.inputTp}:measured_LRA=${m.inputLra}:measured_thresh=${m.inputThresh}:offset=${m.targetOffset}:linear=true,${OUTPUT_FORMAT}`;
}

/** Reads loudnorm's JSON from ffmpeg's log; undefined when missing or not finite (silence measures -inf). */
export function parseLoudnormJson(log: string): LoudnessMeasurement | undefined {
  const start = log.lastIndexOf('{');
  const end = log.lastIndexOf('}');
  if (start < 0 || end < start) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(log.slice(start, end + 1));
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = raw as Record<string, unknown>;
  const read = (key: string) => Number(record[key]);
  const measurement = {
    inputI: read('input_i'),
    inputTp: read('input_tp'),
    inputLra: read('input_lra'),
    inputThresh: read('input_thresh'),
    targetOffset: read('target_offset'),
  };
  return Object.values(measurement).every(Number.isFinite) ? measurement : undefined;
}
