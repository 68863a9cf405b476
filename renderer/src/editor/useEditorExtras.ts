import { useCallback, useEffect, useState } from 'react';
import type { CuePlace } from './CueGrid';
import type { ImportReport } from './ImportRepairs';
import type { EditorCommand } from './keymap';
import type { Notice } from './useEditorActions';
import type { EditorDocument } from './useEditorDocument';
import { useSpeakers, type Speakers } from './useSpeakers';

export type EditorDialogKind = 'import' | 'export' | 'retime';

const speakerCommands: Partial<Record<EditorCommand, number>> = {
  'speaker-1': 0,
  'speaker-2': 1,
  'speaker-3': 2,
  'speaker-4': 3,
  'speaker-none': -1,
};

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
  /** The keyboard commands of subtitle files, retiming and speakers; false when one does nothing now. */
  run(command: EditorCommand): boolean;
}

/** Subtitle files, shift/stretch and speakers: the editor's state for them and their keys. */
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

  const run = (command: EditorCommand): boolean => {
    if (command === 'retime') {
      if (!doc.transcript) return false;
      setDialog('retime');
      return true;
    }
    const index = speakerCommands[command];
    if (index === undefined || !focused) return false;
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
    run,
  };
}
