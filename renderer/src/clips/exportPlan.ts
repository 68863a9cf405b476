import { expandTemplate } from '../../../shared/export/fileName';
import type { Preset } from '../../../shared/export/presets';
import type { Clip, ExportJobRecord, ExportWarning } from '../../../shared/model/clips';
import type { Participant } from '../../../shared/model/programme';

/** A consent warning names the participant; when it does not, the clip's speaker is asked about. */
export type ConsentWarning = ExportWarning & { participantId?: string };

/** What the file-name template gives for the first chosen clip and preset: "Dialogue_Ayesha_reels_1". */
export function templateExample(
  template: string,
  values: { session: string; clip?: Pick<Clip, 'title' | 'topic'>; speaker?: string; presetId?: string },
  today: Date = new Date(),
): string {
  return expandTemplate(template, {
    session: values.session,
    ...(values.speaker ? { speaker: values.speaker } : {}),
    preset: values.presetId ?? 'reels',
    n: '1',
    ...(values.clip?.title ? { clip: values.clip.title } : {}),
    ...(values.clip?.topic ? { topic: values.clip.topic } : {}),
    date: today.toISOString().slice(0, 10),
    lang: 'ur',
  });
}

/** The speaker's name as the clip list shows it; undefined when the clip has none or they were removed. */
export const speakerName = (participants: readonly Participant[], speakerId: string | undefined) =>
  speakerId === undefined ? undefined : participants.find((person) => person.id === speakerId)?.name;

export interface ConsentBlock {
  clipId: string;
  participantId?: string;
  message: string;
  /** The plan's code and parameters (code, name, scope), from which the UI words the refusal. */
  params?: Readonly<Record<string, string | number>>;
}

/** Where an override of a refusal is kept: one per clip and refused participant. */
export const overrideKey = (block: Pick<ConsentBlock, 'clipId' | 'participantId'>): string =>
  `${block.clipId}\n${block.participantId ?? ''}`;

/**
 * Consent refusals, one per clip and refused participant (the participant from the warning, else the
 * clip's speaker): a clip where several refused people speak needs an override for each.
 */
export function consentBlocks(
  warnings: readonly ConsentWarning[],
  clips: readonly Pick<Clip, 'id' | 'speakerId'>[],
): ConsentBlock[] {
  const blocks = new Map<string, ConsentBlock>();
  for (const warning of warnings) {
    if (warning.kind !== 'consent' || warning.severity !== 'error' || !warning.clipId) continue;
    const participantId =
      warning.participantId ?? clips.find((clip) => clip.id === warning.clipId)?.speakerId;
    const block = {
      clipId: warning.clipId,
      message: warning.message,
      ...(participantId ? { participantId } : {}),
      ...(warning.params ? { params: warning.params } : {}),
    };
    if (!blocks.has(overrideKey(block))) blocks.set(overrideKey(block), block);
  }
  return [...blocks.values()];
}

/** Errors other than consent (unknown ids, clip outside its media) block the export outright. */
export const hardErrors = (warnings: readonly ExportWarning[]): ExportWarning[] =>
  warnings.filter((warning) => warning.severity === 'error' && warning.kind !== 'consent');

/**
 * Can Start be pressed: no hard errors, and every consent refusal has its override recorded (`overrides`
 * is keyed by overrideKey: clip and participant).
 */
export function canStart(
  warnings: readonly ConsentWarning[],
  clips: readonly Pick<Clip, 'id' | 'speakerId'>[],
  overrides: ReadonlyMap<string, unknown>,
): boolean {
  if (hardErrors(warnings).length > 0) return false;
  return consentBlocks(warnings, clips).every((block) => overrides.has(overrideKey(block)));
}

/**
 * Can Start be pressed when refused clips are skipped: no hard errors, and at least one chosen clip is
 * left with no refusal that lacks its override.
 */
export function canStartSkipping(
  warnings: readonly ConsentWarning[],
  chosen: readonly Pick<Clip, 'id' | 'speakerId'>[],
  overrides: ReadonlyMap<string, unknown>,
): boolean {
  if (hardErrors(warnings).length > 0) return false;
  const open = consentBlocks(warnings, chosen).filter((block) => !overrides.has(overrideKey(block)));
  return chosen.some((clip) => !open.some((block) => block.clipId === clip.id));
}

export interface BatchSummary {
  batchId: string;
  createdAt: string;
  outputFolder: string;
  records: ExportJobRecord[];
  /** 0..1 over all outputs (finished ones count whole). */
  progress: number;
  state: 'running' | 'succeeded' | 'failed';
}

/** export.queue records grouped per batch, newest first, with overall progress from live job progress. */
export function summariseBatches(
  records: readonly ExportJobRecord[],
  jobProgress: ReadonlyMap<string, number>,
): BatchSummary[] {
  const groups = new Map<string, ExportJobRecord[]>();
  for (const record of records) groups.set(record.batchId, [...(groups.get(record.batchId) ?? []), record]);
  const summaries = [...groups.entries()].map(([batchId, list]): BatchSummary => {
    const sorted = [...list].sort((a, b) => a.n - b.n || a.presetId.localeCompare(b.presetId));
    const done = (record: ExportJobRecord) =>
      record.state === 'succeeded' ||
      record.state === 'failed' ||
      record.state === 'canceled' ||
      record.state === 'interrupted'
        ? 1
        : record.state === 'running'
          ? (jobProgress.get(record.jobId ?? '') ?? 0)
          : 0;
    const progress = sorted.reduce((sum, record) => sum + done(record), 0) / Math.max(1, sorted.length);
    const unfinished = sorted.some((record) => record.state === 'queued' || record.state === 'running');
    const failed = sorted.some(
      (record) => record.state === 'failed' || record.state === 'canceled' || record.state === 'interrupted',
    );
    return {
      batchId,
      createdAt: sorted.reduce((min, record) => (record.createdAt < min ? record.createdAt : min), '~'),
      outputFolder: sorted[0]?.outputFolder ?? '',
      records: sorted,
      progress,
      state: unfinished ? 'running' : failed ? 'failed' : 'succeeded',
    };
  });
  return summaries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The output's file name from its path (either slash). */
export const fileNameOf = (filePath: string): string => filePath.split(/[\\/]/).pop() ?? filePath;

/** "1080×1920 · 30 fps · ≤ 1:30 · ≤ 1 GB" facts of a preset; 0×0 reads "source size". */
export function presetAspect(preset: Pick<Preset, 'widthPx' | 'heightPx'>): string {
  if (preset.widthPx === 0 || preset.heightPx === 0) return 'source';
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const divisor = gcd(preset.widthPx, preset.heightPx);
  return `${preset.widthPx / divisor}:${preset.heightPx / divisor}`;
}
