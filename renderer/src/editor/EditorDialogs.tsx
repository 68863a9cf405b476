import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Track } from '../../../shared/transcript/model';
import type { CuePlace } from './CueGrid';
import { ShiftStretchDialog } from './ShiftStretchDialog';
import { SubtitleExportDialog } from './SubtitleExportDialog';
import { SubtitleImportDialog, type ImportResult } from './SubtitleImportDialog';
import type { EditorDocument } from './useEditorDocument';
import type { EditorExtras } from './useEditorExtras';
import { useI18n } from '../i18n/I18nContext';
import { languageLabel } from '../transcription/modelChoice';
import { useEditorT } from './i18n/useEditorT';
import './editorFiles.css';

interface Props {
  sessionId: string;
  mediaId: string;
  doc: EditorDocument;
  extras: EditorExtras;
  tracks: readonly Track[];
  trackLabels: readonly string[];
  focused: CuePlace | undefined;
}

/**
 * The open dialog of the editor, if any: import or export a subtitle file, shift or stretch times. Portalled
 * out of the editor's root, so the editor's keys (Ctrl+Z, Alt+1) leave the dialog's fields alone.
 */
export function EditorDialogs(props: Props) {
  return props.extras.dialog ? createPortal(<OpenDialog {...props} />, document.body) : null;
}

function OpenDialog({ sessionId, mediaId, doc, extras, tracks, trackLabels, focused }: Props): ReactNode {
  const t = useEditorT();
  const app = useI18n().t;
  const close = () => extras.setDialog(undefined);
  const transcript = doc.transcript ?? undefined;

  const onImported = async (result: ImportResult, fileName: string) => {
    // What "Undo import" puts back: the transcript as saved just before the import (the dialog flushed it).
    const previous = doc.transcript ?? null;
    // The engine saved a new revision: take it (history starts afresh) rather than saving over it.
    await doc.reload();
    close();
    const track = result.transcript.tracks.find((candidate) => candidate.id === result.trackId);
    extras.setImportReport({
      fileName,
      repairs: result.repairs,
      skipped: result.skipped,
      undo: { previous, importedRevision: result.transcript.revision },
    });
    if (!track) return;
    const language = languageLabel(track.language, document.documentElement.lang || 'en', app);
    const label = t(track.kind === 'translation' ? 'trackTranslation' : 'trackTranscript', { language });
    extras.setNotice({
      key: 'importedNotice',
      params: { count: track.cues.length, track: `\u2068${label}\u2069` },
    });
  };

  switch (extras.dialog) {
    case 'import':
      return (
        <SubtitleImportDialog
          sessionId={sessionId}
          mediaId={mediaId}
          tracks={tracks}
          flush={doc.flush}
          locked={doc.locked}
          onImported={onImported}
          onClose={close}
        />
      );
    case 'export':
      return (
        <SubtitleExportDialog
          sessionId={sessionId}
          mediaId={mediaId}
          tracks={tracks}
          trackLabels={trackLabels}
          trackId={focused?.trackId}
          flush={doc.flush}
          onClose={close}
        />
      );
    case 'retime':
      return transcript ? (
        <ShiftStretchDialog
          transcript={transcript}
          focused={focused}
          onApply={(next, notice) => {
            doc.apply(() => next);
            close();
            extras.setNotice(notice);
          }}
          onClose={close}
        />
      ) : null;
    case undefined:
      return null;
  }
}
