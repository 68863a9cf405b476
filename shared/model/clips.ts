import { z } from 'zod';
import { errorInfoSchema } from '../errors';
import { reframeModes } from '../export/presets';
import { consentScopes } from './programme';

export const CLIPS_SCHEMA_VERSION = 1;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'Use lowercase letters, digits and dashes for an id.');
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Write colours as #RRGGBB.');

/** How a clip's frame is fitted into a preset of another shape; focusX 0 = left edge, 1 = right edge. */
export const clipReframeSchema = z.object({
  mode: z.enum(reframeModes),
  focusX: z.number().min(0).max(1).default(0.5),
});
export type ClipReframe = z.infer<typeof clipReframeSchema>;

/** The best 30–90 s of an interview: a range of one media item plus what a post needs. */
export const clipSchema = z.object({
  id,
  mediaId: z.string().min(1),
  startMs: z.number().int().nonnegative(),
  endMs: z.number().int().positive(),
  title: z.string().max(200),
  speakerId: z.string().max(200).optional(),
  tags: z.array(z.string().max(100)).default([]),
  topic: z.string().max(200).optional(),
  hashtags: z.array(z.string().max(100)).default([]),
  /** Per-clip reframing; when absent the preset's own mode with the centre as focus. */
  reframe: clipReframeSchema.optional(),
  /** The track that burns as the caption (absent: the style's choice); a track id of the media's transcript. */
  primaryTrackId: z.string().max(200).optional(),
  /** The second caption line's track, or 'none' for one line only (absent: the style's choice). */
  secondaryTrackId: z.string().max(200).optional(),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
});
export type Clip = z.infer<typeof clipSchema>;

/** What clips.save takes: a new clip has no id or createdAt yet. */
export const clipInputSchema = clipSchema.extend({ id: id.optional(), createdAt: z.string().optional() });
export type ClipInput = z.input<typeof clipInputSchema>;

/**
 * 'auto' picks by the ffmpeg in use: Noto Nastaliq Urdu where libass shapes with HarfBuzz, Noto Naskh Arabic
 * where it has FriBidi only (Nastaliq would break there). 'nastaliq' / 'naskh' force one; 'sans' is Noto Sans.
 */
export const captionFonts = ['auto', 'nastaliq', 'naskh', 'sans'] as const;
export type CaptionFont = (typeof captionFonts)[number];
export const captionPositions = ['bottom', 'top', 'middle'] as const;
export type CaptionPosition = (typeof captionPositions)[number];

/** A named look for burned-in captions (GUIDELINES.md "caption size", "colours"). */
export const captionStyleSchema = z.object({
  id,
  name: z.string().min(1).max(100),
  /** The main caption track, by id or else by language ('ur'); the transcript's first track when both are absent. */
  primaryTrackId: z.string().optional(),
  primaryLanguage: z.string().optional(),
  /** Bilingual captions: a second track (an English line under the Urdu one), aligned by time. */
  secondaryTrackId: z.string().optional(),
  secondaryLanguage: z.string().optional(),
  font: z.enum(captionFonts).default('auto'),
  /** Line height as a percentage of the frame height; absent: 7.5 % in 16:9 and 1:1, 4.2 % in 9:16. */
  sizePct: z.number().min(1).max(20).optional(),
  /** The secondary line's size relative to the primary one. */
  secondaryScale: z.number().min(0.4).max(1.5).default(0.85),
  colour: colour.default('#FFFFFF'),
  outlineColour: colour.default('#000000'),
  /** Outline thickness in pixels of a 1080-pixel-high frame (scaled to the output). */
  outlinePx: z.number().min(0).max(20).default(3),
  /** A box behind the text (ASS BorderStyle 3) instead of an outline; the box has the outline colour. */
  box: z.boolean().default(false),
  boxOpacity: z.number().min(0).max(1).default(0.75),
  position: z.enum(captionPositions).default('bottom'),
  /** Absent: from the frame's free width (about 42 in landscape, 25–32 in 9:16). */
  maxCharsPerLine: z.number().int().min(8).max(80).optional(),
  maxLines: z.number().int().min(1).max(4).default(2),
  highlightActiveWord: z.boolean().default(false),
  highlightColour: colour.default('#FFE600'),
  /** Colour each speaker's lines (white, yellow, cyan, green in order of appearance). */
  speakerColours: z.boolean().default(false),
  builtIn: z.boolean().default(false),
});
export type CaptionStyle = z.infer<typeof captionStyleSchema>;
export type CaptionStyleInput = z.input<typeof captionStyleSchema>;

export const sidecarFormats = ['srt', 'vtt'] as const;
export type SidecarFormat = (typeof sidecarFormats)[number];

export const DEFAULT_FILE_NAME_TEMPLATE = '{session}_{speaker}_{preset}_{n}';

export const exportOptionsSchema = z.object({
  burnIn: z.boolean().default(true),
  /** A mov_text subtitle stream players can switch on and off. */
  softSubtitles: z.boolean().default(false),
  sidecars: z.array(z.enum(sidecarFormats)).default([]),
  /** EBU R128 to -14 LUFS (what the platforms play at). */
  normaliseLoudness: z.boolean().default(true),
  fileNameTemplate: z.string().min(1).max(200).default(DEFAULT_FILE_NAME_TEMPLATE),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof exportOptionsSchema>;

/**
 * 'interrupted': the process running or queueing it ended without closing (a crash, kill -9, power loss);
 * it is not restarted by itself, the person retries it.
 */
export const exportRecordStates = [
  'queued',
  'running',
  'succeeded',
  'failed',
  'canceled',
  'interrupted',
] as const;
export type ExportRecordState = (typeof exportRecordStates)[number];

/** The process working on something (an export record, a job folder): its id on its machine. */
export const processOwnerSchema = z.object({ pid: z.number().int().positive(), host: z.string() });
export type ProcessOwner = z.infer<typeof processOwnerSchema>;

/** One (clip × preset) output: a persisted entry of the export queue (`<workspace>/export-queue.json`). */
export const exportJobRecordSchema = z.object({
  id: z.string(),
  batchId: z.string(),
  sessionId: z.string(),
  clipId: z.string(),
  presetId: z.string(),
  styleId: z.string().optional(),
  options: exportOptionsSchema,
  /** Where the files go: `<session>/exports/<batchId>/` unless chosen. */
  outputFolder: z.string(),
  /** The expanded file-name template (no extension); a number is added if the name is taken. */
  fileStem: z.string(),
  /** The clip's number within the batch ({n} in the template). */
  n: z.number().int().positive(),
  state: z.enum(exportRecordStates),
  /** The queue's job running it now (changes on retry and after a restart). */
  jobId: z.string().optional(),
  /** The process that queued or runs it, while it is queued or running; gone owner = interrupted. */
  owner: processOwnerSchema.optional(),
  attempts: z.number().int().nonnegative().default(0),
  createdAt: z.string(),
  updatedAt: z.string(),
  outputPath: z.string().optional(),
  /** Sidecars written beside the video (JSON, SRT, VTT), absolute paths. */
  sidecarPaths: z.array(z.string()).default([]),
  sizeBytes: z.number().int().nonnegative().optional(),
  durationMs: z.number().int().nonnegative().optional(),
  widthPx: z.number().int().nonnegative().optional(),
  heightPx: z.number().int().nonnegative().optional(),
  /** Which Urdu font burned, and why: 'Noto Nastaliq Urdu (HarfBuzz)'. */
  captionFont: z.string().optional(),
  error: errorInfoSchema.optional(),
  /** The clip's speaker, when a participant of the session (its consent was checked at queueing). */
  participantId: z.string().optional(),
  /** The speaker's consent scope when the export was queued; the job refuses to run if it changed. */
  consentScope: z.enum(consentScopes).optional(),
  /** The speaker as published ({speaker}, metadata, manifest): their name or "Participant 3". */
  speakerName: z.string().optional(),
  /**
   * The other participants who speak in the clip (cues overlapping it) and their consent scopes when the
   * export was queued; the job refuses to run if they changed. An anonymous one's name is removed too.
   */
  coSpeakers: z
    .array(z.object({ participantId: z.string(), consentScope: z.enum(consentScopes) }))
    .optional(),
  /**
   * The consent override ('consent-override' history event) that allowed a refused clip, and its reason:
   * the speaker's when they needed one, else the first other participant's.
   */
  overrideId: z.string().optional(),
  overrideReason: z.string().optional(),
  /** Every override that allowed the clip, one per refused participant who speaks in it. */
  overrides: z
    .array(z.object({ participantId: z.string(), overrideId: z.string(), reason: z.string() }))
    .optional(),
});
export type ExportJobRecord = z.infer<typeof exportJobRecordSchema>;

export const exportWarningKinds = [
  'too-short',
  'too-long',
  'too-large',
  'outside-media',
  'no-captions',
  'consent',
  'unknown-preset',
  'unknown-clip',
  'font-substituted',
  'missing-glyph',
  'unknown-style',
  'track-empty',
] as const;
export type ExportWarningKind = (typeof exportWarningKinds)[number];

export const exportWarningSchema = z.object({
  kind: z.enum(exportWarningKinds),
  message: z.string(),
  clipId: z.string().optional(),
  presetId: z.string().optional(),
  /** 'consent': the participant whose consent refuses it (consent.override takes this id). */
  participantId: z.string().optional(),
  /** 'missing-glyph': the cue, the character and the font without it; 'font-substituted': the font used. */
  cueId: z.string().optional(),
  char: z.string().optional(),
  fontFamily: z.string().optional(),
  /** 'error' blocks the export (consent refused, unknown ids); 'warning' is advice. */
  severity: z.enum(['warning', 'error']),
  /**
   * What the UI words the warning from (message is the English for the CLI). 'consent': code
   * ('consent-refused', 'participants-unknown', 'override-not-for-participant'), clip, name, scope.
   */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ExportWarning = z.infer<typeof exportWarningSchema>;

/** `<session>/clips.json`: the session's clips (kept out of session.json). */
export const clipsDocumentSchema = z.object({
  schemaVersion: z.literal(CLIPS_SCHEMA_VERSION),
  clips: z.array(clipSchema),
  /** The style the session's exports use unless another is chosen. */
  defaultStyleId: z.string().optional(),
});
export type ClipsDocument = z.infer<typeof clipsDocumentSchema>;
