import { z } from 'zod';
import { ffmpegChoiceReasons } from '../media/ffmpegChoice';
import { ffmpegSources } from './settings';

export const toolReportSchema = z.object({
  name: z.string(),
  path: z.string().optional(),
  source: z.string(),
  version: z.string().optional(),
  ok: z.boolean(),
  problem: z.string().optional(),
});
export type ToolReport = z.infer<typeof toolReportSchema>;

export const doctorReportSchema = z.object({
  ffmpeg: toolReportSchema,
  ffprobe: toolReportSchema,
  libass: z.boolean(),
  /** 'harfbuzz' shapes Nastaliq correctly; 'fribidi' only (bundled 2018 ffmpeg) needs Naskh. */
  libassShaper: z.enum(['harfbuzz', 'fribidi', 'unknown', 'none']),
  /** Why the shaper could not be told (the probe run failed); absent when it was. */
  libassShaperProblem: z.string().optional(),
  /** The ffmpeg setting and why the ffmpeg in use was chosen (shared/media/ffmpegChoice.ts). */
  ffmpegChoice: z.object({ setting: z.enum(ffmpegSources), reason: z.enum(ffmpegChoiceReasons) }).optional(),
  /** The fonts captions burn in with this ffmpeg and the 'auto' font: right-to-left lines and Latin text. */
  captionFonts: z.object({ rightToLeft: z.string(), latin: z.string() }),
  h264Encoders: z.array(z.string()),
  whisper: toolReportSchema,
  /** The whisper.cpp build in use: version, what it can do, CPU features and GPU backends (whisperBuild.ts). */
  whisperBuild: z
    .object({
      version: z.string(),
      vad: z.boolean(),
      dtw: z.boolean(),
      /** Read from build-whisper's stamp; absent for a build of your own (whisper prints it at each run). */
      cpuFeatures: z.array(z.string()).optional(),
      gpuBackends: z.array(z.string()).optional(),
      openMp: z.boolean().optional(),
    })
    .optional(),
  models: z.array(z.object({ name: z.string(), path: z.string(), sizeBytes: z.number().int() })),
  workspacePath: z.string(),
  platform: z.string(),
  nodeVersion: z.string(),
});
export type DoctorReport = z.infer<typeof doctorReportSchema>;
