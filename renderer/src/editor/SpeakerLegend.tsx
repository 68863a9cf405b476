import type { Participant } from '../../../shared/model/programme';
import { useEditorT } from './i18n/useEditorT';

interface Props {
  participants: readonly Participant[];
  colours: ReadonlyMap<string, string>;
}

/** Which colour stands for whom, with the Alt+number that assigns the first four. */
export function SpeakerLegend({ participants, colours }: Props) {
  const t = useEditorT();
  return (
    <section className="speaker-legend" data-testid="speaker-legend" aria-label={t('speakers')}>
      <h3>{t('speakers')}</h3>
      {participants.length === 0 ? (
        <p className="hint">{t('noParticipants')}</p>
      ) : (
        <ul>
          {participants.map((participant, index) => (
            <li key={participant.id} data-testid="speaker-legend-item" data-participant-id={participant.id}>
              <span
                className="speaker-swatch"
                aria-hidden="true"
                style={{ background: colours.get(participant.id) }}
              />
              <bdi className="speaker-name">{participant.name}</bdi>
              {index < 4 && <kbd dir="ltr">Alt+{index + 1}</kbd>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
