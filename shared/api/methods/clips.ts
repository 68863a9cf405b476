import { z } from 'zod';
import {
  captionStyleSchema,
  clipInputSchema,
  clipReframeSchema,
  clipSchema,
  exportJobRecordSchema,
  exportOptionsSchema,
  exportWarningSchema,
} from '../../model/clips';
import { presetSchema } from '../../export/presets';
import { empty, method, sessionId } from './define';

const ids = z.array(z.string().min(1).max(200)).min(1).max(500);

/** A consent override (consent.override's overrideId) that lets a refused participant of a clip be published. */
export const exportOverrideSchema = z.object({
  clipId: z.string().min(1).max(200),
  overrideId: z.string().min(1).max(200),
});
export type ExportOverride = z.infer<typeof exportOverrideSchema>;

/**
 * Clips, caption styles, platform presets and the export queue (shared/model/clips.ts has the shapes).
 * Clips live in `<session>/clips.json`; styles in `<workspace>/styles.json`; user presets in
 * `<workspace>/presets.json`; the export queue in `<workspace>/export-queue.json` (it survives a restart).
 */
export const clipMethods = {
  /** The session's clips and every caption style (built-in and saved). */
  'clips.list': method(
    z.object({ sessionId }),
    z.object({ clips: z.array(clipSchema), styles: z.array(captionStyleSchema), defaultStyleId: z.string() }),
  ),
  /** Creates (no id) or updates a clip; with snap, its ends move to the nearest word/cue/silence boundary. */
  'clips.save': method(
    z.object({ sessionId, clip: clipInputSchema, snap: z.boolean().default(false) }),
    clipSchema,
  ),
  'clips.remove': method(
    z.object({ sessionId, clipId: z.string().min(1) }),
    z.object({ removed: z.boolean() }),
  ),
  /** Saves a named caption style in the workspace (a built-in's id saves an edited copy that replaces it). */
  'styles.save': method(z.object({ style: captionStyleSchema }), captionStyleSchema),
  /** Removes a saved style; removing the edited copy of a built-in brings the built-in back. */
  'styles.remove': method(z.object({ styleId: z.string().min(1) }), z.object({ removed: z.boolean() })),
  'presets.list': method(empty, z.array(presetSchema)),
  'presets.save': method(z.object({ preset: presetSchema }), presetSchema),
  'presets.remove': method(
    z.object({ presetId: z.string().min(1) }),
    z.object({ removed: z.boolean(), restoredBuiltIn: z.boolean() }),
  ),
  /**
   * The frame at `atMs` (media time) of a clip range as the export will burn it: the same ffmpeg, reframe,
   * ASS captions, fonts and shaper decision, rendered on demand as one PNG (a data: URL) of the preset's
   * size. `captionFont` says which font burned and why, as in the manifest.
   */
  'export.previewFrame': method(
    z.object({
      sessionId,
      mediaId: z.string().min(1),
      startMs: z.number().int().nonnegative(),
      endMs: z.number().int().positive(),
      atMs: z.number().int().nonnegative(),
      presetId: z.string().min(1),
      styleId: z.string().optional(),
      reframe: clipReframeSchema.optional(),
      /** The clip's speaker: anyone heard who consented to publish anonymously is unnamed, as in the export. */
      speakerId: z.string().max(200).optional(),
      /** The clip's own track choice (clip.primaryTrackId / secondaryTrackId), as the export burns it. */
      primaryTrackId: z.string().max(200).optional(),
      secondaryTrackId: z.string().max(200).optional(),
    }),
    z.object({
      dataUrl: z.string(),
      widthPx: z.number().int().positive(),
      heightPx: z.number().int().positive(),
      captionFont: z.string(),
      shaper: z.enum(['harfbuzz', 'fribidi', 'unknown', 'none']),
    }),
  ),
  /**
   * What would go wrong: clips too short/long for a platform, files over its size limit, consent refused, and
   * the caption fonts (the style's, else the session's default style): Nastaliq replaced by Naskh where this
   * ffmpeg cannot shape it, characters a font has no glyph for.
   */
  'export.check': method(
    z.object({ sessionId, clipIds: ids, presetIds: ids, styleId: z.string().optional() }),
    z.object({ warnings: z.array(exportWarningSchema) }),
  ),
  /**
   * One job per (clip × preset); a CSV manifest is written in the output folder when they all finish.
   * Consent is checked for everyone who speaks in a clip: its speaker and the speaker of every cue that
   * overlaps it. A clip where anyone's consent refuses publishing is refused (invalid-request, the
   * participant-facing message naming each of them) unless `overrides` names a 'publish' override of each
   * refused person for it (one entry per person; several per clip); anyone who consented to publish
   * anonymously is published as "Participant N" everywhere. Every finished export is recorded in the
   * session's history ('clip-exported' for the clip's speaker, platform = preset id).
   */
  'export.start': method(
    z.object({
      sessionId,
      clipIds: ids,
      presetIds: ids,
      options: exportOptionsSchema.default(exportOptionsSchema.parse({})),
      styleId: z.string().optional(),
      /** Absolute folder; default `<workspace>/sessions/<id>/exports/<batchId>/`. */
      outputFolder: z.string().min(1).optional(),
      overrides: z.array(exportOverrideSchema).max(500).optional(),
      /** Export the allowed clips and list the refused ones in `skipped` instead of refusing the batch. */
      skipRefused: z.boolean().optional(),
    }),
    z.object({
      batchId: z.string(),
      jobIds: z.array(z.string()),
      outputFolder: z.string(),
      /** With skipRefused: the clips left out, each with its consent refusals (kind 'consent'). */
      skipped: z.array(z.object({ clipId: z.string(), warnings: z.array(exportWarningSchema) })).default([]),
    }),
  ),
  /** The persisted export queue, newest first (optionally one session's or one batch's). */
  'export.queue': method(
    z.object({ sessionId: sessionId.optional(), batchId: z.string().optional() }),
    z.array(exportJobRecordSchema),
  ),
  /**
   * Queues an interrupted, failed or canceled export again (an 'interrupted' one was cut short when the
   * Guftagu running it was killed or crashed). Anything else: invalid-request.
   */
  'export.retry': method(z.object({ recordId: z.string().min(1) }), z.object({ jobId: z.string() })),
  /** Shows an export folder (inside the workspace) in the system's file manager. */
  'export.openFolder': method(z.object({ path: z.string().min(1) }), z.object({ opened: z.boolean() })),
} as const;
