import type { SessionView } from '../../../shared/model/session';
import { useT } from '../i18n/I18nContext';
import { MediaItem } from './MediaItem';

interface Props {
  view: SessionView;
  onRemove(mediaId: string): Promise<void>;
  onRelink(mediaId: string, path: string): Promise<boolean>;
}

export function MediaList({ view, onRemove, onRelink }: Props) {
  const t = useT();
  const { session, missingSourceIds } = view;
  return (
    <section className="media-section" aria-labelledby="footage-heading">
      <h3 id="footage-heading">{t('footage')}</h3>
      {session.media.length === 0 ? (
        <p className="empty">{t('noFootage')}</p>
      ) : (
        <ul className="media-list" data-testid="media-list">
          {session.media.map((media) => (
            <MediaItem
              key={media.id}
              sessionId={session.id}
              media={media}
              sourceMissing={missingSourceIds.includes(media.id)}
              onRemove={() => onRemove(media.id)}
              onRelink={(path) => onRelink(media.id, path)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
