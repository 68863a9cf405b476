import type { Clip, ExportJobRecord } from '../model/clips';
import { toCsv } from '../format/csv';
import { METADATA_COLUMNS, metadataCells, type OutputMetadata } from './outputMetadata';

export const MANIFEST_COLUMNS = [
  'batch_id',
  'state',
  'file',
  'clip_id',
  'preset',
  'start_s',
  'end_s',
  'duration_s',
  'width',
  'height',
  'size_bytes',
  'topic',
  'caption_font',
  'sidecars',
  'error',
  'consent_scope',
  'override_id',
  'override_reason',
] as const;

const fileName = (filePath: string | undefined) => filePath?.split(/[\\/]/).pop() ?? '';
const secondsOf = (ms: number | undefined) => (ms === undefined ? undefined : (ms / 1000).toFixed(3));

/** A manifest row's record, with its clip and metadata as published (absent where they could not be read). */
export interface ManifestRow {
  record: ExportJobRecord;
  clip?: Clip;
  metadata?: OutputMetadata;
}

/**
 * The batch's manifest: one row per (clip × preset), file names relative to the output folder, then the
 * output metadata (outputMetadata.ts: session, clip title, speaker as published, tags, languages …). A clip
 * overridden for several participants lists every override id, and their reasons, joined by "; ".
 */
export function buildManifest(input: readonly ManifestRow[]): string {
  const rows = input.map(({ record, clip, metadata }) => {
    return [
      record.batchId,
      record.state,
      fileName(record.outputPath),
      record.clipId,
      record.presetId,
      secondsOf(clip?.startMs),
      secondsOf(clip?.endMs),
      secondsOf(record.durationMs ?? (clip ? clip.endMs - clip.startMs : undefined)),
      record.widthPx,
      record.heightPx,
      record.sizeBytes,
      clip?.topic,
      record.captionFont,
      record.sidecarPaths.map(fileName).join('; '),
      record.error?.message,
      record.consentScope,
      record.overrides ? record.overrides.map((item) => item.overrideId).join('; ') : record.overrideId,
      record.overrides ? record.overrides.map((item) => item.reason).join('; ') : record.overrideReason,
      ...metadataCells(metadata),
    ];
  });
  return toCsv([[...MANIFEST_COLUMNS, ...METADATA_COLUMNS], ...rows]);
}
