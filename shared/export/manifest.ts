import type { Clip, ExportJobRecord } from '../model/clips';
import { toCsv } from '../format/csv';

export const MANIFEST_COLUMNS = [
  'batch_id',
  'state',
  'file',
  'clip_id',
  'clip_title',
  'preset',
  'start_s',
  'end_s',
  'duration_s',
  'width',
  'height',
  'size_bytes',
  'speaker',
  'topic',
  'tags',
  'hashtags',
  'caption_font',
  'sidecars',
  'error',
  'consent_scope',
  'override_id',
  'override_reason',
] as const;

const fileName = (filePath: string | undefined) => filePath?.split(/[\\/]/).pop() ?? '';
const secondsOf = (ms: number | undefined) => (ms === undefined ? undefined : (ms / 1000).toFixed(3));

/**
 * The batch's manifest: one row per (clip × preset), file names relative to the output folder. `clips` are
 * the clips as published (redacted for an anonymous speaker); the speaker is the record's published name.
 * A clip overridden for several participants lists every override id, and their reasons, joined by "; ".
 */
export function buildManifest(records: readonly ExportJobRecord[], clips: ReadonlyMap<string, Clip>): string {
  const rows = records.map((record) => {
    const clip = clips.get(record.clipId);
    return [
      record.batchId,
      record.state,
      fileName(record.outputPath),
      record.clipId,
      clip?.title,
      record.presetId,
      secondsOf(clip?.startMs),
      secondsOf(clip?.endMs),
      secondsOf(record.durationMs ?? (clip ? clip.endMs - clip.startMs : undefined)),
      record.widthPx,
      record.heightPx,
      record.sizeBytes,
      record.speakerName,
      clip?.topic,
      clip?.tags.join('; '),
      clip?.hashtags.join(' '),
      record.captionFont,
      record.sidecarPaths.map(fileName).join('; '),
      record.error?.message,
      record.consentScope,
      record.overrides ? record.overrides.map((item) => item.overrideId).join('; ') : record.overrideId,
      record.overrides ? record.overrides.map((item) => item.reason).join('; ') : record.overrideReason,
    ];
  });
  return toCsv([[...MANIFEST_COLUMNS], ...rows]);
}
