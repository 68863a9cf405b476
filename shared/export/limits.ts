import type { Clip, ExportWarning } from '../model/clips';
import { formatBytes, formatDurationMs } from '../format/duration';
import type { Frame } from './captionLayout';
import { outputFrame } from './reframe';
import type { Preset } from './presets';

/** H.264 at crf ~23 for talking heads: about 6 Mbit/s at 1080×1920, scaled by the pixel count. */
export const ESTIMATE_KBPS_AT_1080X1920 = 6_000;

/** Video bitrate the size estimate uses: the preset's cap, or an estimate from the frame size and crf. */
export function estimatedVideoKbps(preset: Preset, frame: Frame): number {
  if (preset.video.maxBitrateKbps) return preset.video.maxBitrateKbps;
  const pixels = (frame.widthPx * frame.heightPx) / (1080 * 1920);
  // Each 6 crf steps about halves or doubles the bitrate (crf 23 is the reference).
  const crfFactor = Math.pow(2, (23 - preset.video.crf) / 6);
  return Math.max(300, Math.round(ESTIMATE_KBPS_AT_1080X1920 * pixels * crfFactor));
}

export function estimatedSizeBytes(preset: Preset, frame: Frame, durationMs: number): number {
  const kbps = estimatedVideoKbps(preset, frame) + preset.audio.bitrateKbps;
  return Math.round((kbps * 1000 * durationMs) / 1000 / 8);
}

/** Warnings before an export: too short or long for the platform, likely over its file-size limit. */
export function checkClipForPreset(
  clip: Pick<Clip, 'id' | 'startMs' | 'endMs'>,
  preset: Preset,
  source: Frame | undefined,
): ExportWarning[] {
  const durationMs = clip.endMs - clip.startMs;
  const where = { clipId: clip.id, presetId: preset.id, severity: 'warning' as const };
  const warnings: ExportWarning[] = [];
  if (durationMs < preset.minDurationMs) {
    warnings.push({
      ...where,
      kind: 'too-short',
      params: { preset: preset.name, durationMs, minDurationMs: preset.minDurationMs },
      message: `The clip is ${formatDurationMs(durationMs)} long; ${preset.name} needs at least ${seconds(preset.minDurationMs)}.`,
    });
  }
  if (preset.maxDurationMs !== undefined && durationMs > preset.maxDurationMs) {
    warnings.push({
      ...where,
      kind: 'too-long',
      params: { preset: preset.name, durationMs, maxDurationMs: preset.maxDurationMs },
      message: `The clip is ${formatDurationMs(durationMs)} long; ${preset.name} takes at most ${formatDurationMs(preset.maxDurationMs)}.`,
    });
  }
  if (preset.maxSizeBytes !== undefined) {
    const estimate = estimatedSizeBytes(preset, outputFrame(preset, source), durationMs);
    if (estimate > preset.maxSizeBytes) {
      warnings.push({
        ...where,
        kind: 'too-large',
        params: { preset: preset.name, estimateBytes: estimate, maxSizeBytes: preset.maxSizeBytes },
        message: `The file will be about ${formatBytes(estimate)}; ${preset.name} accepts up to ${formatBytes(preset.maxSizeBytes)}. Shorten the clip or lower the quality.`,
      });
    }
  }
  return warnings;
}

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} s`;
