import { z } from 'zod';
import { installedModelSchema, modelFamilies, partialModelSchema } from '../../model/whisperModels';
import { dtwPresets, dtwRefusals } from '../../transcript/dtwPreset';
import {
  MAX_MODEL_DISPLAY_NAME_LENGTH,
  modelDisplayNameSchema,
  modelLanguagesSchema,
} from '../../model/modelRegistry';
import { vadModelStatusSchema } from '../../model/vadModels';
import { transcriptSchema } from '../../transcript/model';
import { empty, method, sessionId } from './define';

const languageCode = z
  .string()
  .regex(/^(auto|[a-z]{2,3})$/, 'Choose "auto" or a language code such as ur, en, sd, pa, ps.');
const catalogueEntrySchema = z.object({
  id: z.string(),
  fileName: z.string(),
  bytes: z.number().int(),
  multilingual: z.boolean(),
  family: z.enum(modelFamilies),
  quantization: z.string().optional(),
  /** False when no checksum is published: the download is checked by size only ("not verified"). */
  hasChecksum: z.boolean(),
  note: z.string(),
});

export const transcriptionMethods = {
  'models.list': method(
    empty,
    z.object({
      folder: z.string(),
      installed: z.array(installedModelSchema),
      partials: z.array(partialModelSchema),
      catalogue: z.array(catalogueEntrySchema),
      diskUseBytes: z.number().int(),
      /** The voice activity detection (Silero VAD) model that lets transcription skip silence. */
      vad: vadModelStatusSchema,
    }),
  ),
  /** A catalogue id, or the VAD model's id ('silero-v5.1.2'). */
  'models.download': method(z.object({ id: z.string().min(1) }), z.object({ jobId: z.string() })),
  'models.import': method(
    z.object({
      path: z.string().min(1),
      /** The name to show, e.g. "Urdu small fine-tune". */
      displayName: modelDisplayNameSchema.optional(),
      /** The languages it was made for, e.g. ['ur', 'en']. */
      languages: modelLanguagesSchema.optional(),
    }),
    installedModelSchema,
  ),
  /** Renames an imported model or changes its languages; an empty name removes the name. */
  'models.update': method(
    z.object({
      id: z.string().min(1),
      displayName: z.string().trim().max(MAX_MODEL_DISPLAY_NAME_LENGTH).optional(),
      languages: modelLanguagesSchema.optional(),
    }),
    installedModelSchema,
  ),
  'models.remove': method(z.object({ id: z.string().min(1) }), z.object({ removed: z.array(z.string()) })),
  'transcripts.start': method(
    z.object({
      sessionId,
      mediaId: z.string().min(1),
      /** Catalogue id ('small'), an installed file name, or a path to a ggml model. */
      model: z.string().min(1, 'Choose a model.'),
      language: languageCode,
      translate: z.boolean().default(false),
      /** Skip silence (voice activity detection): 'auto' is on for recordings longer than a minute. */
      vad: z.enum(['auto', 'on', 'off']).default('auto'),
      /** Initial prompt: the session's names and words, spelt as the team writes them. */
      prompt: z.string().max(2000).optional(),
      /** DTW word times (slower: flash attention off); refused where the model or the build has none. */
      dtw: z.boolean().default(false),
    }),
    z.object({ jobId: z.string() }),
  ),
  /** Whether DTW word times can be computed for this model with the whisper in use, and why not. */
  'transcripts.dtwSupport': method(
    z.object({ model: z.string().min(1, 'Choose a model.') }),
    z.object({
      available: z.boolean(),
      preset: z.enum(dtwPresets).optional(),
      /** Why not: shared/transcript/dtwPreset.ts's refusals, or no whisper at all. */
      refusal: z.enum([...dtwRefusals, 'no-whisper']).optional(),
      /** The whisper build's version ("1.9.1", "1.5 or older"). */
      version: z.string().optional(),
    }),
  ),
  /**
   * The recommended installed model for a language and how long transcribing this recording would take on
   * this computer. `calibrate`: when nothing was measured, run whisper once on 30 s of it (seconds to a
   * minute) instead of answering with a guess from the model's size. `model` is an installed model's id only.
   */
  'transcripts.estimate': method(
    z.object({
      sessionId,
      mediaId: z.string().min(1),
      language: languageCode,
      model: z.string().min(1).optional(),
      translate: z.boolean().default(false),
      vad: z.enum(['auto', 'on', 'off']).default('auto'),
      calibrate: z.boolean().default(false),
    }),
    z.object({
      recommendation: z.object({
        modelId: z.string().optional(),
        goodEnough: z.boolean(),
        minimumFamily: z.enum(modelFamilies),
        download: z.string().optional(),
      }),
      model: z.string().optional(),
      estimateMs: z.number().int().nonnegative().optional(),
      /** runs: measured transcriptions; calibration: a 30 s run; guess: from the model's size. */
      source: z.enum(['runs', 'calibration', 'guess']).optional(),
    }),
  ),
  'transcripts.get': method(
    z.object({ sessionId, mediaId: z.string().min(1) }),
    z.object({ transcript: transcriptSchema.nullable() }),
  ),
  /**
   * Saves an edited transcript (the editor's autosave). `baseRevision` is the revision the edit started
   * from: if another window saved since, the save is refused ('locked') and nothing is overwritten.
   */
  'transcripts.save': method(
    z.object({ sessionId, transcript: transcriptSchema, baseRevision: z.number().int().nonnegative() }),
    z.object({ transcript: transcriptSchema }),
  ),
} as const;
