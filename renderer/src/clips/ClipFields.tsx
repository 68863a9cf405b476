import { useId } from 'react';
import { reframeModes } from '../../../shared/export/presets';
import type { Participant } from '../../../shared/model/programme';
import type { ClipDraft } from './clipDraft';
import { useClipsT } from './i18n/useClipsT';

interface Props {
  draft: ClipDraft;
  participants: readonly Participant[];
  update(patch: Partial<ClipDraft>): void;
}

/** Title, speaker, tags, topic, hashtags and the reframe mode of a clip. */
export function ClipFields({ draft, participants, update }: Props) {
  const t = useClipsT();
  const id = useId();
  const text = (key: 'title' | 'tags' | 'topic' | 'hashtags', label: string, hint?: string) => (
    <div className={key === 'title' ? 'clip-field wide' : 'clip-field'}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        dir="auto"
        data-testid={`clip-${key}`}
        value={draft[key]}
        placeholder={hint}
        onChange={(event) => update({ [key]: event.target.value })}
      />
    </div>
  );
  const speakerKnown = draft.speakerId === '' || participants.some((person) => person.id === draft.speakerId);
  return (
    <div className="clip-fields">
      {text('title', t('title'))}
      <div className="clip-field">
        <label htmlFor={`${id}-speaker`}>{t('speaker')}</label>
        <select
          id={`${id}-speaker`}
          data-testid="clip-speaker"
          value={draft.speakerId}
          onChange={(event) => update({ speakerId: event.target.value })}
        >
          <option value="">{t('noSpeaker')}</option>
          {participants.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
          {!speakerKnown && <option value={draft.speakerId}>{t('speakerRemoved')}</option>}
        </select>
      </div>
      {text('topic', t('topic'))}
      {text('tags', t('tags'), t('listHint'))}
      {text('hashtags', t('hashtags'), t('listHint'))}
      <div className="clip-field">
        <label htmlFor={`${id}-reframe`}>{t('reframe')}</label>
        <select
          id={`${id}-reframe`}
          data-testid="clip-reframe"
          value={draft.reframe}
          onChange={(event) => {
            const value = event.target.value;
            const mode = reframeModes.find((candidate) => candidate === value);
            update({ reframe: mode ?? 'preset' });
          }}
        >
          <option value="preset">{t('reframe_preset')}</option>
          {reframeModes.map((mode) => (
            <option key={mode} value={mode}>
              {t(`reframe_${mode}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
