import type { ImportNote } from '../../../shared/subtitles/importNotes';
import type { Transcript } from '../../../shared/transcript/model';
import { useI18n } from '../i18n/I18nContext';
import { interpolate } from '../i18n/translate';
import { useEditorT } from './i18n/useEditorT';
import { importNoteWords, wordNote } from './i18n/importNoteText';

export interface ImportReport {
  fileName: string;
  repairs: readonly ImportNote[];
  /** WebVTT blocks left out as a browser leaves them out. */
  skipped: readonly ImportNote[];
  /** What "Undo import" puts back: the transcript before the import (null: none), and the import's revision. */
  undo?: { previous: Transcript | null; importedRevision: number };
}

/** What an import repaired or left out, line by line, to check against the file; dismissed when read. */
export function ImportRepairs({
  report,
  onDismiss,
  onUndo,
}: {
  report: ImportReport;
  onDismiss(): void;
  /** Offered when the report can undo its import. */
  onUndo?: () => void;
}) {
  const t = useEditorT();
  const { language } = useI18n();
  const words = importNoteWords[language];
  const notes = [
    ...report.repairs.map((note) => ({ note, kind: 'repair' })),
    ...report.skipped.map((note) => ({ note, kind: 'skipped' })),
  ].sort((a, b) => a.note.line - b.note.line);
  return (
    <section className="import-repairs" data-testid="import-repairs" aria-labelledby="import-repairs-title">
      <header>
        <h3 id="import-repairs-title">
          {notes.length > 0
            ? interpolate(words.title, { count: notes.length, file: `\u2068${report.fileName}\u2069` })
            : t('importedFileTitle', { file: `\u2068${report.fileName}\u2069` })}
        </h3>
        {onUndo && report.undo && (
          <button type="button" data-testid="editor-undo-import" onClick={onUndo}>
            {t('undoImport')}
          </button>
        )}
        <button type="button" data-testid="import-repairs-dismiss" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </header>
      {notes.length > 0 && (
        <div className="import-repairs-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{words.line}</th>
                <th scope="col">{words.problem}</th>
                <th scope="col">{words.done}</th>
              </tr>
            </thead>
            <tbody>
              {notes.map(({ note, kind }, index) => {
                const { problem, done } = wordNote(note, language);
                return (
                  <tr
                    key={index}
                    data-testid="import-repair"
                    data-kind={kind}
                    data-code={note.code}
                    data-line={note.line}
                  >
                    <td dir="ltr">{note.line}</td>
                    <td dir="auto">{problem}</td>
                    <td dir="auto">{done}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
