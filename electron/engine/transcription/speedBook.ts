import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  fallbackSpeedKey,
  guessedSpeed,
  observedSpeed,
  speedKey,
  type Speed,
  type SpeedKeyParts,
} from '../../../shared/transcript/speedEstimate';
import { readWavHeader } from '../media/wavSamples';
import { detectWhisperCapabilities } from './whisperCapabilities';
import { defaultThreads, runWhisper } from './whisperRunner';
import { wavHeader } from './wavChunks';
import type { DtwPreset } from '../../../shared/transcript/dtwPreset';
import type { SpeedStore } from './speedStore';

/** The calibration run's audio: one whisper window from the middle of the recording (speech is likelier there). */
export const CALIBRATION_SLICE_MS = 30_000;

export interface RunSettings {
  whisperPath: string;
  modelPath: string;
  threads?: number;
  vad: boolean;
  dtw: boolean;
  /** The model's own DTW preset (dtwSetup.ts), which a calibration run with `dtw` must use. */
  dtwPreset?: DtwPreset;
}

/** Where a speed came from: measured runs, a calibration run, or a guess from the model's size. */
export type SpeedSource = 'runs' | 'calibration' | 'guess';

export interface PlannedSpeed {
  speed: Speed;
  source: SpeedSource;
  key: string;
}

export async function speedKeyParts(settings: RunSettings): Promise<SpeedKeyParts> {
  const [capabilities, whisperStat, modelStat] = await Promise.all([
    detectWhisperCapabilities(settings.whisperPath),
    fs.stat(settings.whisperPath),
    fs.stat(settings.modelPath),
  ]);
  return {
    whisperVersion: capabilities.version,
    whisperBytes: whisperStat.size,
    modelFileName: path.basename(settings.modelPath),
    modelBytes: modelStat.size,
    threads: settings.threads ?? defaultThreads(),
    vad: settings.vad,
    dtw: settings.dtw,
  };
}

/**
 * The speeds of whisper on this computer: what a run will take (measured, calibrated or guessed), a
 * calibration run on demand (one at a time per key), and each real run's measurement folded in.
 */
export class SpeedBook {
  private readonly calibrating = new Map<string, Promise<PlannedSpeed>>();

  constructor(private readonly store: SpeedStore) {}

  /** The best speed known for these settings; a guess from the model's size when nothing was measured. */
  async plan(settings: RunSettings): Promise<PlannedSpeed> {
    const parts = await speedKeyParts(settings);
    const key = speedKey(parts);
    const fallback = fallbackSpeedKey(parts);
    // A damaged or unreadable speeds file is only a lost cache: plan from a guess instead.
    const read = (name: string) => this.store.get(name).catch(() => undefined);
    const stored = (await read(key)) ?? (fallback ? await read(fallback) : undefined);
    if (stored) return { speed: stored, source: stored.source, key };
    return { speed: guessedSpeed(parts.modelBytes), source: 'guess', key };
  }

  /**
   * Measures the speed with a short run (one 30 s window of `wavPath`) unless it is known already. The
   * calibration runs without VAD (its speed is the plan for runs with VAD until one is measured).
   */
  async calibrate(
    settings: RunSettings,
    wavPath: string,
    options: { language: string; tempFolder: string; signal?: AbortSignal; log?: (line: string) => void },
  ): Promise<PlannedSpeed> {
    const known = await this.plan(settings);
    if (known.source !== 'guess') return known;
    const plain = { ...settings, vad: false };
    const key = speedKey(await speedKeyParts(plain));
    let pending = this.calibrating.get(key);
    if (!pending) {
      pending = this.measure(plain, key, wavPath, options).finally(() => this.calibrating.delete(key));
      this.calibrating.set(key, pending);
    }
    const measured = await pending;
    return { ...measured, key: known.key };
  }

  /** Folds a finished run's time into the stored speed for its settings. */
  async recordRun(
    settings: RunSettings,
    run: { audioMs: number; wallMs: number; loadMs?: number },
  ): Promise<void> {
    const key = speedKey(await speedKeyParts(settings));
    await this.store.record(key, observedSpeed(run), 'runs');
  }

  private async measure(
    settings: RunSettings,
    key: string,
    wavPath: string,
    options: { language: string; tempFolder: string; signal?: AbortSignal; log?: (line: string) => void },
  ): Promise<PlannedSpeed> {
    const slice = await writeCalibrationSlice(wavPath, path.join(options.tempFolder, 'calibration.wav'));
    const startedMs = performance.now();
    const run = await runWhisper({
      whisperPath: settings.whisperPath,
      modelPath: settings.modelPath,
      wavPath: slice.path,
      outputBase: path.join(options.tempFolder, 'calibration'),
      // Detecting the language is a pass of its own: calibrate with the language the run will use.
      language: options.language === 'auto' ? 'en' : options.language,
      translate: false,
      suppressNonSpeech: true,
      ...(settings.threads ? { threads: settings.threads } : {}),
      ...(settings.dtw && settings.dtwPreset ? { dtwPreset: settings.dtwPreset } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.log ? { log: options.log } : {}),
    });
    const wallMs = performance.now() - startedMs;
    const speed = observedSpeed({
      audioMs: slice.durationMs,
      wallMs,
      ...(run.loadMs !== undefined ? { loadMs: run.loadMs } : {}),
    });
    // A models folder that cannot be written (shared, read-only) still gets this run's measurement.
    const stored = await this.store.record(key, speed, 'calibration').catch((error: unknown) => {
      options.log?.(`transcription speed not saved: ${String(error)}`);
      return { ...speed, source: 'calibration' as const };
    });
    options.log?.(
      `calibration: ${key}: ${Math.round(wallMs)} ms for ${slice.durationMs} ms of audio → factor ${stored.factor.toFixed(3)}`,
    );
    return { speed: stored, source: stored.source, key };
  }
}

/** Copies up to CALIBRATION_SLICE_MS from the middle of a 16 kHz mono WAV into its own file. */
export async function writeCalibrationSlice(
  wavPath: string,
  slicePath: string,
): Promise<{ path: string; durationMs: number }> {
  const header = await readWavHeader(wavPath);
  const bytesPerMs = (header.sampleRateHz * 2) / 1000;
  const totalMs = Math.floor(header.dataBytes / bytesPerMs);
  const durationMs = Math.min(totalMs, CALIBRATION_SLICE_MS);
  const offsetMs = Math.floor((totalMs - durationMs) / 2);
  const byteCount = Math.floor((durationMs * bytesPerMs) / 2) * 2;
  const startByte = header.dataOffset + Math.floor((offsetMs * bytesPerMs) / 2) * 2;
  const data = Buffer.alloc(byteCount);
  const source = await fs.open(wavPath, 'r');
  try {
    await source.read(data, 0, byteCount, startByte);
  } finally {
    await source.close();
  }
  await fs.writeFile(slicePath, Buffer.concat([wavHeader(header.sampleRateHz, byteCount), data]));
  return { path: slicePath, durationMs };
}
