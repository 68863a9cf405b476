import type { Consent } from '../../../shared/model/programme';
import { consentBadge } from './consentBadge';
import { useProgrammeT } from './i18n/useProgrammeT';
import { scopeKey } from './labels';

/** The consent scope as a coloured badge, with a warning when no form backs it. */
export function ConsentBadge({ consent }: { consent: Consent }) {
  const t = useProgrammeT();
  const badge = consentBadge(consent);
  return (
    <span className="consent-badges">
      <span
        className={`consent-badge tone-${badge.tone}`}
        data-testid="consent-badge"
        data-scope={badge.scope}
        data-tone={badge.tone}
      >
        {t(scopeKey(badge.scope))}
      </span>
      {badge.noForm && (
        <span className="badge warning" data-testid="no-form" title={t('noFormTitle')}>
          ⚠ {t('noForm')}
        </span>
      )}
      {badge.hasScan && (
        <span className="badge ok" data-testid="scan-on-file">
          {t('scanOnFile')}
        </span>
      )}
    </span>
  );
}
