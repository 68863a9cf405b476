/**
 * How long whisper.cpp takes on this computer: a speed measured once per (whisper build, model file,
 * threads, voice activity detection, DTW) by a short calibration run, and moved towards what real runs take.
 * Pure: the engine measures and stores (electron/engine/transcription/speedStore.ts).
 */

/** whisper pads its input to 30-second windows: a shorter input costs one whole window. */
export const WHISPER_WINDOW_MS = 30_000;

/** What the speed of a run depends on. */
export interface SpeedKeyParts {
  /** whisper.cpp version ("1.9.1", "1.5 or older") and the binary's size, which tells builds apart. */
  whisperVersion: string;
  whisperBytes: number;
  /** The model file's name and size (a hash of a 1.6 GB file costs more than the estimate is worth). */
  modelFileName: string;
  modelBytes: number;
  threads: number;
  vad: boolean;
  dtw: boolean;
}

export function speedKey(parts: SpeedKeyParts): string {
  return [
    `whisper ${parts.whisperVersion} (${parts.whisperBytes} bytes)`,
    `model ${parts.modelFileName} (${parts.modelBytes} bytes)`,
    `${parts.threads} threads`,
    parts.vad ? 'vad' : 'no vad',
    parts.dtw ? 'dtw' : 'no dtw',
  ].join(' · ');
}

/** A speed: compute milliseconds per millisecond of audio, plus the fixed cost of loading the model. */
export interface Speed {
  /** Realtime factor: 0.5 means a minute of audio takes 30 s (beyond loading the model). */
  factor: number;
  loadMs: number;
  /** How many measurements it is made of (the calibration counts as one). */
  samples: number;
}

/** Estimated wall time of one whisper run over `audioMs` of audio (at least one 30 s window). */
export function estimateRunMs(audioMs: number, speed: Pick<Speed, 'factor' | 'loadMs'>): number {
  if (!(audioMs > 0)) return Math.round(speed.loadMs);
  return Math.round(speed.loadMs + Math.max(audioMs, WHISPER_WINDOW_MS) * speed.factor);
}

/** The speed one run showed: its wall time less the model's load time, over the audio (≥ one window). */
export function observedSpeed(run: { audioMs: number; wallMs: number; loadMs?: number }): Speed {
  const loadMs = Math.max(0, Math.min(run.loadMs ?? 0, run.wallMs));
  return {
    factor: Math.max(0, run.wallMs - loadMs) / Math.max(run.audioMs, WHISPER_WINDOW_MS),
    loadMs,
    samples: 1,
  };
}

/** A new measurement moves the stored speed by this share (an exponential moving average). */
export const SPEED_LEARNING_RATE = 0.3;

/**
 * The stored speed after a run: the first measurement is taken as it is; later ones move it by
 * SPEED_LEARNING_RATE, so one run on a busy machine does not swing every later estimate.
 */
export function mergeSpeed(stored: Speed | undefined, measured: Speed): Speed {
  if (!stored || stored.samples <= 0) return { ...measured, samples: 1 };
  const mix = (a: number, b: number) => a + (b - a) * SPEED_LEARNING_RATE;
  return {
    factor: mix(stored.factor, measured.factor),
    loadMs: mix(stored.loadMs, measured.loadMs),
    samples: stored.samples + 1,
  };
}

/**
 * The speed to plan a run with when no run with these settings was measured: voice activity detection
 * skips silence, so without a measurement of it the speed without it is used (a run with it is faster, and
 * its progress then runs ahead of the plan rather than stalling at the end).
 */
export function fallbackSpeedKey(parts: SpeedKeyParts): string | undefined {
  return parts.vad ? speedKey({ ...parts, vad: false }) : undefined;
}

/**
 * Before anything was measured: a guess from the model's size (on two cores whisper.cpp runs `small`,
 * about 0.5 GB, near real time; compute grows with the weights). Only the first seconds of a first run
 * lean on it; whisper's own reports and the run's measurement replace it.
 */
export function guessedSpeed(modelBytes: number): Speed {
  const gigabytes = Math.max(0.05, modelBytes / 1e9);
  return { factor: 2 * gigabytes, loadMs: 500 + 500 * gigabytes, samples: 0 };
}

/**
 * Whether a job measures the speed with a short run before it starts: only when nothing is known and the
 * recording is long enough (5 min) that one extra 30-second window is a small price for an honest ETA.
 */
export const CALIBRATE_BEFORE_RUN_MIN_MS = 5 * 60_000;

export function shouldCalibrateBeforeRun(durationMs: number, known: boolean): boolean {
  return !known && durationMs >= CALIBRATE_BEFORE_RUN_MIN_MS;
}
