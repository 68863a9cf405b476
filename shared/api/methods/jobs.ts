import { z } from 'zod';
import { jobSnapshotSchema } from '../../model/jobs';
import { empty, method } from './define';

export const jobMethods = {
  'jobs.list': method(empty, z.array(jobSnapshotSchema)),
  'jobs.cancel': method(z.object({ jobId: z.string() }), z.object({ canceled: z.boolean() })),
  'jobs.retry': method(z.object({ jobId: z.string() }), z.object({ jobId: z.string() })),
  'jobs.clearFinished': method(empty, z.object({ cleared: z.number().int() })),
} as const;
