import { useState } from 'react';
import type { Session } from '../../../shared/model/session';
import { useProgrammeT } from './i18n/useProgrammeT';
import { ParticipantEditor } from './ParticipantEditor';
import { emptyParticipantForm } from './participantForm';
import { ParticipantRow } from './ParticipantRow';
import { useFocusTarget } from './ProgrammeNav';
import { useParticipantActions } from './useParticipantActions';
import './programme.css';

interface Props {
  session: Session;
  onChanged(): void;
}

/** The session's participants with their consent; add, edit, remove, link to recordings. */
export function ParticipantsPanel({ session, onChanged }: Props) {
  const t = useProgrammeT();
  const actions = useParticipantActions(session.id, onChanged);
  const [open, setOpen] = useState(true);
  const [adding, setAdding] = useState(false);
  const focus = useFocusTarget(session.id);

  return (
    <details
      className="pg-panel participants-panel"
      data-testid="participants-panel"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <h3>{t('participants')}</h3>
        <span className="badge" data-testid="participant-count">
          {session.participants.length}
        </span>
      </summary>
      {session.participants.length === 0 ? (
        <p className="empty">{t('noParticipants')}</p>
      ) : (
        <ul className="participant-list" data-testid="participant-list">
          {session.participants.map((participant) => (
            <ParticipantRow
              key={participant.id}
              participant={participant}
              media={session.media}
              actions={actions}
              highlightSeq={focus?.participantId === participant.id ? focus.seq : undefined}
            />
          ))}
        </ul>
      )}
      {session.media.length === 0 && session.participants.length > 0 && (
        <p className="hint">{t('noMediaToLink')}</p>
      )}
      {adding ? (
        <ParticipantEditor
          initial={emptyParticipantForm()}
          resetTo={emptyParticipantForm}
          submitLabel={t('add')}
          busyLabel={t('adding')}
          testId="participant-add-form"
          onCancel={() => setAdding(false)}
          onSubmit={(form, scan) => actions.add(form, scan)}
        />
      ) : (
        <button
          type="button"
          className="primary"
          data-testid="participant-add"
          onClick={() => setAdding(true)}
        >
          {t('addParticipant')}
        </button>
      )}
    </details>
  );
}
