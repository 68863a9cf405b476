import { promises as fs } from 'node:fs';
import path from 'node:path';
import { engineError } from '../../../shared/errorTexts';
import type { Preset } from '../../../shared/export/presets';
import type { CaptionStyle, Clip, ExportJobRecord } from '../../../shared/model/clips';
import type { Media } from '../../../shared/model/media';
import packageJson from '../../../package.json';
import type { CaptionTracks } from './captions';
import { outputMetadata } from '../../../shared/export/outputMetadata';
import type { Publication, PublishedSession } from '../../../shared/export/publication';

/**
 * The JSON sidecar: everything known about the clip, so a post can be written without the app. Takes the
 * published session and clip; the recording's file name goes through the publication too. `metadata` is
 * the same output metadata as the MP4 tags and the manifest (shared/export/outputMetadata.ts).
 */
export function sidecarJson(input: {
  record: ExportJobRecord;
  session: PublishedSession;
  clip: Clip;
  publication: Publication;
  media: Media;
  preset: Preset;
  style: CaptionStyle;
  tracks: CaptionTracks;
  result: { sizeBytes: number; durationMs: number; widthPx: number; heightPx: number; captionFont?: string };
}): string {
  const { record, session, clip, publication, media, preset, style, tracks, result } = input;
  return `${JSON.stringify(
    {
      schemaVersion: 1,
      exportedAt: new Date().toISOString(),
      exportedBy: `Guftagu ${packageJson.version}`,
      batchId: record.batchId,
      session: { id: session.id, title: session.title, createdAt: session.createdAt, notes: session.notes },
      metadata: outputMetadata(session, clip, publication.speakerName),
      media: {
        id: media.id,
        fileName: publication.text(media.fileName),
        durationMs: media.probe.durationMs,
        creationTime: media.probe.creationTime,
      },
      clip,
      speaker: publication.speakerName
        ? {
            name: publication.speakerName,
            anonymous: publication.anonymous,
            participantId: record.participantId,
            consent: record.consentScope,
            overrideId: record.overrideId,
          }
        : undefined,
      preset: { id: preset.id, name: preset.name, widthPx: result.widthPx, heightPx: result.heightPx },
      captions: {
        burnedIn: record.options.burnIn,
        style: style.id,
        font: result.captionFont,
        tracks: Object.values(tracks)
          .filter((track) => track !== undefined)
          .map((track) => ({ id: track.id, language: track.language, kind: track.kind })),
      },
      options: record.options,
      output: { durationMs: result.durationMs, sizeBytes: result.sizeBytes },
    },
    null,
    2,
  )}\n`;
}

export interface PlannedFile {
  tempName: string;
  /** What follows the stem: '.mp4', '.srt', '.en.vtt', '.json'. */
  suffix: string;
}

/**
 * Renames the job's files into the output folder as `<stem><suffix>`; when any of those names is taken,
 * the stem becomes `<stem>-2`, `<stem>-3` … for all of them. Returns the final paths in order.
 */
export async function placeOutputs(
  tempFolder: string,
  outputFolder: string,
  stem: string,
  files: readonly PlannedFile[],
): Promise<string[]> {
  const taken = async (candidate: string) => {
    for (const file of files) {
      const exists = await fs.access(path.join(outputFolder, `${candidate}${file.suffix}`)).then(
        () => true,
        () => false,
      );
      if (exists) return true;
    }
    return false;
  };
  let chosen = stem;
  for (let number = 2; await taken(chosen); number++) {
    chosen = `${stem}-${number}`;
    if (number > 10_000) throw engineError('output-names-exhausted', { stem, path: outputFolder });
  }
  const placed: string[] = [];
  for (const file of files) {
    const target = path.join(outputFolder, `${chosen}${file.suffix}`);
    await fs.rename(path.join(tempFolder, file.tempName), target);
    placed.push(target);
  }
  return placed;
}
