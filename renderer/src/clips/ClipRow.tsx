import { useEffect, useRef, useState } from 'react';
import type { Clip } from '../../../shared/model/clips';
import type { Participant } from '../../../shared/model/programme';
import { formatClipDuration, formatRange } from './clipMath';
import { speakerName } from './exportPlan';
import { useClipsT } from './i18n/useClipsT';

interface Props {
  clip: Clip;
  participants: readonly Participant[];
  /** Set when a search result asked for this clip (changes with every request): shown and marked. */
  highlightSeq?: number | undefined;
  onEdit(): void;
  onPreview(): void;
  onRemove(): Promise<void>;
}

/** One clip: title, speaker, range, length, tags and hashtags; edit, preview, remove (confirmed). */
export function ClipRow({ clip, participants, highlightSeq, onEdit, onPreview, onRemove }: Props) {
  const t = useClipsT();
  const [confirming, setConfirming] = useState(false);
  const rowRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (highlightSeq !== undefined) rowRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlightSeq]);
  const speaker = clip.speakerId
    ? (speakerName(participants, clip.speakerId) ?? t('speakerRemoved'))
    : t('noSpeaker');
  const title = clip.title || t('untitled');
  return (
    <li
      ref={rowRef}
      className={highlightSeq === undefined ? 'clip-row' : 'clip-row highlighted'}
      data-testid="clip-row"
      data-clip-id={clip.id}
      data-highlighted={highlightSeq === undefined ? undefined : 'true'}
    >
      <div className="clip-main">
        <h4 className="clip-title" dir="auto" data-testid="clip-row-title">
          {title}
        </h4>
        <p className="clip-facts">
          <span data-testid="clip-row-speaker" dir="auto">
            {speaker}
          </span>
          <span dir="ltr" data-testid="clip-row-range">
            {formatRange(clip.startMs, clip.endMs)}
          </span>
          <span data-testid="clip-row-duration">
            {t('durationOf', { duration: formatClipDuration(clip.endMs - clip.startMs) })}
          </span>
          {clip.topic && <span dir="auto">{clip.topic}</span>}
        </p>
        {(clip.tags.length > 0 || clip.hashtags.length > 0) && (
          <ul className="clip-tags" data-testid="clip-row-tags">
            {[...clip.tags, ...clip.hashtags].map((tag) => (
              <li key={tag} className="badge">
                <bdi>{tag}</bdi>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="clip-actions">
        {confirming ? (
          <>
            <span role="alert" dir="auto">
              {t('confirmRemove', { title })}
            </span>
            <button
              type="button"
              className="danger"
              data-testid="clip-remove-confirm"
              onClick={() => void onRemove().finally(() => setConfirming(false))}
            >
              {t('remove')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('keep')}
            </button>
          </>
        ) : (
          <>
            <button type="button" data-testid="clip-preview-button" onClick={onPreview}>
              {t('preview')}
            </button>
            <button type="button" data-testid="clip-edit" onClick={onEdit}>
              {t('edit')}
            </button>
            <button
              type="button"
              className="quiet"
              data-testid="clip-remove"
              onClick={() => setConfirming(true)}
            >
              {t('remove')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
