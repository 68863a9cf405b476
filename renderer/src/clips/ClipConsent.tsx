import type { ClipConsentNotes } from './clipConsent';
import { consentText } from './consentText';
import { useClipsT } from './i18n/useClipsT';

/** Consent of everyone heard in the clip, shown while it is made and edited (before any export). */
export function ClipConsent({ notes }: { notes: ClipConsentNotes }) {
  const t = useClipsT();
  const refused = notes.refusals.length > 0;
  const nobody = !refused && notes.named.length === 0 && notes.anonymised.length === 0;
  return (
    <section
      className={refused ? 'clip-consent refused' : 'clip-consent'}
      data-testid="clip-consent"
      data-state={refused ? 'refused' : 'allowed'}
      aria-label={t('clipConsent')}
    >
      <h3>{t('clipConsent')}</h3>
      <ul>
        {notes.refusals.map((refusal, index) => (
          <li
            key={`${refusal.code}-${refusal.participantId ?? index}`}
            role="alert"
            data-testid="clip-consent-refusal"
          >
            {consentText(t, {
              message: refusal.message,
              params: {
                code: refusal.code,
                ...(refusal.participantName ? { name: refusal.participantName } : {}),
                ...(refusal.scope ? { scope: refusal.scope } : {}),
              },
            })}
          </li>
        ))}
        {notes.anonymised.map((person) => (
          <li key={person.alias} dir="auto" data-testid="clip-consent-anonymised">
            {t('clipConsentAnonymised', { name: person.name, alias: person.alias })}
          </li>
        ))}
        {!refused && !nobody && (
          <li className="ok" dir="auto" data-testid="clip-consent-ok">
            {t('clipConsentOk')}
          </li>
        )}
        {nobody && (
          <li className="hint" dir="auto">
            {t('clipConsentNoSpeakers')}
          </li>
        )}
      </ul>
    </section>
  );
}
