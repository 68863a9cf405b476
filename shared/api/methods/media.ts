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
} as const;
