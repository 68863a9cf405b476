import { useState } from 'react';
import type { Media } from '../../../shared/model/media';
import { useClient } from '../api/ClientContext';
import { OpenEditorButton } from '../editor/EditorLauncher';
import { useT } from '../i18n/I18nContext';
import { MediaFacts } from './MediaFacts';
import { MediaSubtitleImport } from './MediaSubtitleImport';
import { ConfirmButton } from './ConfirmButton';
import { RelinkForm } from './RelinkForm';
import { TranscribeForm } from './TranscribeForm';
import { TranscriptView } from './TranscriptView';
import { EngineErrorText } from './EngineErrorText';
import { Waveform } from './Waveform';

interface Props {
  sessionId: string;
  media: Media;
  sourceMissing: boolean;
  onRemove(): Promise<void>;
  onRelink(path: string): Promise<boolean>;
}

/** One imported file: thumbnail, facts, status, waveform, actions, and its transcript below. */
export function MediaItem({ sessionId, media, sourceMissing, onRemove, onRelink }: Props) {
  const t = useT();
  const { mediaUrl } = useClient();
  const ready = media.status === 'ready';
  const showWaveform = ready && media.assets.peaks !== undefined;
  const [transcribing, setTranscribing] = useState(false);
  // Bumped by a subtitle import (or its undo): the transcript views below load the transcript again.
  const [transcriptSeq, setTranscriptSeq] = useState(0);
  const transcriptChanged = () => setTranscriptSeq((seq) => seq + 1);

  return (
    <li className="media-item" data-testid="media-item" data-media-id={media.id} data-status={media.status}>
      <div className="media-thumb">
        {media.assets.thumbnail !== undefined ? (
          <img
            data-testid="media-thumbnail"
            src={mediaUrl(sessionId, media.id, 'thumbnail')}
            alt={t('frameOf', { name: media.fileName })}
          />
        ) : (
          <div className="thumb-placeholder" aria-hidden="true" />
        )}
      </div>
      <div className="media-body">
        <div className="media-head">
          <h4 className="media-name" dir="auto">
            {media.fileName}
          </h4>
          <ConfirmButton
            label={t('remove')}
            question={t('confirmRemove', { name: media.fileName })}
            testId="media-remove"
            className="quiet"
            onConfirm={onRemove}
          />
        </div>
        <MediaFacts probe={media.probe} />
        {media.status === 'importing' && (
          <p className="media-status" role="status">
            <span className="spinner" aria-hidden="true" /> {t('importing')}
          </p>
        )}
        {media.status === 'failed' && (
          <div className="media-error" data-testid="media-error">
            <strong>{t('importFailed')}</strong>
            {media.error && <EngineErrorText info={media.error} />}
          </div>
        )}
        {sourceMissing && <RelinkForm fileName={media.fileName} onRelink={onRelink} />}
        {showWaveform && (
          <Waveform
            sessionId={sessionId}
            mediaId={media.id}
            label={t('waveformOf', { name: media.fileName })}
          />
        )}
        {ready && !transcribing && (
          <div className="media-actions">
            <button type="button" data-testid="transcribe-button" onClick={() => setTranscribing(true)}>
              {t('transcribe')}
            </button>
            <MediaSubtitleImport sessionId={sessionId} mediaId={media.id} onChanged={transcriptChanged} />
            <OpenEditorButton key={transcriptSeq} sessionId={sessionId} mediaId={media.id} />
          </div>
        )}
        {ready && transcribing && (
          <TranscribeForm
            sessionId={sessionId}
            mediaId={media.id}
            fileName={media.fileName}
            onClose={() => setTranscribing(false)}
          />
        )}
      </div>
      {ready && <TranscriptView key={transcriptSeq} sessionId={sessionId} mediaId={media.id} />}
    </li>
  );
}
