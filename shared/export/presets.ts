import { z } from 'zod';

/** Where captions may sit on a frame: margins the platform's buttons and titles cover, in pixels. */
export const safeZoneSchema = z.object({
  topPx: z.number().int().nonnegative(),
  bottomPx: z.number().int().nonnegative(),
  leftPx: z.number().int().nonnegative(),
  rightPx: z.number().int().nonnegative(),
});
export type SafeZone = z.infer<typeof safeZoneSchema>;

export const reframeModes = ['crop', 'blur', 'bars'] as const;
export type ReframeMode = (typeof reframeModes)[number];

/** A platform preset (GUIDELINES.md "Platform presets"); users edit these and add their own. */
export const presetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'Use lowercase letters, digits and dashes for a preset id.'),
  name: z.string().min(1),
  /** Output size; 0×0 means "as the source" (the master copy). */
  widthPx: z.number().int().nonnegative(),
  heightPx: z.number().int().nonnegative(),
  maxFps: z.number().positive(),
  minDurationMs: z.number().int().nonnegative(),
  maxDurationMs: z.number().int().positive().optional(),
  maxSizeBytes: z.number().int().positive().optional(),
  video: z.object({
    codec: z.literal('h264'),
    profile: z.enum(['baseline', 'main', 'high']),
    crf: z.number().int().min(0).max(51),
    preset: z.enum(['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium', 'slow']),
    /** Caps the bitrate so a long clip stays under the platform's file limit. */
    maxBitrateKbps: z.number().int().positive().optional(),
  }),
  audio: z.object({
    codec: z.literal('aac'),
    bitrateKbps: z.number().int().positive(),
    sampleRateHz: z.number().int().positive(),
  }),
  safeZone: safeZoneSchema,
  /** How a frame of another shape is fitted by default (per clip it can change). */
  reframe: z.enum(reframeModes),
  builtIn: z.boolean().default(false),
});
export type Preset = z.infer<typeof presetSchema>;

const h264 = (crf: number, maxBitrateKbps?: number) => ({
  codec: 'h264' as const,
  profile: 'high' as const,
  crf,
  preset: 'veryfast' as const,
  ...(maxBitrateKbps ? { maxBitrateKbps } : {}),
});
const aac = { codec: 'aac' as const, bitrateKbps: 128, sampleRateHz: 48_000 };
const noZone = { topPx: 0, bottomPx: 0, leftPx: 0, rightPx: 0 };
const GB = 1_000_000_000;
const MB = 1_000_000;

/** The built-in presets, from GUIDELINES.md (secondary sources; keep them editable). */
export const builtInPresets: readonly Preset[] = [
  {
    id: 'reels',
    name: 'Instagram / Facebook Reels (9:16)',
    widthPx: 1080,
    heightPx: 1920,
    maxFps: 30,
    minDurationMs: 3_000,
    maxDurationMs: 90_000,
    maxSizeBytes: GB,
    video: h264(23),
    audio: aac,
    safeZone: { topPx: 269, bottomPx: 672, leftPx: 65, rightPx: 65 },
    reframe: 'crop',
    builtIn: true,
  },
  {
    id: 'instagram-feed',
    name: 'Instagram feed (4:5)',
    widthPx: 1080,
    heightPx: 1350,
    maxFps: 30,
    minDurationMs: 3_000,
    maxDurationMs: 60_000,
    maxSizeBytes: 100 * MB,
    video: h264(23, 8_000),
    audio: aac,
    safeZone: { topPx: 60, bottomPx: 120, leftPx: 60, rightPx: 60 },
    reframe: 'crop',
    builtIn: true,
  },
  {
    id: 'facebook',
    name: 'Facebook feed (1:1)',
    widthPx: 1080,
    heightPx: 1080,
    maxFps: 30,
    minDurationMs: 1_000,
    maxDurationMs: 240 * 60_000,
    maxSizeBytes: 2 * GB,
    video: h264(23),
    audio: aac,
    safeZone: { topPx: 60, bottomPx: 100, leftPx: 60, rightPx: 60 },
    reframe: 'blur',
    builtIn: true,
  },
  {
    id: 'tiktok',
    name: 'TikTok (9:16)',
    widthPx: 1080,
    heightPx: 1920,
    maxFps: 30,
    minDurationMs: 3_000,
    maxDurationMs: 600_000,
    maxSizeBytes: GB,
    video: h264(23),
    audio: aac,
    safeZone: { topPx: 250, bottomPx: 420, leftPx: 60, rightPx: 170 },
    reframe: 'crop',
    builtIn: true,
  },
  {
    id: 'shorts',
    name: 'YouTube Shorts (9:16)',
    widthPx: 1080,
    heightPx: 1920,
    maxFps: 30,
    minDurationMs: 1_000,
    maxDurationMs: 180_000,
    video: h264(23),
    audio: aac,
    safeZone: { topPx: 288, bottomPx: 672, leftPx: 48, rightPx: 192 },
    reframe: 'crop',
    builtIn: true,
  },
  {
    id: 'x',
    name: 'X / Twitter (16:9)',
    widthPx: 1280,
    heightPx: 720,
    maxFps: 30,
    minDurationMs: 500,
    maxDurationMs: 140_000,
    maxSizeBytes: 512 * MB,
    video: h264(23, 5_000),
    audio: aac,
    safeZone: { topPx: 36, bottomPx: 72, leftPx: 64, rightPx: 64 },
    reframe: 'bars',
    builtIn: true,
  },
  {
    id: 'linkedin',
    name: 'LinkedIn (1:1)',
    widthPx: 1080,
    heightPx: 1080,
    maxFps: 30,
    minDurationMs: 3_000,
    maxDurationMs: 600_000,
    maxSizeBytes: 500 * MB,
    video: h264(23, 5_000),
    audio: aac,
    safeZone: { topPx: 60, bottomPx: 100, leftPx: 60, rightPx: 60 },
    reframe: 'blur',
    builtIn: true,
  },
  {
    id: 'master',
    name: 'Master (archive copy, source size)',
    widthPx: 0,
    heightPx: 0,
    maxFps: 60,
    minDurationMs: 0,
    video: { codec: 'h264', profile: 'high', crf: 18, preset: 'fast' },
    audio: { ...aac, bitrateKbps: 192 },
    safeZone: noZone,
    reframe: 'bars',
    builtIn: true,
  },
];

export function findPreset(presets: readonly Preset[], id: string): Preset | undefined {
  return presets.find((preset) => preset.id === id);
}

/** `<workspace>/presets.json`: the user's presets, and edited copies of built-in ones (same id). */
export const presetsDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  presets: z.array(presetSchema),
});
export type PresetsDocument = z.infer<typeof presetsDocumentSchema>;

/** Built-in presets with the user's: a user preset with a built-in's id replaces it (an edited built-in). */
export function mergePresets(user: readonly Preset[]): Preset[] {
  const userIds = new Set(user.map((preset) => preset.id));
  return [
    ...builtInPresets.filter((preset) => !userIds.has(preset.id)),
    ...user.map((preset) => ({ ...preset, builtIn: false })),
  ];
}
