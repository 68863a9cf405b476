import { builtInPresets, presetSchema, type Preset } from '../../../shared/export/presets';

/** The preset form: numbers as typed; durations in seconds, sizes in MB (empty = no limit). */
export interface PresetForm {
  id: string;
  name: string;
  widthPx: string;
  heightPx: string;
  maxFps: string;
  minDurationS: string;
  maxDurationS: string;
  maxSizeMb: string;
  crf: string;
  top: string;
  bottom: string;
  left: string;
  right: string;
}

const num = (value: number | undefined, scale = 1) =>
  value === undefined ? '' : String(Math.round((value / scale) * 1000) / 1000);

export function formOf(preset: Preset): PresetForm {
  return {
    id: preset.id,
    name: preset.name,
    widthPx: num(preset.widthPx),
    heightPx: num(preset.heightPx),
    maxFps: num(preset.maxFps),
    minDurationS: num(preset.minDurationMs, 1000),
    maxDurationS: num(preset.maxDurationMs, 1000),
    maxSizeMb: num(preset.maxSizeBytes, 1_000_000),
    crf: num(preset.video.crf),
    top: num(preset.safeZone.topPx),
    bottom: num(preset.safeZone.bottomPx),
    left: num(preset.safeZone.leftPx),
    right: num(preset.safeZone.rightPx),
  };
}

/** The preset the form describes (on top of `base` for codec and audio), or the first problem found. */
export function presetFromForm(
  form: PresetForm,
  base: Preset,
): { preset: Preset; error?: undefined } | { error: string; preset?: undefined } {
  const optional = (text: string, scale: number) =>
    text.trim() === '' ? undefined : Math.round(Number(text) * scale);
  const maxDurationMs = optional(form.maxDurationS, 1000);
  const maxSizeBytes = optional(form.maxSizeMb, 1_000_000);
  const candidate = {
    ...base,
    id: form.id.trim(),
    name: form.name.trim(),
    widthPx: Math.round(Number(form.widthPx)),
    heightPx: Math.round(Number(form.heightPx)),
    maxFps: Number(form.maxFps),
    minDurationMs: optional(form.minDurationS, 1000) ?? 0,
    video: { ...base.video, crf: Math.round(Number(form.crf)) },
    safeZone: {
      topPx: Math.round(Number(form.top)),
      bottomPx: Math.round(Number(form.bottom)),
      leftPx: Math.round(Number(form.left)),
      rightPx: Math.round(Number(form.right)),
    },
    builtIn: false,
  };
  const { maxDurationMs: _d, maxSizeBytes: _s, ...rest } = candidate;
  const parsed = presetSchema.safeParse({
    ...rest,
    ...(maxDurationMs !== undefined ? { maxDurationMs } : {}),
    ...(maxSizeBytes !== undefined ? { maxSizeBytes } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: issue ? `${issue.path.join('.')}: ${issue.message}` : 'Check the values.' };
  }
  return { preset: parsed.data };
}

/** An id for a copy: "reels-copy", "reels-copy-2" … not among `taken`. */
export function copyId(id: string, taken: readonly string[]): string {
  const base = `${id}`.slice(0, 33).replace(/-copy(-\d+)?$/, '');
  let candidate = `${base}-copy`;
  for (let number = 2; taken.includes(candidate); number++) candidate = `${base}-copy-${number}`;
  return candidate;
}

export const isBuiltInId = (id: string): boolean => builtInPresets.some((preset) => preset.id === id);
