import type { Shaper } from '../export/captionLayout';
import type { FfmpegSource } from '../model/settings';

/** Where the ffmpeg that runs comes from. */
export type FfmpegOrigin = 'custom' | 'system' | 'bundled';

/** Why that ffmpeg was chosen: a code the UI words in English and Urdu, and doctor prints. */
export const ffmpegChoiceReasons = [
  'path-set',
  'system-chosen',
  'bundled-chosen',
  'auto-system-harfbuzz',
  'auto-no-system',
  'auto-system-fribidi',
  'auto-system-no-libass',
  'auto-system-probe-failed',
] as const;
export type FfmpegChoiceReason = (typeof ffmpegChoiceReasons)[number];

export interface FfmpegChoice {
  origin: FfmpegOrigin;
  reason: FfmpegChoiceReason;
}

/** What the engine found on this machine: the system ffmpeg on PATH and how its libass shapes text. */
export interface FfmpegFacts {
  setting: FfmpegSource;
  customPath?: string | undefined;
  system?: { shaper: Shaper } | { probeFailed: true } | undefined;
}

/**
 * Which ffmpeg runs. A path the user set always wins. "Automatic" (the default) takes the system's ffmpeg
 * when its libass shapes with HarfBuzz (Nastaliq renders), and otherwise the bundled one, saying why; the
 * other settings are obeyed as chosen.
 */
export function chooseFfmpeg(facts: FfmpegFacts): FfmpegChoice {
  if (facts.customPath) return { origin: 'custom', reason: 'path-set' };
  if (facts.setting === 'system') return { origin: 'system', reason: 'system-chosen' };
  if (facts.setting === 'bundled' || facts.setting === 'custom')
    return { origin: 'bundled', reason: 'bundled-chosen' };
  const { system } = facts;
  if (!system) return { origin: 'bundled', reason: 'auto-no-system' };
  if ('probeFailed' in system) return { origin: 'bundled', reason: 'auto-system-probe-failed' };
  if (system.shaper === 'harfbuzz') return { origin: 'system', reason: 'auto-system-harfbuzz' };
  if (system.shaper === 'none') return { origin: 'bundled', reason: 'auto-system-no-libass' };
  return { origin: 'bundled', reason: 'auto-system-fribidi' };
}
