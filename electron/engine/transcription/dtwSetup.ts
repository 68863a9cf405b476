import path from 'node:path';
import type { GuftaguError } from '../../../shared/errors';
import { engineError } from '../../../shared/errorTexts';
import { findCatalogueModel } from '../../../shared/model/whisperModels';
import {
  chooseDtwPreset,
  type DtwChoice,
  type DtwPreset,
  type DtwRefusal,
} from '../../../shared/transcript/dtwPreset';
import { matchesName } from './models/installed';
import type { ModelManager } from './models/manager';
import { readWhisperModelHeader } from './models/verify';
import type { RunSettings } from './speedBook';
import { detectWhisperCapabilities } from './whisperCapabilities';

export interface DtwSetupInput {
  whisperPath: string;
  models: ModelManager;
  /** What the person chose: a catalogue id, an installed file name, or a path (as transcripts.start takes it). */
  model: string;
  /** A preset named by hand (CLI --dtw-preset), for a model the catalogue does not know. */
  explicitPreset?: string;
}

/**
 * Whether DTW word times can be computed for this model with this whisper, and with which preset
 * (shared/transcript/dtwPreset.ts decides; this reads the build, the model list and the model's header).
 */
export async function checkDtw(input: DtwSetupInput): Promise<DtwChoice & { version: string }> {
  const capabilities = await detectWhisperCapabilities(input.whisperPath);
  const modelPath = await input.models.resolve(input.model);
  const header = await readWhisperModelHeader(modelPath);
  const catalogueId = await catalogueIdOf(input.models, input.model);
  const choice = chooseDtwPreset({
    buildHasDtw: capabilities.dtw,
    ...(catalogueId ? { catalogueId } : {}),
    ...(input.explicitPreset !== undefined ? { explicitPreset: input.explicitPreset } : {}),
    header,
  });
  return { ...choice, version: capabilities.version };
}

/** The preset to pass as `-dtw`, or a structured error saying why DTW cannot be used (fail closed). */
export async function setUpDtw(input: DtwSetupInput): Promise<DtwPreset> {
  const choice = await checkDtw(input);
  if (choice.ok) return choice.preset;
  throw dtwRefusalError(choice.refusal, {
    model: path.basename(input.model),
    version: choice.version,
    ...(input.explicitPreset !== undefined ? { preset: input.explicitPreset } : {}),
  });
}

export interface TranscriptionRunInput {
  whisperPath: string;
  models: ModelManager;
  /** What the person chose: a catalogue id, an installed file name, or a path (as transcripts.start takes it). */
  model: string;
  /** Whether DTW word times were asked for (the job's `dtw`; the CLI's --dtw or --dtw-preset). */
  dtw: boolean;
  /** A preset named by hand (CLI --dtw-preset), for a model the catalogue does not know. */
  explicitPreset?: string;
}

export interface TranscriptionRun {
  modelPath: string;
  /** The preset for whisper's `-dtw`; absent when DTW was not asked for. */
  dtwPreset?: DtwPreset;
  /**
   * What the speed book keys its estimates by, once VAD is decided (a VAD model path means VAD is on). DTW runs
   * are slower (flash attention off): their speeds are kept apart, and calibration runs the same way.
   */
  runSettings(vadModelPath: string | undefined): RunSettings;
}

/**
 * The model file, the DTW preset (checked before any work starts: a structured error when DTW was asked for and
 * cannot be used) and the speed-estimate settings, for the app's transcribe job and `guftagu transcribe` alike.
 */
export async function setUpTranscriptionRun(input: TranscriptionRunInput): Promise<TranscriptionRun> {
  const modelPath = await input.models.resolve(input.model);
  const dtwPreset = input.dtw
    ? await setUpDtw({
        whisperPath: input.whisperPath,
        models: input.models,
        model: input.model,
        ...(input.explicitPreset !== undefined ? { explicitPreset: input.explicitPreset } : {}),
      })
    : undefined;
  return {
    modelPath,
    ...(dtwPreset ? { dtwPreset } : {}),
    runSettings: (vadModelPath) => ({
      whisperPath: input.whisperPath,
      modelPath,
      vad: Boolean(vadModelPath),
      dtw: dtwPreset !== undefined,
      ...(dtwPreset ? { dtwPreset } : {}),
    }),
  };
}

/**
 * A catalogue model's id: one installed from the catalogue, or a file under a catalogue file name (its header
 * is checked against the preset). An imported model has none, whatever it is called.
 */
async function catalogueIdOf(models: ModelManager, model: string): Promise<string | undefined> {
  const name = model.trim();
  if (path.isAbsolute(name) || /[\\/]/.test(name)) return findCatalogueModel(path.basename(name))?.id;
  const installed = (await models.list()).find((candidate) => matchesName(candidate, name));
  return installed?.source === 'catalogue' ? installed.id : undefined;
}

/** The engine error for a refusal (shared/errorTexts/transcription.ts); the app words it by its key. */
export function dtwRefusalError(
  refusal: DtwRefusal,
  params: { model: string; version: string; preset?: string },
): GuftaguError {
  switch (refusal) {
    case 'no-dtw-build':
      return engineError('whisper-no-dtw', { version: params.version });
    case 'unknown-model':
      return engineError('dtw-unknown-model', { model: params.model }, { field: 'dtw' });
    case 'unknown-preset':
      return engineError('dtw-unknown-preset', { preset: params.preset ?? '' }, { field: 'dtw' });
    case 'preset-mismatch':
      return engineError(
        'dtw-preset-mismatch',
        { model: params.model, preset: params.preset ?? 'catalogue' },
        { field: 'dtw' },
      );
  }
}
