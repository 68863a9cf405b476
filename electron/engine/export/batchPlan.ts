import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expandTemplate, uniqueStem } from '../../../shared/export/fileName';
import type { Clip, ExportJobRecord, ExportOptions } from '../../../shared/model/clips';
import type { Session } from '../../../shared/model/session';
import type { PlannedConsent } from './exportConsent';
import { publicationOf, publishedClip } from './publication';

export function newBatchId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `b-${stamp}-${randomBytes(2).toString('hex')}`;
}

export const manifestName = (outputFolder: string, batchId: string) =>
  path.basename(outputFolder) === batchId ? 'manifest.csv' : `manifest-${batchId}.csv`;

/**
 * One queued record per (clip × preset), with file names from the template, unique within the batch and
 * against the files already in the folder. {n} is the clip's number in the batch, so a clip's versions for
 * several platforms share it. Names come from the clip's publication: {speaker} is the participant's name or
 * "Participant N", and every text is redacted for an anonymous speaker (the clip's or anyone else heard).
 */
export async function planBatch(input: {
  batchId: string;
  session: Session;
  clips: readonly Clip[];
  presetIds: readonly string[];
  options: ExportOptions;
  styleId?: string;
  outputFolder: string;
  consent: ReadonlyMap<string, PlannedConsent>;
}): Promise<ExportJobRecord[]> {
  const existing = await fs.readdir(input.outputFolder).catch(() => [] as string[]);
  const taken = new Set(existing.map((name) => name.replace(/\.[^.]*$/, '')));
  const now = new Date().toISOString();
  const records: ExportJobRecord[] = [];
  input.clips.forEach((original, index) => {
    const consent = input.consent.get(original.id) ?? { publication: publicationOf(undefined) };
    const { publication } = consent;
    const clip = publishedClip(original, publication);
    for (const presetId of input.presetIds) {
      const stem = expandTemplate(input.options.fileNameTemplate, {
        session: publication.text(input.session.title),
        speaker: publication.speakerName,
        preset: presetId,
        n: String(index + 1),
        clip: clip.title,
        topic: clip.topic,
        date: input.session.createdAt.slice(0, 10),
      });
      records.push({
        id: `x-${randomBytes(5).toString('hex')}`,
        batchId: input.batchId,
        sessionId: input.session.id,
        clipId: clip.id,
        presetId,
        ...(input.styleId ? { styleId: input.styleId } : {}),
        options: input.options,
        outputFolder: input.outputFolder,
        fileStem: uniqueStem(stem, taken),
        n: index + 1,
        state: 'queued',
        attempts: 0,
        createdAt: now,
        updatedAt: now,
        sidecarPaths: [],
        ...(consent.participantId ? { participantId: consent.participantId } : {}),
        ...(consent.consentScope ? { consentScope: consent.consentScope } : {}),
        ...(consent.coSpeakers ? { coSpeakers: consent.coSpeakers } : {}),
        ...(publication.speakerName ? { speakerName: publication.speakerName } : {}),
        ...(consent.override
          ? { overrideId: consent.override.id, overrideReason: consent.override.reason }
          : {}),
        ...(consent.overrides ? { overrides: consent.overrides } : {}),
      });
    }
  });
  return records;
}
