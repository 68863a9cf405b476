import { useT } from '../i18n/I18nContext';
import type { DtwChoice } from './useDtwChoice';

/**
 * "Precise word times (DTW)": off by default, with its cost said; disabled, with the reason, where the
 * whisper in use (1.5.0 has no -dtw) or the model (no known alignment heads) cannot do it.
 */
export function DtwSwitch({ choice }: { choice: DtwChoice }) {
  const t = useT();
  const { support } = choice;
  const refusal = support && !support.available ? (support.refusal ?? 'no-whisper') : undefined;
  return (
    <div className="field dtw-switch" data-testid="transcribe-dtw-field">
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="transcribe-dtw"
          checked={choice.use}
          disabled={support === undefined || refusal !== undefined}
          onChange={(event) => choice.setWanted(event.target.checked)}
        />
        {t('dtwSwitch')}
      </label>
      <p className="hint" data-testid="transcribe-dtw-note" dir="auto">
        {refusal === undefined
          ? t('dtwCost')
          : t(`dtwOff_${refusal}`, { version: `\u2066${support?.version ?? ''}\u2069` })}
      </p>
    </div>
  );
}
