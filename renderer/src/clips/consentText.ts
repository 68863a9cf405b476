import { formatBytes, formatDurationMs } from '../../../shared/format/duration';
import type { ExportWarning } from '../../../shared/model/clips';
import type { ClipsMessageKey } from './i18n/en';
import type { ClipsTranslate } from './i18n/useClipsT';

const scopeKeys: Record<string, ClipsMessageKey> = {
  none: 'consentScope_none',
  internal: 'consentScope_internal',
  'publish-anonymous': 'consentScope_publish-anonymous',
  'publish-named': 'consentScope_publish-named',
};

/**
 * A consent refusal of the export plan in the UI's language, from its code and parameters
 * (shared/export/planExport.ts); the engine's English message where the code is one this UI does not know.
 */
export function consentText(
  t: ClipsTranslate,
  refusal: { message: string; params?: Readonly<Record<string, string | number>> },
): string {
  const params = refusal.params ?? {};
  const name = String(params['name'] ?? '');
  const scopeKey = scopeKeys[String(params['scope'] ?? '')];
  switch (params['code']) {
    case 'consent-refused':
      return t('consentCode_consent-refused', { name, scope: scopeKey ? t(scopeKey) : '' });
    case 'participants-unknown':
      return t('consentCode_participants-unknown');
    case 'override-not-for-participant':
      return t('consentCode_override-not-for-participant', { name });
    default:
      return refusal.message;
  }
}

const str = (value: string | number | undefined) => String(value ?? '');
const duration = (value: string | number | undefined) =>
  typeof value === 'number' ? formatDurationMs(value) : '';
const bytes = (value: string | number | undefined) => (typeof value === 'number' ? formatBytes(value) : '');

/** Any warning of the export plan in the UI's language, from its kind and parameters. */
export function exportWarningText(t: ClipsTranslate, warning: ExportWarning): string {
  const params = warning.params ?? {};
  switch (warning.kind) {
    case 'consent':
      return consentText(t, warning);
    case 'too-short':
      return t('warning_too-short', {
        duration: duration(params['durationMs']),
        preset: str(params['preset']),
        limit: duration(params['minDurationMs']),
      });
    case 'too-long':
      return t('warning_too-long', {
        duration: duration(params['durationMs']),
        preset: str(params['preset']),
        limit: duration(params['maxDurationMs']),
      });
    case 'too-large':
      return t('warning_too-large', {
        size: bytes(params['estimateBytes']),
        preset: str(params['preset']),
        limit: bytes(params['maxSizeBytes']),
      });
    case 'no-captions':
      return t('warning_no-captions', { clip: str(params['clip']) });
    case 'outside-media':
      return params['reason'] === 'media-removed'
        ? t('warning_media-removed', { clip: str(params['clip']) })
        : t('warning_ends-after', { clip: str(params['clip']) });
    case 'track-empty':
      return t(
        params['role'] === 'secondary' ? 'warning_track-empty-secondary' : 'warning_track-empty-primary',
        { clip: str(params['clip']), language: str(params['language']) },
      );
    case 'unknown-preset':
      return t('warning_unknown-preset', { preset: str(params['presetId'] ?? warning.presetId) });
    case 'unknown-clip':
      return t('warning_unknown-clip', { clip: str(params['clipId'] ?? warning.clipId) });
    case 'unknown-style':
      return t('warning_unknown-style', { style: str(params['styleId']) });
    case 'font-substituted':
      return t('warning_font-substituted', {
        clip: str(params['clip']),
        family: str(params['family'] ?? warning.fontFamily),
        requested: str(params['requested']),
      });
    case 'missing-glyph':
      return t('warning_missing-glyph', {
        clip: str(params['clip']),
        family: str(params['family'] ?? warning.fontFamily),
        char: str(params['char'] ?? warning.char),
        code: str(params['code']),
        cue: str(params['cue']),
      });
    default:
      return warning.message;
  }
}
