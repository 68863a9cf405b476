import { z } from 'zod';
import { mediaSchema, peaksSchema } from '../../model/media';
import { sessionSchema } from '../../model/session';
import { method, sessionId } from './define';

export const mediaMethods = {
  'media.import': method(
    z.object({ sessionId, paths: z.array(z.string().min(1)).min(1, 'Choose at least one file.') }),
    z.object({ jobIds: z.array(z.string()) }),
  ),
  'media.relink': method(z.object({ sessionId, mediaId: z.string(), path: z.string().min(1) }), mediaSchema),
  'media.remove': method(z.object({ sessionId, mediaId: z.string() }), sessionSchema),
  'media.peaks': method(
    z.object({ sessionId, mediaId: z.string(), buckets: z.number().int().min(1).max(100_000).optional() }),
    peaksSchema,
  ),
  /** RMS loudness of the extracted sound per window (shared/media/loudness.ts), for the editor's QC. */
  'media.loudness': method(
    z.object({ sessionId, mediaId: z.string(), windowMs: z.number().int().min(20).max(10_000).optional() }),
    z.object({ windowMs: z.number(), durationMs: z.number(), rmsDbfs: z.array(z.number()) }),
  ),
} as const;
