import { useState } from 'react';
import type { Track } from '../../../shared/transcript/model';
import { useTranscript } from '../hooks/useTranscript';
import { useI18n } from '../i18n/I18nContext';
import { useFocusedTrack } from '../programme/ProgrammeNav';
import type { Translate } from '../i18n/translate';
import { hasNoSpeech } from '../transcription/cueText';
import { languageLabel } from '../transcription/modelChoice';
import { ClipFromSelection } from '../clips/ClipFromSelection';
import { IMPORTED_TRANSCRIPT_MODEL } from '../../../shared/subtitles/importedTrack';
import { formatDateTime } from '../i18n/engineText';
import { CueList } from './CueList';

interface Props {
  sessionId: string;
  mediaId: string;
}

const languageName = (code: string, t: Translate): string =>
  languageLabel(code, document.documentElement.lang || 'en', t);

const trackLabel = (track: Track, t: Translate): string =>
  track.label ??
  `${languageName(track.language, t)} · ${t(track.kind === 'translation' ? 'translation' : 'transcript')}`;

/** The media's transcript, if it has one: a tab per track (transcript, translation) and its cues. */
export function TranscriptView({ sessionId, mediaId }: Props) {
  const { t, language } = useI18n();
  const { transcript } = useTranscript(sessionId, mediaId);
  const [chosen, setChosen] = useState<{ id: string; seq: number | undefined } | undefined>(undefined);
  // A search result for a cue of this media shows its track, until a tab is chosen after it.
  const wanted = useFocusedTrack(mediaId);
  if (!transcript) return null;

  const tracks = transcript.tracks;
  const shown = wanted && chosen?.seq !== wanted.seq ? wanted.trackId : chosen?.id;
  // Unchosen: the first track with cues (an empty one a no-speech run left is not the one to show).
  const track =
    tracks.find((candidate) => candidate.id === shown) ??
    tracks.find((candidate) => candidate.cues.length > 0) ??
    tracks[0];
  const created = new Date(transcript.createdAt);
  const date = Number.isNaN(created.getTime()) ? transcript.createdAt : formatDateTime(created, language);

  return (
    <section className="transcript" data-testid="transcript" aria-label={t('transcript')}>
      <p className="hint transcript-meta">
        {transcript.model === IMPORTED_TRANSCRIPT_MODEL
          ? t('importedSubtitlesOn', { language: languageName(transcript.language, t), date })
          : t('transcribedWith', {
              language: languageName(transcript.language, t),
              model: transcript.model,
              date,
            })}
      </p>
      {hasNoSpeech(transcript) || track === undefined ? (
        <div className="no-speech" data-testid="no-speech" role="status">
          <p>{t('noSpeech')}</p>
          <p className="hint">{t('noSpeechHint')}</p>
        </div>
      ) : (
        <>
          {tracks.length > 1 && (
            <div className="track-tabs" role="tablist" aria-label={t('transcript')}>
              {tracks.map((candidate) => (
                <button
                  key={candidate.id}
                  type="button"
                  role="tab"
                  data-testid="track-tab"
                  data-track-kind={candidate.kind}
                  aria-selected={candidate.id === track.id}
                  onClick={() => setChosen({ id: candidate.id, seq: wanted?.seq })}
                >
                  {trackLabel(candidate, t)}
                </button>
              ))}
            </div>
          )}
          {tracks.length === 1 && <h5 className="track-title">{trackLabel(track, t)}</h5>}
          <ClipFromSelection track={track} mediaId={mediaId} />
          <CueList track={track} mediaId={mediaId} />
        </>
      )}
    </section>
  );
}
