import { useState } from 'react';
import { toErrorInfo, type ErrorInfo } from '../../../shared/errors';
import {
  subtitleFileFormats,
  subtitleFormatNames,
  type SubtitleFileFormat,
} from '../../../shared/subtitles/formats';
import type { Track } from '../../../shared/transcript/model';
import { useClient } from '../api/ClientContext';
import { downloadText } from '../api/download';
import { Modal } from '../components/Modal';
import { EngineErrorText } from '../components/EngineErrorText';
import { useEditorT } from './i18n/useEditorT';

interface Props {
  sessionId: string;
  mediaId: string;
  tracks: readonly Track[];
  trackLabels: readonly string[];
  /** The track to offer first (the focused cue's). */
  trackId: string | undefined;
  flush(): Promise<void>;
  onClose(): void;
}

type Outcome = { kind: 'saved'; path: string; fileName: string } | { kind: 'failed'; error: ErrorInfo };

/** Writes one track as SRT, WebVTT, ASS or text: downloaded in the browser, saved (path shown) on desktop. */
export function SubtitleExportDialog(props: Props) {
  const t = useEditorT();
  const { api, binding } = useClient();
  const [trackId, setTrackId] = useState(props.trackId ?? props.tracks[0]?.id ?? '');
  const [format, setFormat] = useState<SubtitleFileFormat>('srt');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);

  const run = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      await props.flush();
      const result = await api['subtitles.export']({
        sessionId: props.sessionId,
        mediaId: props.mediaId,
        trackId,
        format,
      });
      if (binding === 'browser') downloadText(result.fileName, result.text, 'text/plain;charset=utf-8');
      setOutcome({ kind: 'saved', path: result.path, fileName: result.fileName });
    } catch (caught) {
      setOutcome({ kind: 'failed', error: toErrorInfo(caught) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      className="editor-dialog"
      title={t('exportTitle')}
      testId="subtitle-export"
      onClose={props.onClose}
    >
      <form
        className="editor-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <label>
          {t('exportTrack')}
          <select
            data-testid="subtitle-export-track"
            value={trackId}
            onChange={(event) => setTrackId(event.target.value)}
          >
            {props.tracks.map((track, index) => (
              <option key={track.id} value={track.id}>
                {props.trackLabels[index] ?? track.language}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('exportFormat')}
          <select
            data-testid="subtitle-export-format"
            value={format}
            onChange={(event) =>
              setFormat(subtitleFileFormats.find((choice) => choice === event.target.value) ?? 'srt')
            }
          >
            {subtitleFileFormats.map((choice) => (
              <option key={choice} value={choice}>
                {subtitleFormatNames[choice]} (.{choice})
              </option>
            ))}
          </select>
        </label>
        {outcome?.kind === 'failed' && (
          <div className="editor-form-error" role="alert" data-testid="subtitle-export-error">
            <EngineErrorText info={outcome.error} />
          </div>
        )}
        {outcome?.kind === 'saved' && (
          <div className="editor-form-done" role="status" data-testid="subtitle-export-done">
            {binding === 'browser' ? (
              <p>{t('exportDownloaded', { fileName: `\u2068${outcome.fileName}\u2069` })}</p>
            ) : (
              <p>
                {t('exportSaved')}{' '}
                <bdi dir="ltr" className="editor-path" data-testid="subtitle-export-path">
                  {outcome.path}
                </bdi>
              </p>
            )}
          </div>
        )}
        <div className="editor-form-actions">
          <button type="button" onClick={props.onClose}>
            {t('close')}
          </button>
          <button
            type="submit"
            className="primary"
            data-testid="subtitle-export-submit"
            disabled={busy || trackId === ''}
          >
            {busy ? t('exporting') : t('exportButton')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
