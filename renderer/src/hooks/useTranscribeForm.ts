import { useEffect, useState } from 'react';
import type { VadChoice } from '../../../shared/transcript/vadPolicy';
import { vocabularyPrompt, type VocabularySource } from '../../../shared/transcript/vocabulary';
import type { InstalledModel } from '../../../shared/model/whisperModels';
import { useClient } from '../api/ClientContext';
import {
  defaultModel,
  languageAdvice,
  usableModel,
  type TranscribeLanguage,
} from '../transcription/modelChoice';
import type { MessageKey } from '../i18n/en';
import { useReport } from './ErrorsContext';
import { useDtwChoice, type DtwChoice } from '../transcription/useDtwChoice';
import { useGlossaryTerms } from '../transcription/useGlossaryTerms';

export interface TranscribeForm {
  /** Models that can be chosen (damaged ones are left out). */
  models: readonly InstalledModel[];
  model: InstalledModel | undefined;
  setModel(fileName: string): void;
  language: TranscribeLanguage;
  setLanguage(language: TranscribeLanguage): void;
  translate: boolean;
  setTranslate(translate: boolean): void;
  /** Skip silence: 'auto' is on for recordings longer than a minute. */
  vad: VadChoice;
  setVad(vad: VadChoice): void;
  /** The initial prompt: the session's vocabulary and the workspace glossary until the user edits it. */
  prompt: string;
  setPrompt(prompt: string): void;
  /** Precise word times (DTW): off by default, and only where the whisper build and the model allow it. */
  dtw: DtwChoice;
  advice: MessageKey | undefined;
  starting: boolean;
  /** Starts the transcribe job; true when it was queued. */
  start(): Promise<boolean>;
}

/** The choices of one transcribe form; the model defaults to the best installed one until the user picks. */
export function useTranscribeForm(
  sessionId: string,
  mediaId: string,
  installed: readonly InstalledModel[],
): TranscribeForm {
  const { api } = useClient();
  const report = useReport();
  const [picked, setModel] = useState<string | undefined>(undefined);
  const [language, setLanguage] = useState<TranscribeLanguage>('auto');
  const [translate, setTranslate] = useState(false);
  const [starting, setStarting] = useState(false);
  const [vad, setVad] = useState<VadChoice>('auto');
  const [prompt, setPrompt] = useState<string | undefined>(undefined);
  const [sessionVocabulary, setSessionVocabulary] = useState<VocabularySource>({});
  const glossary = useGlossaryTerms().terms;
  const sessionPrompt = vocabularyPrompt({ ...sessionVocabulary, glossary: glossary ?? [] });
  useEffect(() => {
    let live = true;
    api['sessions.get']({ sessionId })
      .then(({ session }) => {
        if (!live) return;
        const metadata = session.metadata;
        setSessionVocabulary({
          title: session.title,
          ...(metadata.campaign ? { campaign: metadata.campaign } : {}),
          ...(metadata.organiser ? { organiser: metadata.organiser } : {}),
          partners: metadata.partners,
          hashtags: metadata.hashtags,
          topics: metadata.topics,
          participantNames: session.participants.map((participant) => participant.name),
        });
      })
      .catch(report);
    return () => {
      live = false;
    };
  }, [api, report, sessionId]);
  const models = installed.filter(usableModel);
  const model = models.find((candidate) => candidate.fileName === picked) ?? defaultModel(models);
  const dtw = useDtwChoice(model?.fileName);

  return {
    models,
    model,
    setModel,
    language,
    setLanguage,
    translate,
    setTranslate,
    vad,
    setVad,
    prompt: prompt ?? sessionPrompt,
    setPrompt,
    dtw,
    advice: languageAdvice(language, model),
    starting,
    async start() {
      if (model === undefined || starting) return false;
      setStarting(true);
      try {
        const text = (prompt ?? sessionPrompt).trim();
        await api['transcripts.start']({
          sessionId,
          mediaId,
          model: model.fileName,
          language,
          translate,
          vad,
          ...(text ? { prompt: text } : {}),
          ...(dtw.use ? { dtw: true } : {}),
        });
        return true;
      } catch (error) {
        report(error);
        return false;
      } finally {
        setStarting(false);
      }
    },
  };
}
