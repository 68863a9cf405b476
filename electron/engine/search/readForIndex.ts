import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { TRANSCRIPT_SCHEMA_VERSION } from '../../../shared/transcript/model';
import type { TranscriptStore } from '../transcription/transcriptStore';

/**
 * What the index needs of a transcript: its cues' ids, times, text and speaker, not the words. Checking
 * the whole transcript schema (every word of every cue) costs about 20 times the JSON parse, so a file in
 * the current format is parsed and checked against this slim shape only; an older format goes through the
 * store (its migrations). A file that is neither is left out of search, as before the index: opening it in
 * the editor reports the problem.
 */
const searchableTranscriptSchema = z.object({
  schemaVersion: z.literal(TRANSCRIPT_SCHEMA_VERSION),
  mediaId: z.string().min(1),
  tracks: z.array(
    z.object({
      id: z.string().min(1),
      cues: z.array(
        z.object({
          id: z.string().min(1),
          startMs: z.number().int().nonnegative(),
          endMs: z.number().int().nonnegative(),
          text: z.string(),
          speakerId: z.string().optional(),
        }),
      ),
    }),
  ),
});
export type SearchableTranscript = z.infer<typeof searchableTranscriptSchema>;

export async function readTranscriptForIndex(
  transcripts: TranscriptStore,
  sessionId: string,
  mediaId: string,
): Promise<SearchableTranscript | undefined> {
  let file: string;
  try {
    file = transcripts.file(sessionId, mediaId);
  } catch {
    return undefined;
  }
  const text = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = searchableTranscriptSchema.safeParse(data);
  if (parsed.success) return parsed.data.mediaId === mediaId ? parsed.data : undefined;
  return transcripts.get(sessionId, mediaId).catch(() => undefined);
}
