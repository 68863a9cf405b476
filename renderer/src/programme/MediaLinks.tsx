import { useState } from 'react';
import type { Media } from '../../../shared/model/media';
import type { Participant } from '../../../shared/model/programme';
import { useProgrammeT } from './i18n/useProgrammeT';
import { toggleMedia } from './participantForm';

interface Props {
  participant: Participant;
  media: readonly Media[];
  /** Resolves to false when the engine refused (the boxes then show what is stored). */
  onChange(mediaIds: string[]): Promise<boolean>;
}

/**
 * Which of the session's recordings this person appears in (participants.update {mediaIds}). A click shows
 * at once; mount with a key of the stored list so the engine's answer replaces it.
 */
export function MediaLinks({ participant, media, onChange }: Props) {
  const t = useProgrammeT();
  const [linked, setLinked] = useState<readonly string[]>(participant.mediaIds);
  if (media.length === 0) return null;
  const order = media.map((item) => item.id);
  return (
    <fieldset className="media-links" data-testid="participant-media">
      <legend>{t('appearsIn')}</legend>
      {media.map((item) => (
        <label key={item.id} className="checkbox">
          <input
            type="checkbox"
            data-testid="participant-media-link"
            data-media-id={item.id}
            checked={linked.includes(item.id)}
            onChange={(event) => {
              const next = toggleMedia(linked, item.id, event.target.checked, order);
              setLinked(next);
              void onChange(next).then((saved) => {
                if (!saved) setLinked(participant.mediaIds);
              });
            }}
          />
          <bdi>{item.fileName}</bdi>
        </label>
      ))}
    </fieldset>
  );
}
