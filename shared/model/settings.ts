import { z } from 'zod';

export const ffmpegSources = ['bundled', 'system', 'custom'] as const;
export type FfmpegSource = (typeof ffmpegSources)[number];

export const settingsSchema = z.object({
  /** Folder that holds sessions. Overridden by GUFTAGU_WORKSPACE and by --workspace. */
  workspacePath: z.string().optional(),
  /** Which ffmpeg to use: a path the user set, the system's (PATH), or the one bundled with Guftagu. */
  ffmpegSource: z.enum(ffmpegSources).default('bundled'),
  ffmpegPath: z.string().optional(),
  ffprobePath: z.string().optional(),
  whisperPath: z.string().optional(),
  /** How many ffmpeg jobs run at once. */
  ffmpegConcurrency: z.number().int().min(1).max(16).default(2),
  uiLanguage: z.enum(['en', 'ur']).default('en'),
});
export type Settings = z.infer<typeof settingsSchema>;
export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
