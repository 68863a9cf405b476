import { useState } from 'react';
import { FilePicker } from '../components/FilePicker';
import type { ApiResponse } from '../../../shared/api/contract';
import { toErrorInfo, type ErrorInfo } from '../../../shared/errors';
import { encodingChoices, type EncodingChoice } from '../../../shared/subtitles/encoding';
import type { Track, TrackKind } from '../../../shared/transcript/model';
import { useClient } from '../api/ClientContext';
import type { GuftaguClient } from '../api/client';
import { storedToken } from '../api/token';
import { uploadFile } from '../api/upload';
import { Modal } from '../components/Modal';
import { useEditorT } from './i18n/useEditorT';
import { defaultImportKind as defaultKind } from './importDefaults';
import { EngineErrorText } from '../components/EngineErrorText';
import { LineNoteText } from './LineNoteText';
import { LanguageField } from './LanguageField';

export type ImportResult = ApiResponse<'subtitles.import'>;

interface Props {
  sessionId: string;
  mediaId: string;
  tracks: readonly Track[];
  /** Saves the editor's pending edits (the import changes the transcript in the workspace). */
  flush(): Promise<void>;
  /** Another window saved over the editor's edits: settle that first (the import would drop them). */
  locked: boolean;
  onImported(result: ImportResult, fileName: string): Promise<void>;
  onClose(): void;
}

/** The language choice "from the text": no language is sent, the engine reads it off the script. */
const FROM_TEXT = '';

/** Where the engine can read a picked file: its path on desktop; uploaded to the server in browser mode. */
async function enginePath(client: GuftaguClient, file: File): Promise<string> {
  if (client.pathForFile) return client.pathForFile(file);
  return uploadFile(file, storedToken(window.sessionStorage), () => undefined);
}

/** A strict import refused for a mistake on a line (the engine names the line): a lenient import may repair it. */
const isLineError = (info: ErrorInfo): boolean =>
  info.code === 'invalid-request' && info.field?.startsWith('line:') === true;

/** Imports an SRT, WebVTT, ASS or text file as a new track: strictly first, leniently on request. */
export function SubtitleImportDialog(props: Props) {
  const t = useEditorT();
  const client = useClient();
  const [file, setFile] = useState<{ file: File; path?: string } | undefined>(undefined);
  // '' = from the script of the text (the engine guesses it); 'auto' kind = as the engine decides.
  const [language, setLanguage] = useState(FROM_TEXT);
  const [encoding, setEncoding] = useState<EncodingChoice>('auto');
  const [kind, setKind] = useState<TrackKind | 'auto'>('auto');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | undefined>(undefined);

  const chooseLanguage = (next: string) => {
    setLanguage(next);
    setKind(next === FROM_TEXT ? 'auto' : defaultKind(props.tracks, next));
  };

  const run = async (lenient: boolean) => {
    if (!file || props.locked) return;
    setBusy(true);
    setError(undefined);
    try {
      await props.flush();
      const path = file.path ?? (await enginePath(client, file.file));
      setFile({ file: file.file, path });
      const result = await client.api['subtitles.import']({
        sessionId: props.sessionId,
        mediaId: props.mediaId,
        path,
        lenient,
        encoding,
        ...(language === FROM_TEXT ? {} : { language }),
        ...(kind === 'auto' ? {} : { trackKind: kind }),
      });
      await props.onImported(result, file.file.name);
    } catch (caught) {
      setError(toErrorInfo(caught));
      setBusy(false);
    }
  };

  return (
    <Modal
      className="editor-dialog"
      title={t('importTitle')}
      testId="subtitle-import"
      onClose={props.onClose}
    >
      <form
        className="editor-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(false);
        }}
      >
        <label>
          {t('importFile')}
          <FilePicker
            testId="subtitle-import-file"
            accept=".srt,.vtt,.ass,.ssa,.txt"
            onFile={(picked) => {
              setFile(picked ? { file: picked } : undefined);
              setError(undefined);
            }}
          />
        </label>
        <LanguageField value={language} onChange={chooseLanguage} fromText={FROM_TEXT} />
        <label>
          {t('importEncoding')}
          <select
            data-testid="subtitle-import-encoding"
            value={encoding}
            onChange={(event) =>
              setEncoding(encodingChoices.find((choice) => choice === event.target.value) ?? 'auto')
            }
          >
            {encodingChoices.map((choice) => (
              <option key={choice} value={choice}>
                {t(`encoding_${choice}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('importAs')}</legend>
          {(['auto', 'transcript', 'translation'] as const).map((choice) => (
            <label key={choice} className="toggle">
              <input
                type="radio"
                name="subtitle-import-kind"
                data-testid={`subtitle-import-kind-${choice}`}
                checked={kind === choice}
                onChange={() => setKind(choice)}
              />
              {t(
                choice === 'auto'
                  ? 'kindAuto'
                  : choice === 'transcript'
                    ? 'kindTranscript'
                    : 'kindTranslation',
              )}
            </label>
          ))}
        </fieldset>
        {error && (
          <div className="editor-form-error" role="alert" data-testid="subtitle-import-error">
            {isLineError(error) ? (
              <>
                <p>{t('importStrictFailed')}</p>
                <p>
                  <bdi data-testid="subtitle-import-error-message">
                    <LineNoteText info={error} />
                  </bdi>
                </p>
                <p className="hint">{t('importLenientHint')}</p>
                <button
                  type="button"
                  data-testid="subtitle-import-lenient"
                  disabled={busy}
                  onClick={() => void run(true)}
                >
                  {t('importLenient')}
                </button>
              </>
            ) : (
              <div data-testid="subtitle-import-error-message">
                <EngineErrorText info={error} />
              </div>
            )}
          </div>
        )}
        {props.locked && (
          <p className="editor-form-error" role="alert">
            {t('lockedTitle')}
          </p>
        )}
        <div className="editor-form-actions">
          <button type="button" onClick={props.onClose}>
            {t('cancel')}
          </button>
          <button
            type="submit"
            className="primary"
            data-testid="subtitle-import-submit"
            disabled={busy || !file || props.locked}
          >
            {busy ? t('importing') : t('importButton')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
