import { z } from 'zod';

/**
 * 'auto' (the default): a path you set, else the system's ffmpeg when its libass shapes with HarfBuzz
 * (Nastaliq), else the bundled one (shared/media/ffmpegChoice.ts). The others force one.
 */
export const ffmpegSources = ['auto', 'bundled', 'system', 'custom'] as const;
export type FfmpegSource = (typeof ffmpegSources)[number];

/** Each setting's type, without defaults, so a patch names only what it changes. */
const fields = {
  /** Folder that holds sessions. Overridden by GUFTAGU_WORKSPACE and by --workspace. */
  workspacePath: z.string(),
  /** Which ffmpeg to use: automatic, a path the user set, the system's (PATH), or the bundled one. */
  ffmpegSource: z.enum(ffmpegSources),
  ffmpegPath: z.string(),
  ffprobePath: z.string(),
  whisperPath: z.string(),
  /** How many ffmpeg jobs run at once. */
  ffmpegConcurrency: z.number().int().min(1).max(16),
  uiLanguage: z.enum(['en', 'ur']),
};

export const settingsSchema = z.object({
  workspacePath: fields.workspacePath.optional(),
  ffmpegSource: fields.ffmpegSource.default('auto'),
  ffmpegPath: fields.ffmpegPath.optional(),
  ffprobePath: fields.ffprobePath.optional(),
  whisperPath: fields.whisperPath.optional(),
  ffmpegConcurrency: fields.ffmpegConcurrency.default(2),
  uiLanguage: fields.uiLanguage.default('en'),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Settings that may be unset (paths): their defaults apply again. */
export const clearableSettings = ['workspacePath', 'ffmpegPath', 'ffprobePath', 'whisperPath'] as const;
export type ClearableSetting = (typeof clearableSettings)[number];

/** A change to some settings; fields left out keep their value (zod 4's partial() would fill defaults). */
export const settingsPatchSchema = z.object(fields).partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
