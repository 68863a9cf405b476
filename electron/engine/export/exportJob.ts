import { promises as fs } from 'node:fs';
import path from 'node:path';
import { engineError } from '../../../shared/errorTexts';
import { buildEncodeArgs } from '../../../shared/export/encodeArgs';
import { audioFilter } from '../../../shared/export/loudness';
import { findPreset } from '../../../shared/export/presets';
import { buildVideoFilter, outputFrame } from '../../../shared/export/reframe';
import { DEFAULT_STYLE_ID, builtInStyles } from '../../../shared/export/styles';
import type { CaptionStyle, Clip, ExportJobRecord } from '../../../shared/model/clips';
import type { Participant } from '../../../shared/model/programme';
import type { JobContext } from '../jobs/queue';
import type { FfmpegTools } from '../media/binaries';
import { runFfmpeg } from '../media/ffmpegRun';
import { makeJobFolder } from '../process/jobFolders';
import type { TranscriptStore } from '../transcription/transcriptStore';
import type { SessionStore } from '../workspace/sessionStore';
import { clipSubtitles, pickTracks, prepareBurnedCaptions, type CaptionTracks } from './captions';
import {
  overrideChoicesOf,
  planExport,
  policyKey,
  refusedError,
  type ExportSnapshot,
} from '../../../shared/export/planExport';
import { mp4Tags, outputMetadata } from '../../../shared/export/outputMetadata';
import {
  publicationOfRules,
  publishedClip,
  publishedSession,
  publishedTrack,
  type Publication,
} from '../../../shared/export/publication';
import { readExportSnapshot } from './exportSnapshot';
import { measureLoudness } from './loudnessPass';
import { placeOutputs, sidecarJson, type PlannedFile } from './outputs';
import type { ExportLibrary } from './stores';
import { detectShaper } from './tools';

export interface ExportDependencies {
  sessions: SessionStore;
  transcripts: TranscriptStore;
  tools: () => FfmpegTools;
  library: ExportLibrary;
  log?: (line: string) => void;
}

export interface ExportResult {
  outputPath: string;
  sidecarPaths: string[];
  sizeBytes: number;
  durationMs: number;
  widthPx: number;
  heightPx: number;
  captionFont?: string;
}

/**
 * One (clip × preset) export. Everything is written in a per-job temp folder inside the output folder under
 * ASCII names (ffmpeg runs there), then renamed to the template's name; a cancel or failure leaves nothing
 * behind, because the temp folder is removed in `finally` and ffmpeg is killed by the queue's abort.
 * Everything published (tags, captions, sidecars) comes from the clip's publication: for anyone heard in
 * the clip who consented to publish anonymously, their name is replaced by "Participant N" in every text.
 */
export async function runExportJob(
  record: ExportJobRecord,
  deps: ExportDependencies,
  context: JobContext,
): Promise<ExportResult> {
  const logOption = deps.log ? { log: deps.log } : {};
  context.progress(0, { code: 'preparing' });
  const read = await readExportSnapshot(deps, {
    sessionId: record.sessionId,
    clipIds: [record.clipId],
    presetIds: [record.presetId],
    overrides: overrideChoicesOf(record),
    fileNameTemplate: record.options.fileNameTemplate,
  });
  const fullSession = read.session;
  const original = read.clips.find((item) => item.id === record.clipId);
  if (!original) throw engineError('export-clip-removed');
  const publication = planAtRun(record, read.snapshot, read.clips, fullSession.participants);
  const clip = publishedClip(original, publication);
  const session = publishedSession(fullSession, publication);
  const media = fullSession.media.find((item) => item.id === clip.mediaId);
  if (!media) throw engineError('export-media-removed');
  await fs.access(media.sourcePath).catch(() => {
    throw engineError('export-source-gone', { name: media.fileName, path: media.sourcePath });
  });
  const preset = findPreset(read.snapshot.presets, record.presetId);
  if (!preset) throw engineError('preset-unknown', { preset: record.presetId });
  const styles = read.snapshot.styles as readonly CaptionStyle[];
  const style =
    styles.find((item) => item.id === (record.styleId ?? read.defaultStyleId ?? DEFAULT_STYLE_ID)) ??
    (builtInStyles[0] as (typeof builtInStyles)[number]);
  const transcript = await deps.transcripts.get(record.sessionId, media.id);
  const tools = deps.tools();
  const video = media.probe.video;
  const source = video
    ? { widthPx: video.displayWidth, heightPx: video.displayHeight, fps: video.fps || undefined }
    : undefined;
  const frame = outputFrame(preset, source);
  const durationMs = clip.endMs - clip.startMs;
  const hasAudio = media.probe.audio !== undefined;
  const tracks = publishedTracks(pickTracks(transcript, style, clip, clip), publication);

  await fs.mkdir(record.outputFolder, { recursive: true });
  const tempFolder = await makeJobFolder(record.outputFolder, context.jobId);
  try {
    const captions = record.options.burnIn
      ? await prepareBurnedCaptions({
          tempFolder,
          tracks,
          style,
          shaper: await detectShaper(tools.ffmpeg.path),
          frame,
          safeZone: preset.safeZone,
          clip,
        })
      : undefined;
    const common = { ffmpegPath: tools.ffmpeg.path, cwd: tempFolder, signal: context.signal, ...logOption };
    const sourceInput = `file:${media.sourcePath}`;
    let measured;
    if (record.options.normaliseLoudness && hasAudio) {
      context.progress(0.01, { code: 'measuring-loudness' });
      measured = await measureLoudness({ ...common, sourceInput, startMs: clip.startMs, durationMs });
    }
    const softSubtitles = record.options.softSubtitles && tracks.primary ? tracks.primary : undefined;
    if (softSubtitles)
      await fs.writeFile(path.join(tempFolder, 'soft.srt'), clipSubtitles(softSubtitles, clip, 'srt'));
    const reframe = clip.reframe ?? { mode: preset.reframe, focusX: 0.5 };
    const args = buildEncodeArgs({
      sourcePath: sourceInput,
      startMs: clip.startMs,
      durationMs,
      hasVideo: source !== undefined,
      hasAudio,
      output: frame,
      videoFilter: buildVideoFilter({
        source: source ?? { ...frame, fps: 30 },
        output: frame,
        mode: reframe.mode,
        focusX: reframe.focusX,
        maxFps: preset.maxFps,
        ...(captions ? { captions } : {}),
      }),
      audioFilter: audioFilter(record.options.normaliseLoudness, measured),
      preset,
      ...(softSubtitles ? { softSubtitles: { path: 'soft.srt', language: softSubtitles.language } } : {}),
      metadata: {
        ...mp4Tags(outputMetadata(session, clip, publication.speakerName)),
        ...(tracks.primary ? { language: tracks.primary.language } : {}),
      },
      ...(tracks.primary ? { audioLanguage: transcript?.language ?? tracks.primary.language } : {}),
      outputPath: 'output.mp4',
    });
    const base = measured ? 0.1 : 0.02;
    context.progress(base, { code: 'encoding' });
    await runFfmpeg({
      ...common,
      args,
      durationMs,
      onProgress: (ratio) => context.progress(base + ratio * (0.97 - base), { code: 'encoding' }),
      failure: { key: 'export-encode-failed', params: { clip: clip.title || clip.id, preset: preset.name } },
    });
    context.progress(0.98, { code: 'saving' });
    const files: PlannedFile[] = [{ tempName: 'output.mp4', suffix: '.mp4' }];
    for (const format of record.options.sidecars) {
      for (const [role, track] of Object.entries(tracks)) {
        if (!track) continue;
        const tempName = `${role}.${format}`;
        await fs.writeFile(path.join(tempFolder, tempName), clipSubtitles(track, clip, format));
        files.push({ tempName, suffix: role === 'primary' ? `.${format}` : `.${track.language}.${format}` });
      }
    }
    const sizeBytes = (await fs.stat(path.join(tempFolder, 'output.mp4'))).size;
    const result = {
      sizeBytes,
      durationMs,
      widthPx: frame.widthPx,
      heightPx: frame.heightPx,
      ...(captions ? { captionFont: captions.fontLabel } : {}),
    };
    const json = sidecarJson({ record, session, clip, publication, media, preset, style, tracks, result });
    await fs.writeFile(path.join(tempFolder, 'metadata.json'), json);
    files.push({ tempName: 'metadata.json', suffix: '.json' });
    if (context.signal.aborted) throw engineError('export-canceled');
    const placed = await placeOutputs(tempFolder, record.outputFolder, record.fileStem, files);
    return { ...result, outputPath: placed[0] as string, sidecarPaths: placed.slice(1) };
  } finally {
    await fs.rm(tempFolder, { recursive: true, force: true });
  }
}

/**
 * The export's plan made again just before it runs: refused when anyone's consent now refuses it, or when
 * who speaks in the clip, their consent scopes or the overrides differ from what was queued (its file name
 * was chosen then). Returns the publication every text of the outputs goes through.
 */
function planAtRun(
  record: ExportJobRecord,
  snapshot: ExportSnapshot,
  clips: readonly Clip[],
  participants: readonly Participant[],
): Publication {
  const plan = planExport(snapshot);
  if (plan.refusals.length > 0) throw refusedError(plan, clips);
  const [item] = plan.items;
  if (!item || policyKey(item) !== policyKey(record)) throw engineError('export-consent-changed');
  return publicationOfRules(item, participants);
}

function publishedTracks(tracks: CaptionTracks, publication: Publication): CaptionTracks {
  const { primary, secondary } = tracks;
  return {
    ...(primary ? { primary: publishedTrack(primary, publication) } : {}),
    ...(secondary ? { secondary: publishedTrack(secondary, publication) } : {}),
  };
}
