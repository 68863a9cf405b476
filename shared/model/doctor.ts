import { z } from 'zod';

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
  h264Encoders: z.array(z.string()),
  whisper: toolReportSchema,
  models: z.array(z.object({ name: z.string(), path: z.string(), sizeBytes: z.number().int() })),
  workspacePath: z.string(),
  platform: z.string(),
  nodeVersion: z.string(),
});
export type DoctorReport = z.infer<typeof doctorReportSchema>;
