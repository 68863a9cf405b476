import { formatBytes, formatDurationMs } from '../../../shared/format/duration';
import type { Preset } from '../../../shared/export/presets';
import { presetAspect } from './exportPlan';
import { useClipsT } from './i18n/useClipsT';

/** "9:16 · 1080×1920 · ≤ 30 fps · 0:03–1:30 · ≤ 1.0 GB": a preset's shape and limits. */
export function PresetLimits({ preset }: { preset: Preset }) {
  const t = useClipsT();
  const master = preset.widthPx === 0 || preset.heightPx === 0;
  const duration =
    preset.maxDurationMs !== undefined
      ? `${formatDurationMs(preset.minDurationMs)}–${formatDurationMs(preset.maxDurationMs)}`
      : preset.minDurationMs > 0
        ? `≥ ${formatDurationMs(preset.minDurationMs)}`
        : t('noLimit');
  return (
    <span className="preset-limits hint" data-testid="preset-limits">
      <bdi dir="ltr">
        {t('limits', {
          shape: master ? t('sourceSize') : `${presetAspect(preset)} · ${preset.widthPx}×${preset.heightPx}`,
          fps: preset.maxFps,
          duration,
          bytes: preset.maxSizeBytes !== undefined ? `≤ ${formatBytes(preset.maxSizeBytes)}` : t('noLimit'),
        })}
      </bdi>
    </span>
  );
}
