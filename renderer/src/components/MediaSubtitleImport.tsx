import { useState } from 'react';
import { toErrorInfo, type ErrorInfo } from '../../../shared/errors';
import type { Transcript } from '../../../shared/transcript/model';
import { useClient } from '../api/ClientContext';
import { useEditorT } from '../editor/i18n/useEditorT';
import { SubtitleImportDialog, type ImportResult } from '../editor/SubtitleImportDialog';
import { useI18n } from '../i18n/I18nContext';
import { languageNameKey } from '../transcription/modelChoice';
import { useTranscript } from '../hooks/useTranscript';

interface Props {
  sessionId: string;
  mediaId: string;
  /** After an import or its undo: the media's other views of the transcript load it again. */
  onChanged(): void;
}

interface LastImport {
  fileName: string;
  result: ImportResult;
  previous: Transcript | null;
}

/**
 * "Import subtitles" on any recording, transcribed or not (a transcription that found no speech included):
 * says what the import became (how many subtitles, which language and kind, chosen from the text unless
 * picked) and offers "Undo import", which puts the transcript back as it was.
 */
export function MediaSubtitleImport({ sessionId, mediaId, onChanged }: Props) {
  const t = useEditorT();
  const { transcript: loaded, refresh: reload } = useTranscript(sessionId, mediaId);
  const transcript = loaded ?? null;
  const refresh = () => {
    reload();
    onChanged();
  };
  const app = useI18n().t;
  const { api } = useClient();
  const [open, setOpen] = useState(false);
  const [last, setLast] = useState<LastImport | undefined>(undefined);
  const [undone, setUndone] = useState(false);
  const [error, setError] = useState<ErrorInfo | undefined>(undefined);

  const track = last?.result.transcript.tracks.find((item) => item.id === last.result.trackId);
  const trackName = () => {
    if (!track) return '';
    const key = languageNameKey(track.language);
    const language = key ? app(key) : track.language;
    return t(track.kind === 'translation' ? 'trackTranslation' : 'trackTranscript', { language });
  };

  const undo = async () => {
    if (!last) return;
    setError(undefined);
    try {
      await api['subtitles.undoImport']({
        sessionId,
        mediaId,
        importedRevision: last.result.transcript.revision,
        previous: last.previous,
      });
      setLast(undefined);
      setUndone(true);
      refresh();
    } catch (caught) {
      setError(toErrorInfo(caught));
    }
  };

  return (
    <>
      <button
        type="button"
        data-testid="media-import-subtitles"
        onClick={() => {
          setOpen(true);
          setUndone(false);
        }}
      >
        {t('mediaImportSubtitles')}
      </button>
      {open && loaded !== undefined && (
        <SubtitleImportDialog
          sessionId={sessionId}
          mediaId={mediaId}
          tracks={transcript?.tracks ?? []}
          flush={() => Promise.resolve()}
          locked={false}
          onImported={(result, fileName) => {
            setLast({ fileName, result, previous: transcript });
            setOpen(false);
            refresh();
            return Promise.resolve();
          }}
          onClose={() => setOpen(false)}
        />
      )}
      {last && track && (
        <div className="media-import-note" role="status" data-testid="media-imported">
          <p dir="auto">
            {t('importedFrom', {
              count: track.cues.length,
              file: `\u2068${last.fileName}\u2069`,
              track: `\u2068${trackName()}\u2069`,
            })}
          </p>
          <button type="button" data-testid="media-undo-import" onClick={() => void undo()}>
            {t('undoImport')}
          </button>
        </div>
      )}
      {undone && (
        <p className="hint" role="status" data-testid="media-import-undone">
          {t('importUndone')}
        </p>
      )}
      {error && (
        <p className="media-error" role="alert" dir="auto">
          {error.message} {error.hint}
        </p>
      )}
    </>
  );
}
