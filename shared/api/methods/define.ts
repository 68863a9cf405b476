import { z } from 'zod';

/** One API method: a zod schema for its request and one for its response. */
export const method = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) => ({
  request,
  response,
});

export const empty = z.object({}).strict();
export const sessionId = z.string().min(1).max(200);
export const mediaId = z.string().min(1).max(200);
