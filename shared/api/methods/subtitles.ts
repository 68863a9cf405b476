import { z } from 'zod';
import { encodingChoices, textEncodings } from '../../subtitles/encoding';
import { importNoteCodes } from '../../subtitles/importNotes';
import { subtitleFileFormats } from '../../subtitles/formats';
import { trackKinds, transcriptSchema } from '../../transcript/model';
import { mediaId, method, sessionId } from './define';

/** A note of the import (a repair, or a WebVTT block left out): a code and parameters the UI words. */
const noteSchema = z.object({
  line: z.number().int().positive(),
  code: z.enum(importNoteCodes),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

const language = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Choose a language code such as ur, en, sd, pa, ps.');

export const subtitleMethods = {
  /**
   * Reads an SRT, WebVTT, ASS or text file into a new track of the media's transcript (made, model
   * 'imported', when there is none). Overlapping cues are kept. Strict by default: a malformed SRT, ASS or
   * text file is refused ('invalid-request') with its line; a WebVTT file is read as a browser reads it
   * (refused only when it is not WebVTT), the blocks it skipped listed; with `lenient`, what can be
   * repaired is and every repair is returned. An empty track of the same language (a transcription that
   * found no speech) is replaced rather than joined by a second one.
   */
  'subtitles.import': method(
    z.object({
      sessionId,
      mediaId,
      path: z.string().min(1, 'Choose a subtitle file.'),
      lenient: z.boolean().default(false),
      encoding: z.enum(encodingChoices).default('auto'),
      /** Absent: guessed from the script of the text (Arabic script → ur, sd or ps; Latin → en). */
      language: language.optional(),
      /** Default: 'transcript' when the transcript has no track yet or one in this language, else 'translation'. */
      trackKind: z.enum(trackKinds).optional(),
    }),
    z.object({
      transcript: transcriptSchema,
      trackId: z.string(),
      format: z.enum(subtitleFileFormats),
      repairs: z.array(noteSchema),
      /** WebVTT blocks that are no cue, left out as a browser leaves them out (never an error). */
      skipped: z.array(noteSchema),
      encoding: z.enum(textEncodings),
    }),
  ),
  /**
   * Undoes an import: puts back the transcript as it was before it (`previous`, null when the media had no
   * transcript), only while the transcript is still the import's revision (else 'locked', nothing changed).
   */
  'subtitles.undoImport': method(
    z.object({
      sessionId,
      mediaId,
      importedRevision: z.number().int().nonnegative(),
      previous: transcriptSchema.nullable(),
    }),
    z.object({ transcript: transcriptSchema.nullable() }),
  ),
  /**
   * Writes one track as a subtitle file: to `path`, or to <session>/exports/<media name>.<language>.<format>.
   * The text comes back too (browser mode offers it as a download).
   */
  'subtitles.export': method(
    z.object({
      sessionId,
      mediaId,
      trackId: z.string().min(1),
      format: z.enum(subtitleFileFormats),
      path: z.string().min(1).optional(),
    }),
    z.object({ path: z.string(), fileName: z.string(), text: z.string() }),
  ),
} as const;
