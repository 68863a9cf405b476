import { useId } from 'react';
import type { ExportOptions, SidecarFormat } from '../../../shared/model/clips';
import { ConcurrencyField } from './ConcurrencyField';
import { useClipsT } from './i18n/useClipsT';

interface Props {
  options: ExportOptions;
  setOptions(patch: Partial<ExportOptions>): void;
  example: string;
}

/** Burn-in, soft subtitles, sidecars, loudness, and the file-name template with a live example. */
export function ExportOptionsFields({ options, setOptions, example }: Props) {
  const t = useClipsT();
  const id = useId();
  const check = (testId: string, label: string, checked: boolean, onChange: (value: boolean) => void) => (
    <label className="check">
      <input
        type="checkbox"
        data-testid={testId}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  );
  const sidecar = (format: SidecarFormat, checked: boolean) =>
    setOptions({
      sidecars: checked
        ? [...options.sidecars.filter((item) => item !== format), format]
        : options.sidecars.filter((item) => item !== format),
    });
  return (
    <fieldset className="export-options">
      <legend>{t('options')}</legend>
      {check('export-burn-in', t('burnIn'), options.burnIn, (burnIn) => setOptions({ burnIn }))}
      {check('export-soft-subs', t('softSubtitles'), options.softSubtitles, (softSubtitles) =>
        setOptions({ softSubtitles }),
      )}
      {check('export-srt', t('sidecarSrt'), options.sidecars.includes('srt'), (on) => sidecar('srt', on))}
      {check('export-vtt', t('sidecarVtt'), options.sidecars.includes('vtt'), (on) => sidecar('vtt', on))}
      <ConcurrencyField />
      {check('export-loudness', t('loudness'), options.normaliseLoudness, (normaliseLoudness) =>
        setOptions({ normaliseLoudness }),
      )}
      <div className="clip-field wide">
        <label htmlFor={`${id}-template`}>{t('fileNameTemplate')}</label>
        <input
          id={`${id}-template`}
          dir="ltr"
          data-testid="export-template"
          value={options.fileNameTemplate}
          onChange={(event) => setOptions({ fileNameTemplate: event.target.value })}
        />
        <p className="hint">
          <bdi dir="ltr">{t('templateHint')}</bdi>
        </p>
        <p className="template-example" data-testid="export-template-example">
          {t('example', { name: '' })}
          <bdi dir="auto">{example}.mp4</bdi>
        </p>
      </div>
    </fieldset>
  );
}
