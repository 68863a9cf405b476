import type { ErrorInfo } from '../../../shared/errors';
import { importNoteCodes, type ImportNote, type ImportNoteCode } from '../../../shared/subtitles/importNotes';
import { EngineErrorText } from '../components/EngineErrorText';
import { useI18n } from '../i18n/I18nContext';
import { importNoteWords, wordNote } from './i18n/importNoteText';

/** The note a strict subtitle import stopped at, from its code and parameters (never the engine's English). */
export function noteOfError(info: Pick<ErrorInfo, 'key' | 'params'>): ImportNote | undefined {
  const params = info.params ?? {};
  const { noteCode, line, ...rest } = params;
  if (info.key !== 'import-note' || typeof line !== 'number') return undefined;
  if (!importNoteCodes.includes(noteCode as ImportNoteCode)) return undefined;
  return { line, code: noteCode as ImportNoteCode, params: rest };
}

/** "Line 7: The time 00:01 is not a time", in the UI's language. */
export function LineNoteText({ info }: { info: ErrorInfo }) {
  const { language } = useI18n();
  const note = noteOfError(info);
  if (!note) return <EngineErrorText info={info} />;
  return (
    <span>
      {importNoteWords[language].line} {note.line}: {wordNote(note, language).problem}
    </span>
  );
}
