import { roughDuration } from '../../../shared/jobs/roughDuration';
import type { InstalledModel } from '../../../shared/model/whisperModels';
import { useI18n } from '../i18n/I18nContext';
import type { Translate } from '../i18n/translate';
import { languageLabel } from '../transcription/modelChoice';
import type { EstimateState } from '../transcription/useTranscribeEstimate';

interface Props {
  state: EstimateState;
  language: string;
  models: readonly InstalledModel[];
  chosen: InstalledModel | undefined;
  onUse(fileName: string): void;
}

/** "Recommended for Urdu: large-v3-turbo [Use it]" and "about 12 min on this computer" (or "estimating…"). */
export function TranscribeEstimate({ state, language, models, chosen, onUse }: Props) {
  const { t, language: uiLanguage } = useI18n();
  const { estimate, estimating } = state;
  const recommendation = estimate?.recommendation;
  const recommended = models.find((model) => model.id === recommendation?.modelId);
  const languageName = languageLabel(language, uiLanguage, t);
  return (
    <div className="transcribe-estimate" data-testid="transcribe-estimate">
      {recommendation && recommended && recommendation.goodEnough && (
        <p className="note" data-testid="recommended-model" data-model={recommended.id}>
          <bdi>{t('recommendedModelFor', { language: languageName, model: recommended.id })}</bdi>
          {chosen?.fileName !== recommended.fileName && (
            <>
              {' '}
              <button
                type="button"
                data-testid="use-recommended-model"
                onClick={() => onUse(recommended.fileName)}
              >
                {t('useRecommendedModel')}
              </button>
            </>
          )}
        </p>
      )}
      {recommendation && !recommendation.goodEnough && recommendation.download && (
        <p className="note" data-testid="recommended-download">
          {t('recommendedModelDownload', { language: languageName, model: recommendation.download })}
        </p>
      )}
      <p className="hint" data-testid="transcribe-time" aria-live="polite">
        {t('estimateOnThisComputer')}
        {estimating ? (
          <span data-testid="transcribe-time-estimating">{t('estimating')}</span>
        ) : estimate?.estimateMs !== undefined ? (
          <span data-testid="transcribe-time-value" data-source={estimate.source}>
            {estimateText(t, estimate.estimateMs)}
            {estimate.source === 'guess' && <> {t('estimateGuessed')}</>}
          </span>
        ) : (
          <span>–</span>
        )}
      </p>
    </div>
  );
}

function estimateText(t: Translate, ms: number): string {
  const rough = roughDuration(ms);
  if (rough.unit === 'under-minute') return t('estimateUnderMinute');
  return t(rough.unit === 'minutes' ? 'estimateMinutes' : 'estimateHours', { count: rough.count });
}
