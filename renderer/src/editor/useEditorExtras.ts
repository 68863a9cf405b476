import { useCallback, useEffect, useState } from 'react';
import type { CuePlace } from './CueGrid';
import type { ImportReport } from './ImportRepairs';
import type { Notice } from './useEditorActions';
import type { EditorDocument } from './useEditorDocument';
import { useSpeakers, type Speakers } from './useSpeakers';

export type EditorDialogKind = 'import' | 'export' | 'retime';

const NOTICE_MS = 5000;

export interface EditorExtras {
  speakers: Speakers;
  onSpeaker(trackId: string, cueId: string, speakerId: string | undefined): void;
  dialog: EditorDialogKind | undefined;
  setDialog(dialog: EditorDialogKind | undefined): void;
  /** The repairs of the last lenient import, until dismissed. */
  importReport: ImportReport | undefined;
  setImportReport(report: ImportReport | undefined): void;
  /** A passing message for the toolbar (it clears itself). */
  notice: Notice | undefined;
  setNotice(notice: Notice | undefined): void;
  /** Opens shift/stretch (the retime command); false when there is no transcript. */
  openRetime(): boolean;
  /** Sets the focused cue's speaker to the index-th participant, -1 none (the speaker commands); false with no cue focused. */
  assignSpeaker(index: number): boolean;
}

/** Subtitle files, shift/stretch and speakers: the editor's state for them and what their commands do. */
export function useEditorExtras(
  sessionId: string,
  mediaId: string,
  doc: EditorDocument,
  focused: CuePlace | undefined,
): EditorExtras {
  const speakers = useSpeakers(sessionId, mediaId, doc);
  const [dialog, setDialog] = useState<EditorDialogKind | undefined>(undefined);
  const [importReport, setImportReport] = useState<ImportReport | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(undefined), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const { assign } = speakers;
  const onSpeaker = useCallback(
    (trackId: string, cueId: string, speakerId: string | undefined) => assign({ trackId, cueId }, speakerId),
    [assign],
  );

  const openRetime = (): boolean => {
    if (!doc.transcript) return false;
    setDialog('retime');
    return true;
  };

  const assignSpeaker = (index: number): boolean => {
    if (!focused) return false;
    if (index < 0) {
      assign(focused, undefined);
      return true;
    }
    const participant = speakers.participants[index];
    if (!participant) {
      setNotice({ key: 'noSuchParticipant', params: { n: index + 1 } });
      return true;
    }
    assign(focused, participant.id);
    setNotice({ key: 'speakerSet', params: { name: `\u2068${participant.name}\u2069` } });
    return true;
  };

  return {
    speakers,
    onSpeaker,
    dialog,
    setDialog,
    importReport,
    setImportReport,
    notice,
    setNotice,
    openRetime,
    assignSpeaker,
  };
}
