import { z } from 'zod';

/**
 * The voice-activity model whisper.cpp's --vad reads: Silero VAD converted to ggml by ggml-org
 * (https://huggingface.co/ggml-org/whisper-vad, MIT). Downloaded like the whisper models (resume, checksum) into
 * the "vad" folder beside them, so it never shows up as a whisper model.
 */
export interface VadModelEntry {
  id: string;
  fileName: string;
  bytes: number;
  sha256: string;
}

export const vadModel: VadModelEntry = {
  id: 'silero-v5.1.2',
  fileName: 'ggml-silero-v5.1.2.bin',
  bytes: 885_098,
  sha256: '29940d98d42b91fbd05ce489f3ecf7c72f0a42f027e4875919a28fb4c04ea2cf',
};

export const DEFAULT_VAD_BASE_URL = 'https://huggingface.co/ggml-org/whisper-vad/resolve/main';
/** A mirror, or a local server in tests. */
export const VAD_BASE_URL_ENV = 'GUFTAGU_VAD_BASE_URL';

export function vadBaseUrl(env: Readonly<Record<string, string | undefined>>): string {
  const override = env[VAD_BASE_URL_ENV]?.trim();
  return (override ? override : DEFAULT_VAD_BASE_URL).replace(/\/+$/, '');
}

/** The VAD model as the model manager shows it, beside the whisper models. */
export const vadModelStatusSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
  /** What it is for: told apart from the whisper models in lists. */
  kind: z.literal('voice-activity-detection'),
  /**
   * installed: the downloaded file is complete (checked by sha256 when it was downloaded). own: the file
   * GUFTAGU_VAD_MODEL names. missing: neither, so transcription cannot skip silence. damaged: a file of the
   * wrong size is there.
   */
  state: z.enum(['installed', 'own', 'missing', 'damaged']),
  path: z.string().optional(),
  /** Size of the file at `path`. */
  sizeBytes: z.number().int().nonnegative().optional(),
  /** Bytes of an unfinished download, which the next download resumes. */
  partialBytes: z.number().int().nonnegative().optional(),
});
export type VadModelStatus = z.infer<typeof vadModelStatusSchema>;
