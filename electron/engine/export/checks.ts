import { captionFontWarnings } from '../../../shared/export/captionFontCheck';
import { clipCues } from '../../../shared/export/clipCues';
import { checkClipForPreset } from '../../../shared/export/limits';
import { findPreset, mergePresets } from '../../../shared/export/presets';
import { DEFAULT_STYLE_ID, builtInStyles, mergeStyles } from '../../../shared/export/styles';
import type { ExportWarning } from '../../../shared/model/clips';
import { pickTracks } from './captions';
import { bundledGlyphLookup } from './fontGlyphs';
import type { ExportDependencies } from './exportJob';
import { refusedSpeakers, type ConsentGate } from './consent';
import { clipsDocument } from './stores';
import { detectShaper } from './tools';

/** export.check: limits per (clip × preset), clips beyond their media, missing captions, consent. */
export async function checkExport(
  deps: ExportDependencies,
  consentGate: ConsentGate,
  request: { sessionId: string; clipIds: readonly string[]; presetIds: readonly string[]; styleId?: string },
): Promise<ExportWarning[]> {
  const session = await deps.sessions.get(request.sessionId);
  const { clips, defaultStyleId } = await clipsDocument(deps.sessions, request.sessionId).read();
  const styles = mergeStyles(await deps.library.userStyles());
  const style =
    styles.find((item) => item.id === (request.styleId ?? defaultStyleId ?? DEFAULT_STYLE_ID)) ??
    (builtInStyles[0] as (typeof builtInStyles)[number]);
  const shaper = await detectShaper(deps.tools().ffmpeg.path);
  const hasGlyph = bundledGlyphLookup();
  const presets = mergePresets(await deps.library.userPresets());
  const warnings: ExportWarning[] = [];
  for (const presetId of request.presetIds) {
    if (!findPreset(presets, presetId))
      warnings.push({
        kind: 'unknown-preset',
        presetId,
        severity: 'error',
        message: `There is no preset "${presetId}".`,
      });
  }
  for (const clipId of request.clipIds) {
    const clip = clips.find((item) => item.id === clipId);
    if (!clip) {
      warnings.push({
        kind: 'unknown-clip',
        clipId,
        severity: 'error',
        message: `There is no clip "${clipId}".`,
      });
      continue;
    }
    const media = session.media.find((item) => item.id === clip.mediaId);
    const label = clip.title || clip.id;
    if (!media || clip.endMs > media.probe.durationMs) {
      warnings.push({
        kind: 'outside-media',
        clipId,
        severity: 'error',
        message: media
          ? `"${label}" ends after its recording does.`
          : `The recording of "${label}" is no longer in the session.`,
      });
    }
    const transcript = media ? await deps.transcripts.get(request.sessionId, media.id) : undefined;
    if (transcript) {
      const tracks = Object.values(pickTracks(transcript, style)).map((track) => ({
        direction: track.direction,
        cues: clipCues(track.cues, clip.startMs, clip.endMs),
      }));
      warnings.push(...captionFontWarnings({ clipId, clipLabel: label, style, shaper, tracks, hasGlyph }));
    }
    if (media && !transcript) {
      warnings.push({
        kind: 'no-captions',
        clipId,
        severity: 'warning',
        message: `"${label}" has no transcript yet, so it will have no captions.`,
      });
    }
    const decision = await consentGate(request.sessionId, clip);
    if (!decision.allowed) {
      // The participant-facing refusal, one per refused participant who speaks in the clip; with
      // participantId the UI can offer consent.override for each.
      const refused = refusedSpeakers(decision);
      if (refused.length === 0)
        warnings.push({
          kind: 'consent',
          clipId,
          severity: 'error',
          message: decision.reason ?? `Consent does not allow publishing "${label}".`,
        });
      for (const { participant, reason } of refused)
        warnings.push({
          kind: 'consent',
          clipId,
          severity: 'error',
          participantId: participant.id,
          message: reason || decision.reason || `Consent does not allow publishing "${label}".`,
        });
    }
    const video = media?.probe.video;
    const source = video ? { widthPx: video.displayWidth, heightPx: video.displayHeight } : undefined;
    for (const presetId of request.presetIds) {
      const preset = findPreset(presets, presetId);
      if (preset) warnings.push(...checkClipForPreset(clip, preset, source));
    }
  }
  return warnings;
}
