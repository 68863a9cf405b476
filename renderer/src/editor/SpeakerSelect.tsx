import { memo } from 'react';
import type { Participant } from '../../../shared/model/programme';
import { useEditorT } from './i18n/useEditorT';

interface Props {
  trackId: string;
  cueId: string;
  number: number;
  speakerId: string | undefined;
  participants: readonly Participant[];
  onSpeaker(trackId: string, cueId: string, speakerId: string | undefined): void;
}

const NONE = '';

/** The speaker of a row's cue, in the row's gutter: the session's participants, or no speaker. */
export const SpeakerSelect = memo(function SpeakerSelect(props: Props) {
  const t = useEditorT();
  const { speakerId, participants } = props;
  const known = speakerId === undefined || participants.some((p) => p.id === speakerId);
  return (
    <select
      className="speaker-select"
      data-testid="speaker-select"
      data-cue-id={props.cueId}
      data-track-id={props.trackId}
      value={speakerId ?? NONE}
      aria-label={t('speakerOf', { number: props.number })}
      onChange={(event) =>
        props.onSpeaker(
          props.trackId,
          props.cueId,
          event.target.value === NONE ? undefined : event.target.value,
        )
      }
    >
      <option value={NONE}>{t('noSpeaker')}</option>
      {participants.map((participant) => (
        <option key={participant.id} value={participant.id}>
          {participant.name}
        </option>
      ))}
      {!known && <option value={speakerId}>{t('unknownSpeaker', { id: speakerId })}</option>}
    </select>
  );
});
