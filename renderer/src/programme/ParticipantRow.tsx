import { useEffect, useRef, useState } from 'react';
import type { Media } from '../../../shared/model/media';
import type { Participant } from '../../../shared/model/programme';
import { useT } from '../i18n/I18nContext';
import { ConsentBadge } from './ConsentBadge';
import { FieldErrorText } from './Field';
import type { FieldError } from './engineError';
import { useProgrammeT } from './i18n/useProgrammeT';
import { ageKey, genderKey, roleKey } from './labels';
import { MediaLinks } from './MediaLinks';
import { ParticipantEditor } from './ParticipantEditor';
import { formFromParticipant, patchFromForm } from './participantForm';
import type { ParticipantActions } from './useParticipantActions';

interface Props {
  participant: Participant;
  media: readonly Media[];
  actions: ParticipantActions;
  /** Set when a search result points at this person: highlighted and scrolled into view. */
  highlightSeq: number | undefined;
}

/** One person: who they are, their consent, the recordings they are in; edit inline, remove with a check. */
export function ParticipantRow({ participant, media, actions, highlightSeq }: Props) {
  const t = useProgrammeT();
  const app = useT();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<FieldError | undefined>(undefined);
  const rowRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (highlightSeq !== undefined) rowRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlightSeq]);
  const facts = [
    t(genderKey(participant.gender)),
    t(roleKey(participant.role)),
    participant.ageBand === undefined ? undefined : t(ageKey(participant.ageBand)),
  ].filter((fact): fact is string => fact !== undefined);

  if (editing) {
    return (
      <li className="participant editing" data-testid="participant" data-participant-id={participant.id}>
        <ParticipantEditor
          initial={formFromParticipant(participant)}
          submitLabel={t('save')}
          busyLabel={app('saving')}
          testId="participant-edit-form"
          onCancel={() => setEditing(false)}
          onSubmit={async (form, scan) => {
            const failure =
              (await actions.update(participant.id, patchFromForm(form))) ??
              (scan ? await actions.attachScan(participant.id, scan) : undefined);
            if (!failure) setEditing(false);
            return failure;
          }}
        />
      </li>
    );
  }

  return (
    <li
      ref={rowRef}
      className={highlightSeq === undefined ? 'participant' : 'participant highlighted'}
      data-testid="participant"
      data-participant-id={participant.id}
    >
      <div className="participant-head">
        <span className="participant-number" title={t('participantNumber', { number: participant.number })}>
          {participant.number}
        </span>
        <strong className="participant-name" dir="auto" data-testid="participant-row-name">
          {participant.name}
        </strong>
        <ConsentBadge consent={participant.consent} />
        <span className="participant-actions">
          <button
            type="button"
            className="quiet"
            data-testid="participant-edit"
            onClick={() => setEditing(true)}
          >
            {t('edit')}
          </button>
          <button
            type="button"
            className="quiet"
            data-testid="participant-remove"
            onClick={() => setConfirming(true)}
          >
            {app('remove')}
          </button>
        </span>
      </div>
      <p className="participant-facts">
        {facts.join(' · ')}
        {participant.organisation !== undefined && (
          <>
            {' · '}
            <bdi>{participant.organisation}</bdi>
          </>
        )}
      </p>
      {confirming && (
        <div className="confirm" role="group">
          <span>{t('confirmRemoveParticipant', { name: participant.name })}</span>
          <button
            type="button"
            className="danger"
            data-testid="participant-remove-confirm"
            autoFocus
            onClick={() => void actions.remove(participant.id).then(setError)}
          >
            {app('remove')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {app('keep')}
          </button>
        </div>
      )}
      <MediaLinks
        key={participant.mediaIds.join(' ')}
        participant={participant}
        media={media}
        onChange={async (mediaIds) => {
          const failure = await actions.update(participant.id, { mediaIds });
          setError(failure);
          return failure === undefined;
        }}
      />
      {error && <FieldErrorText error={error} testId="participant-row-error" />}
    </li>
  );
}
