import { z } from 'zod';
import { errorInfoSchema } from '../errors';

export const videoStreamSchema = z.object({
  codec: z.string(),
  profile: z.string().optional(),
  pixelFormat: z.string().optional(),
  /** Coded size, as stored in the file. */
  width: z.number().int(),
  height: z.number().int(),
  /** Size as a viewer sees it, after rotation. */
  displayWidth: z.number().int(),
  displayHeight: z.number().int(),
  rotationDeg: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]),
  /** Nominal frame rate (r_frame_rate). */
  fps: z.number(),
  /** Average frame rate over the file (avg_frame_rate). */
  averageFps: z.number(),
  variableFrameRate: z.boolean(),
});
export type VideoStream = z.infer<typeof videoStreamSchema>;

export const audioStreamSchema = z.object({
  codec: z.string(),
  sampleRateHz: z.number().int(),
  channels: z.number().int(),
  /** Length of the audio stream as the file's header states it. */
  durationMs: z.number().int().optional(),
  language: z.string().optional(),
});
export type AudioStream = z.infer<typeof audioStreamSchema>;

export const probeSchema = z.object({
  formatName: z.string(),
  durationMs: z.number().int().nonnegative(),
  sizeBytes: z.number().int().nonnegative(),
  bitRate: z.number().int().optional(),
  video: videoStreamSchema.optional(),
  audio: audioStreamSchema.optional(),
  streamCount: z.number().int(),
  creationTime: z.string().optional(),
});
export type MediaProbe = z.infer<typeof probeSchema>;

/** Paths of derived files, relative to the session folder. */
export const mediaAssetsSchema = z.object({
  audio: z.string().optional(),
  peaks: z.string().optional(),
  thumbnail: z.string().optional(),
  proxy: z.string().optional(),
});
export type MediaAssets = z.infer<typeof mediaAssetsSchema>;

export const mediaStatuses = ['importing', 'ready', 'failed'] as const;

export const mediaSchema = z.object({
  id: z.string(),
  /** Content fingerprint: identical files get identical fingerprints, so a re-import reuses the media. */
  fingerprint: z.string(),
  fileName: z.string(),
  sourcePath: z.string(),
  importedAt: z.string(),
  probe: probeSchema,
  status: z.enum(mediaStatuses),
  error: errorInfoSchema.optional(),
  assets: mediaAssetsSchema,
  /** Peaks per second stored in the peaks asset. */
  peakRateHz: z.number().int().optional(),
});
export type Media = z.infer<typeof mediaSchema>;

export const mediaAssetKinds = ['source', 'proxy', 'thumbnail', 'audio'] as const;
export type MediaAssetKind = (typeof mediaAssetKinds)[number];

export const peaksSchema = z.object({
  peakRateHz: z.number(),
  durationMs: z.number().int(),
  /** Peak absolute amplitude per bucket, 0..1. */
  values: z.array(z.number()),
});
export type Peaks = z.infer<typeof peaksSchema>;
