import type { Session } from '../../../shared/model/session';
import { NO_SECOND_TRACK, pickCaptionTracks } from '../../../shared/export/captionTracks';
import type { CaptionStyle } from '../../../shared/model/clips';
import type { Track, Transcript } from '../../../shared/transcript/model';
import { useT } from '../i18n/I18nContext';
import { languageNameKey } from '../transcription/modelChoice';
import type { ClipDraft } from './clipDraft';
import { useClipsT } from './i18n/useClipsT';

interface Props {
  session: Session;
  style: CaptionStyle;
  draft: ClipDraft;
  transcript: Transcript | null | undefined;
  update(patch: Partial<ClipDraft>): void;
}

/** A new clip's first length: 30 s, or the whole recording when it is shorter. */
const FIRST_LENGTH_MS = 30_000;

/**
 * Which recording the clip cuts (a new clip may pick any ready one; a saved clip keeps its own) and which
 * tracks burn: the style's choice, or one the person picks; the second line can be left out.
 */
export function ClipSourceFields({ session, style, draft, transcript, update }: Props) {
  const t = useClipsT();
  const app = useT();
  const ready = session.media.filter((item) => item.status === 'ready');
  const tracks = transcript?.tracks ?? [];
  const trackName = (track: Track) => {
    const key = languageNameKey(track.language);
    const language = key ? app(key) : track.language;
    const name =
      track.label ?? `${language} · ${app(track.kind === 'translation' ? 'translation' : 'transcript')}`;
    return `${name}${track.cues.some((cue) => cue.text.trim() !== '') ? '' : ` (${t('trackEmpty')})`}`;
  };
  // What "as the style chooses" comes to for this clip, so the choice is never a guess.
  const byStyle = pickCaptionTracks(tracks, style, {}, draft);
  const styleChoice = (track: Track | undefined) =>
    track
      ? `${t('styleTrackChoice')} (${trackName(track)})`
      : `${t('styleTrackChoice')} (${t('oneLineOnly')})`;
  return (
    <div className="clip-source-fields">
      <label className="inline-field">
        {t('recording')}{' '}
        <select
          data-testid="clip-media"
          value={draft.mediaId}
          disabled={draft.id !== undefined}
          onChange={(event) => {
            const media = ready.find((item) => item.id === event.target.value);
            if (!media) return;
            update({
              mediaId: media.id,
              startMs: 0,
              endMs: Math.min(media.probe.durationMs, FIRST_LENGTH_MS),
              primaryTrackId: '',
              secondaryTrackId: '',
            });
          }}
        >
          {ready.map((item) => (
            <option key={item.id} value={item.id}>
              {item.fileName}
            </option>
          ))}
        </select>
      </label>
      {transcript === null || (transcript && tracks.length === 0) ? (
        <p className="hint" role="status" data-testid="clip-no-transcript">
          {t('clipNoTranscript')}
        </p>
      ) : (
        tracks.length > 0 && (
          <>
            <label className="inline-field">
              {t('captionTrack')}{' '}
              <select
                data-testid="clip-primary-track"
                value={draft.primaryTrackId}
                onChange={(event) => update({ primaryTrackId: event.target.value })}
              >
                <option value="">{styleChoice(byStyle.primary)}</option>
                {tracks.map((track) => (
                  <option key={track.id} value={track.id}>
                    {trackName(track)}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-field">
              {t('secondCaptionTrack')}{' '}
              <select
                data-testid="clip-secondary-track"
                value={draft.secondaryTrackId}
                onChange={(event) => update({ secondaryTrackId: event.target.value })}
              >
                <option value="">{styleChoice(byStyle.secondary)}</option>
                <option value={NO_SECOND_TRACK}>{t('oneLineOnly')}</option>
                {tracks.map((track) => (
                  <option key={track.id} value={track.id}>
                    {trackName(track)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )
      )}
    </div>
  );
}
