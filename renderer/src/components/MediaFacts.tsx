import { formatDurationMs } from '../../../shared/format/duration';
import type { MediaProbe } from '../../../shared/model/media';
import { useT } from '../i18n/I18nContext';

/** Duration, picture size, codecs and a VFR warning, from the media's probe. */
export function MediaFacts({ probe }: { probe: MediaProbe }) {
  const t = useT();
  const video = probe.video;
  const codecs = [video?.codec, probe.audio?.codec].filter((codec): codec is string => Boolean(codec));
  return (
    <dl className="media-facts">
      <div>
        <dt>{t('duration')}</dt>
        <dd data-testid="media-duration" dir="ltr">
          {formatDurationMs(probe.durationMs)}
        </dd>
      </div>
      <div>
        <dt>{t('resolution')}</dt>
        <dd data-testid="media-resolution" dir={video ? 'ltr' : undefined}>
          {video ? `${video.displayWidth}×${video.displayHeight}` : t('audioOnly')}
        </dd>
      </div>
      {codecs.length > 0 && (
        <div>
          <dt>{t('codec')}</dt>
          <dd data-testid="media-codec" dir="ltr">
            {codecs.join(' · ')}
          </dd>
        </div>
      )}
      {video?.variableFrameRate && (
        <div>
          <dd className="badge" data-testid="media-vfr" title={t('vfrTitle')}>
            {t('vfr')}
          </dd>
        </div>
      )}
    </dl>
  );
}
