import { estimateRunMs } from '../../../shared/transcript/speedEstimate';
import { recommendModel, type ModelRecommendation } from '../../../shared/transcript/recommendedModel';
import type { InstalledModel } from '../../../shared/model/whisperModels';
import type { SpeedBook, SpeedSource } from './speedBook';

export interface TranscriptionEstimate {
  recommendation: ModelRecommendation;
  /** The model the time is for: the one asked about, else the recommended one. */
  model?: string;
  /** Whole-run time on this computer (both passes with translation). */
  estimateMs?: number;
  source?: SpeedSource;
}

export interface EstimateRequest {
  language: string;
  /** An installed model's id; absent: the recommended one. */
  model?: string;
  audioMs?: number;
  translate: boolean;
  vad: boolean;
  /** Measure the speed with a 30 s calibration run when nothing is known (else a guess is given). */
  calibrate: boolean;
  whisperPath?: string;
  /** A 16 kHz mono WAV to calibrate on (made on demand: the slice may need ffmpeg). */
  calibrationWav?: () => Promise<string>;
  tempFolder: () => Promise<string>;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

/**
 * The recommended installed model for a language and, for a recording of `audioMs`, how long transcribing it
 * would take on this computer (measured runs, else a calibration run on demand, else a guess).
 */
export async function estimateTranscription(
  installed: readonly InstalledModel[],
  speeds: SpeedBook,
  request: EstimateRequest,
): Promise<TranscriptionEstimate> {
  const recommendation = recommendModel(request.language, installed);
  const modelId = request.model ?? recommendation.modelId;
  const model = installed.find((candidate) => candidate.id === modelId);
  if (!model || request.audioMs === undefined || !request.whisperPath)
    return { recommendation, ...(modelId ? { model: modelId } : {}) };
  const settings = {
    whisperPath: request.whisperPath,
    modelPath: model.path,
    vad: request.vad,
    dtw: false,
  };
  let planned = await speeds.plan(settings);
  if (planned.source === 'guess' && request.calibrate && request.calibrationWav) {
    planned = await speeds.calibrate(settings, await request.calibrationWav(), {
      language: request.language,
      tempFolder: await request.tempFolder(),
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.log ? { log: request.log } : {}),
    });
  }
  const passes = request.translate ? 2 : 1;
  return {
    recommendation,
    model: model.id,
    estimateMs: estimateRunMs(request.audioMs, planned.speed) * passes,
    source: planned.source,
  };
}
