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
