import { captionFontWarnings } from '../../../shared/export/captionFontCheck';
import { emptyPickedTracks } from '../../../shared/export/captionTracks';
import { clipCues } from '../../../shared/export/clipCues';
import { planExport } from '../../../shared/export/planExport';
import { DEFAULT_STYLE_ID, builtInStyles, mergeStyles } from '../../../shared/export/styles';
import { DEFAULT_FILE_NAME_TEMPLATE, type Clip, type ExportWarning } from '../../../shared/model/clips';
import { pickTracks, type CaptionTracks } from './captions';
import type { ExportDependencies } from './exportJob';
import { readExportSnapshot } from './exportSnapshot';
import { bundledGlyphLookup } from './fontGlyphs';
import { detectShaper } from './tools';

/**
 * export.check: the warnings of the export's plan (limits, clips beyond their media, captions, consent),
 * then the caption-font checks for the ffmpeg that will run (a font substituted for lack of HarfBuzz, a
 * character the font has no glyph for, named with its cue).
 */
export async function checkExport(
  deps: ExportDependencies,
  request: { sessionId: string; clipIds: readonly string[]; presetIds: readonly string[]; styleId?: string },
): Promise<ExportWarning[]> {
  const { snapshot, clips, defaultStyleId } = await readExportSnapshot(deps, {
    ...request,
    fileNameTemplate: DEFAULT_FILE_NAME_TEMPLATE,
  });
  const warnings = planExport(snapshot).warnings;
  const styles = mergeStyles(await deps.library.userStyles());
  const style =
    styles.find((item) => item.id === (request.styleId ?? defaultStyleId ?? DEFAULT_STYLE_ID)) ??
    (builtInStyles[0] as (typeof builtInStyles)[number]);
  const shaper = await detectShaper(deps.tools().ffmpeg.path);
  const hasGlyph = bundledGlyphLookup();
  for (const clipId of request.clipIds) {
    const clip = clips.find((item) => item.id === clipId);
    const transcript = clip ? await deps.transcripts.get(request.sessionId, clip.mediaId) : undefined;
    if (!clip || !transcript) continue;
    const picked = pickTracks(transcript, style, clip, clip);
    warnings.push(...emptyTrackWarnings(clip, picked));
    const tracks = Object.values(picked).map((track) => ({
      direction: track.direction,
      cues: clipCues(track.cues, clip.startMs, clip.endMs),
    }));
    const clipLabel = clip.title || clip.id;
    warnings.push(...captionFontWarnings({ clipId, clipLabel, style, shaper, tracks, hasGlyph }));
  }
  return warnings;
}

/** 'track-empty': a track chosen to burn has no cue inside the clip, so that line stays blank. */
function emptyTrackWarnings(clip: Clip, picked: CaptionTracks): ExportWarning[] {
  const clipLabel = clip.title || clip.id;
  return emptyPickedTracks(picked, clip).map((finding) => ({
    kind: 'track-empty',
    clipId: clip.id,
    severity: 'warning',
    message: `The ${finding.role === 'primary' ? 'caption' : 'second caption'} track (${finding.language}) of ${clipLabel} has no subtitle inside the clip, so ${finding.role === 'primary' ? 'it will have no captions' : 'its second line stays empty'}.`,
    params: { clip: clipLabel, role: finding.role, language: finding.language, trackId: finding.trackId },
  }));
}
