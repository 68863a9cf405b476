import type { WhisperModelHeader } from '../model/whisperModels';

/**
 * DTW token timestamps (whisper.cpp `-dtw <preset>`, which needs `-nfa`): whisper aligns each token with the
 * audio through a model's alignment heads. The heads are fixed per released model, so the preset must be the
 * model's own. One rule, used by the app, the CLI and the job:
 * - a catalogue model has its preset (a quantized file shares its model's heads: 'small-q5_1' → 'small');
 * - any other model (an imported fine-tune, a file given by path under another name) has none, and DTW is
 *   refused for it: guessing the heads from the file's shape would give plausible but wrong word times;
 * - a preset named by hand (`guftagu transcribe --dtw-preset small`) is taken only when the model's header
 *   has that preset's shape (layers, mel bands, vocabulary), so whisper never runs with heads it lacks.
 */
export const dtwPresets = [
  'tiny',
  'tiny.en',
  'base',
  'base.en',
  'small',
  'small.en',
  'medium',
  'medium.en',
  'large.v1',
  'large.v2',
  'large.v3',
  'large.v3.turbo',
] as const;
export type DtwPreset = (typeof dtwPresets)[number];

export function isDtwPreset(value: string): value is DtwPreset {
  return (dtwPresets as readonly string[]).includes(value);
}

/** The catalogue's models (without the quantization suffix) and their presets. */
const presetByModelId: Readonly<Record<string, DtwPreset>> = {
  tiny: 'tiny',
  'tiny.en': 'tiny.en',
  base: 'base',
  'base.en': 'base.en',
  small: 'small',
  'small.en': 'small.en',
  medium: 'medium',
  'medium.en': 'medium.en',
  'large-v1': 'large.v1',
  'large-v2': 'large.v2',
  'large-v3': 'large.v3',
  'large-v3-turbo': 'large.v3.turbo',
};

/** 'small' → 'small', 'large-v3-turbo-q5_0' → 'large.v3.turbo'; undefined for an id the catalogue never had. */
export function dtwPresetForModelId(catalogueId: string): DtwPreset | undefined {
  return presetByModelId[catalogueId.replace(/-q\d_\d$/, '')];
}

interface Shape {
  audioLayers: number;
  textLayers: number;
  mels: number;
  multilingual: boolean;
}

const shape = (audioLayers: number, textLayers: number, mels: number, multilingual: boolean): Shape => ({
  audioLayers,
  textLayers,
  mels,
  multilingual,
});

/** The shape of each preset's model, as its ggml header states it. */
const shapes: Readonly<Record<DtwPreset, Shape>> = {
  tiny: shape(4, 4, 80, true),
  'tiny.en': shape(4, 4, 80, false),
  base: shape(6, 6, 80, true),
  'base.en': shape(6, 6, 80, false),
  small: shape(12, 12, 80, true),
  'small.en': shape(12, 12, 80, false),
  medium: shape(24, 24, 80, true),
  'medium.en': shape(24, 24, 80, false),
  'large.v1': shape(32, 32, 80, true),
  'large.v2': shape(32, 32, 80, true),
  'large.v3': shape(32, 32, 128, true),
  'large.v3.turbo': shape(32, 4, 128, true),
};

export type ModelShape = Pick<WhisperModelHeader, 'nAudioLayer' | 'nTextLayer' | 'nMels' | 'nVocab'>;

/** Whether a model with this header has the layers, mel bands and vocabulary the preset's heads belong to. */
export function presetFitsModel(preset: DtwPreset, header: ModelShape): boolean {
  const expected = shapes[preset];
  return (
    header.nAudioLayer === expected.audioLayers &&
    header.nTextLayer === expected.textLayers &&
    header.nMels === expected.mels &&
    header.nVocab >= 51865 === expected.multilingual
  );
}

/**
 * Why DTW cannot be used; the UI words each one, the CLI says it in English.
 * - no-dtw-build: the whisper build has no -dtw (1.5.0's main) or no -nfa;
 * - unknown-model: not a catalogue model (an imported fine-tune): its alignment heads are not known;
 * - unknown-preset: a preset named by hand that does not exist;
 * - preset-mismatch: the preset's shape differs from the model's header.
 */
export const dtwRefusals = ['no-dtw-build', 'unknown-model', 'unknown-preset', 'preset-mismatch'] as const;
export type DtwRefusal = (typeof dtwRefusals)[number];

export type DtwChoice = { ok: true; preset: DtwPreset } | { ok: false; refusal: DtwRefusal };

/**
 * The preset to run with, or why there is none. `catalogueId` is set only for a model the catalogue knows
 * (installed from it, or a file under a catalogue file name); `header` is the model file's when it was read.
 */
export function chooseDtwPreset(input: {
  buildHasDtw: boolean;
  catalogueId?: string;
  explicitPreset?: string;
  header?: ModelShape;
}): DtwChoice {
  if (!input.buildHasDtw) return { ok: false, refusal: 'no-dtw-build' };
  let preset: DtwPreset | undefined;
  if (input.explicitPreset !== undefined) {
    if (!isDtwPreset(input.explicitPreset)) return { ok: false, refusal: 'unknown-preset' };
    preset = input.explicitPreset;
  } else {
    preset = input.catalogueId === undefined ? undefined : dtwPresetForModelId(input.catalogueId);
    if (preset === undefined) return { ok: false, refusal: 'unknown-model' };
  }
  if (input.header && !presetFitsModel(preset, input.header))
    return { ok: false, refusal: 'preset-mismatch' };
  return { ok: true, preset };
}
