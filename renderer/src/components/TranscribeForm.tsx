import { useId } from 'react';
import { formatBytes } from '../../../shared/format/duration';
import { useModelsContext } from '../hooks/ModelsContext';
import { useTranscribeForm } from '../hooks/useTranscribeForm';
import { useT } from '../i18n/I18nContext';
import {
  languageNameKey,
  transcribeLanguages,
  verificationKey,
  type TranscribeLanguage,
} from '../transcription/modelChoice';
import { NoModelOffer } from './NoModelOffer';
import { DtwSwitch } from '../transcription/DtwSwitch';
import { TranscribeEstimate } from './TranscribeEstimate';
import { useTranscribeEstimate } from '../transcription/useTranscribeEstimate';
import { vadChoices } from '../../../shared/transcript/vadPolicy';
import { modelOptionLabel } from '../transcription/modelLabel';

interface Props {
  sessionId: string;
  mediaId: string;
  fileName: string;
  onClose(): void;
}

const isLanguage = (value: string): value is TranscribeLanguage =>
  (transcribeLanguages as readonly string[]).includes(value);

/** Model, spoken language and translation for one media; Start queues a transcribe job. */
export function TranscribeForm({ sessionId, mediaId, fileName, onClose }: Props) {
  const t = useT();
  const id = useId();
  const { list, openDialog, downloading, download } = useModelsContext();
  const form = useTranscribeForm(sessionId, mediaId, list?.installed ?? []);
  const { model, language } = form;
  const estimate = useTranscribeEstimate({
    sessionId,
    mediaId,
    language,
    model: model?.id,
    translate: form.translate,
    vad: form.vad,
  });
  const title = t('transcribeTitle', { name: fileName });

  return (
    <form
      className="transcribe-form"
      data-testid="transcribe-form"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        void form.start().then((started) => {
          if (started) onClose();
        });
      }}
    >
      {list === undefined ? (
        <p className="empty">{t('loading')}</p>
      ) : form.models.length === 0 ? (
        <NoModelOffer catalogue={list.catalogue} />
      ) : (
        <>
          <div className="form-fields">
            <label className="field" htmlFor={`${id}-model`}>
              <span>{t('model')}</span>
              <select
                id={`${id}-model`}
                data-testid="transcribe-model"
                value={model?.fileName ?? ''}
                onChange={(event) => form.setModel(event.target.value)}
              >
                {form.models.map((option) => (
                  <option key={option.fileName} value={option.fileName}>
                    {modelOptionLabel(option)}
                    {` · ${formatBytes(option.sizeBytes)}`}
                    {option.verification === 'checksum'
                      ? ''
                      : ` · ${t(verificationKey(option.verification))}`}
                  </option>
                ))}
              </select>
            </label>
            <label className="field" htmlFor={`${id}-language`}>
              <span>{t('spokenLanguage')}</span>
              <select
                id={`${id}-language`}
                data-testid="transcribe-language"
                value={language}
                onChange={(event) => {
                  if (isLanguage(event.target.value)) form.setLanguage(event.target.value);
                }}
              >
                {transcribeLanguages.map((code) => (
                  <option key={code} value={code}>
                    {code === 'pa' ? t('langPunjabiOption') : t(languageNameKey(code) ?? 'langAuto')}
                  </option>
                ))}
              </select>
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                data-testid="transcribe-translate"
                checked={form.translate}
                onChange={(event) => form.setTranslate(event.target.checked)}
              />
              {t('alsoTranslate')}
            </label>
            <label className="field" htmlFor={`${id}-vad`}>
              <span>{t('skipSilence')}</span>
              <select
                id={`${id}-vad`}
                data-testid="transcribe-vad"
                value={form.vad}
                onChange={(event) => {
                  const value = vadChoices.find((choice) => choice === event.target.value);
                  if (value) form.setVad(value);
                }}
              >
                <option value="auto">{t('skipSilenceAuto')}</option>
                <option value="on">{t('skipSilenceOn')}</option>
                <option value="off">{t('skipSilenceOff')}</option>
              </select>
            </label>
            {form.vad !== 'off' && (list.vad.state === 'missing' || list.vad.state === 'damaged') && (
              <p className="note" data-testid="transcribe-vad-missing" role="note">
                {t('vadNotInstalled')}{' '}
                <button
                  type="button"
                  data-testid="transcribe-vad-download"
                  disabled={downloading.has(list.vad.id)}
                  onClick={() => download(list.vad.id)}
                >
                  {downloading.has(list.vad.id) ? t('downloading') : t('download')}
                </button>
              </p>
            )}
            <label className="field" htmlFor={`${id}-prompt`}>
              <span>{t('vocabularyPrompt')}</span>
              <textarea
                id={`${id}-prompt`}
                data-testid="transcribe-prompt"
                rows={2}
                dir="auto"
                value={form.prompt}
                onChange={(event) => form.setPrompt(event.target.value)}
              />
            </label>
            <DtwSwitch choice={form.dtw} />
          </div>
          {model !== undefined && model.verification !== 'checksum' && (
            <p className="hint" data-testid="model-verification">
              <span className="badge warning">{t(verificationKey(model.verification))}</span>
            </p>
          )}
          {language === 'pa' && (
            <p className="note" data-testid="punjabi-note" role="note">
              {t('punjabiNote')}
            </p>
          )}
          {form.advice !== undefined && (
            <p className="note" data-testid="transcribe-advice" role="note">
              {t(form.advice)}
            </p>
          )}
          <TranscribeEstimate
            state={estimate}
            language={language}
            models={form.models}
            chosen={model}
            onUse={form.setModel}
          />
        </>
      )}
      <div className="form-actions">
        {form.models.length > 0 && (
          <button type="submit" className="primary" data-testid="transcribe-start" disabled={form.starting}>
            {form.starting ? t('starting') : t('start')}
          </button>
        )}
        {list !== undefined && form.models.length === 0 && (
          <button type="button" data-testid="no-model-open-models" onClick={openDialog}>
            {t('manageModels')}
          </button>
        )}
        <button type="button" data-testid="transcribe-close" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </form>
  );
}
