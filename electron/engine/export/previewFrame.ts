import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiResponse, ParsedRequest } from '../../../shared/api/contract';
import { engineError } from '../../../shared/errorTexts';
import { findPreset, mergePresets } from '../../../shared/export/presets';
import { buildVideoFilter, outputFrame } from '../../../shared/export/reframe';
import { DEFAULT_STYLE_ID, builtInStyles, mergeStyles } from '../../../shared/export/styles';
import { DEFAULT_FILE_NAME_TEMPLATE, type Clip } from '../../../shared/model/clips';
import { planExport } from '../../../shared/export/planExport';
import { publicationOfRules, publishedTrack, withheldPublication } from '../../../shared/export/publication';
import { runFfmpeg } from '../media/ffmpegRun';
import { captionFontLabel, pickTracks, prepareBurnedCaptions } from './captions';
import type { ExportDependencies } from './exportJob';
import { clipsDocument } from './stores';
import { detectShaper } from './tools';

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * export.previewFrame: one frame of a clip range rendered exactly as the export burns it. The captions file
 * and fonts are prepared by the export's own prepareBurnedCaptions, the picture goes through the export's
 * filtergraph (buildVideoFilter), and the frame's time is set to its time in the clip (setpts) so the ASS
 * events line up as in the export, whose output starts at the clip's start.
 */
export async function renderPreviewFrame(
  deps: ExportDependencies,
  request: ParsedRequest<'export.previewFrame'>,
): Promise<ApiResponse<'export.previewFrame'>> {
  const session = await deps.sessions.get(request.sessionId);
  const media = session.media.find((item) => item.id === request.mediaId);
  if (!media) throw engineError('preview-media-gone');
  if (!(request.startMs <= request.atMs && request.atMs < request.endMs))
    throw engineError('preview-outside-clip');
  const preset = findPreset(mergePresets(await deps.library.userPresets()), request.presetId);
  if (!preset) throw engineError('preset-unknown', { preset: request.presetId });
  const { defaultStyleId } = await clipsDocument(deps.sessions, request.sessionId).read();
  const styles = mergeStyles(await deps.library.userStyles());
  const style =
    styles.find((item) => item.id === (request.styleId ?? defaultStyleId ?? DEFAULT_STYLE_ID)) ??
    (builtInStyles[0] as (typeof builtInStyles)[number]);
  const transcript = await deps.transcripts.get(request.sessionId, media.id);
  const tools = deps.tools();
  const shaper = await detectShaper(tools.ffmpeg.path);
  const video = media.probe.video;
  if (!video) throw engineError('preview-no-picture');
  const source = { widthPx: video.displayWidth, heightPx: video.displayHeight, fps: video.fps || undefined };
  const frame = outputFrame(preset, source);
  const clip: Clip = {
    id: 'preview',
    mediaId: media.id,
    startMs: request.startMs,
    endMs: request.endMs,
    title: '',
    tags: [],
    hashtags: [],
    createdAt: new Date().toISOString(),
    ...(request.speakerId ? { speakerId: request.speakerId } : {}),
    ...(request.primaryTrackId ? { primaryTrackId: request.primaryTrackId } : {}),
    ...(request.secondaryTrackId ? { secondaryTrackId: request.secondaryTrackId } : {}),
  };
  // The captions as the export publishes them (the same plan): names of anyone who consented to publish
  // anonymously removed; a clip consent refuses shows no free text, as nothing of it may be published.
  const plan = planExport({
    session,
    participants: session.participants,
    clips: [clip],
    clipIds: [clip.id],
    transcripts: transcript ? new Map([[media.id, transcript]]) : new Map(),
    presets: [preset],
    presetIds: [preset.id],
    styles,
    overrides: [],
    fileNameTemplate: DEFAULT_FILE_NAME_TEMPLATE,
  });
  const allowed = plan.allowed.find((item) => item.clipId === clip.id);
  const publication = allowed
    ? publicationOfRules(allowed, session.participants)
    : withheldPublication(undefined);
  const picked = pickTracks(transcript, style, clip, clip);
  const tracks = {
    ...(picked.primary ? { primary: publishedTrack(picked.primary, publication) } : {}),
    ...(picked.secondary ? { secondary: publishedTrack(picked.secondary, publication) } : {}),
  };
  const tempFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'guftagu-preview-'));
  try {
    const captions = await prepareBurnedCaptions({
      tempFolder,
      tracks,
      style,
      shaper,
      frame,
      safeZone: preset.safeZone,
      clip,
    });
    const reframe = request.reframe ?? { mode: preset.reframe, focusX: 0.5 };
    const graph = buildVideoFilter({
      source,
      output: frame,
      mode: reframe.mode,
      focusX: reframe.focusX,
      maxFps: preset.maxFps,
      ...(captions ? { captions } : {}),
    }).replace('[0:v]', `[0:v]setpts=PTS-STARTPTS+${seconds(request.atMs - request.startMs)}/TB,`);
    const args = ['-ss', seconds(request.atMs), '-i', `file:${media.sourcePath}`, '-filter_complex', graph];
    args.push('-map', '[v]', '-frames:v', '1', '-c:v', 'png', '-f', 'image2', '-update', '1', 'frame.png');
    await runFfmpeg({
      ffmpegPath: tools.ffmpeg.path,
      args,
      cwd: tempFolder,
      ...(deps.log ? { log: deps.log } : {}),
      failure: { key: 'preview-failed' },
    });
    const png = await fs.readFile(path.join(tempFolder, 'frame.png'));
    return {
      dataUrl: `data:image/png;base64,${png.toString('base64')}`,
      widthPx: frame.widthPx,
      heightPx: frame.heightPx,
      captionFont: captionFontLabel(tracks, style, shaper),
      shaper,
    };
  } finally {
    await fs.rm(tempFolder, { recursive: true, force: true });
  }
}
