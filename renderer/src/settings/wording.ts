import type { FfmpegChoiceReason, FfmpegOrigin } from '../../../shared/media/ffmpegChoice';
import type { DoctorReport } from '../../../shared/model/doctor';
import type { SettingsMessageKey } from './i18n/en';

/** The engine's codes, as keys of the Settings screen's catalogue (words live only there). */
export const reasonKeys: Readonly<Record<FfmpegChoiceReason, SettingsMessageKey>> = {
  'path-set': 'reasonPathSet',
  'system-chosen': 'reasonSystemChosen',
  'bundled-chosen': 'reasonBundledChosen',
  'auto-system-harfbuzz': 'reasonAutoSystemHarfbuzz',
  'auto-no-system': 'reasonAutoNoSystem',
  'auto-system-fribidi': 'reasonAutoSystemFribidi',
  'auto-system-no-libass': 'reasonAutoSystemNoLibass',
  'auto-system-probe-failed': 'reasonAutoSystemProbeFailed',
};

export const shaperKeys: Readonly<Record<DoctorReport['libassShaper'], SettingsMessageKey>> = {
  harfbuzz: 'shaperHarfbuzz',
  fribidi: 'shaperFribidi',
  unknown: 'shaperUnknown',
  none: 'shaperNone',
};

export const originKeys: Readonly<Record<FfmpegOrigin, SettingsMessageKey>> = {
  system: 'originSystem',
  bundled: 'originBundled',
  custom: 'originCustom',
};

export const isOrigin = (source: string): source is FfmpegOrigin =>
  source === 'system' || source === 'bundled' || source === 'custom';
