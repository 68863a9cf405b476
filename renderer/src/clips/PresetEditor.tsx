import { useId, useState } from 'react';
import type { Preset } from '../../../shared/export/presets';
import type { ClipsMessageKey } from './i18n/en';
import { useClipsT } from './i18n/useClipsT';
import { useErrorText } from '../i18n/useErrorText';
import { formOf, presetFromForm, type PresetForm } from './presetEdit';

interface Props {
  base: Preset;
  isNew: boolean;
  onSave(preset: Preset): Promise<unknown>;
}

const numberFields: [keyof PresetForm, ClipsMessageKey][] = [
  ['widthPx', 'width'],
  ['heightPx', 'height'],
  ['maxFps', 'maxFps'],
  ['minDurationS', 'minDuration'],
  ['maxDurationS', 'maxDuration'],
  ['maxSizeMb', 'maxSize'],
  ['crf', 'crf'],
  ['top', 'safeZoneTop'],
  ['bottom', 'safeZoneBottom'],
  ['left', 'safeZoneLeft'],
  ['right', 'safeZoneRight'],
];

/** One preset's size, frame-rate cap, durations, file size, quality and safe zone; saves a user copy. */
export function PresetEditor({ base, isNew, onSave }: Props) {
  const t = useClipsT();
  const wordError = useErrorText();
  const id = useId();
  const [form, setForm] = useState<PresetForm>(() => formOf(base));
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof PresetForm, value: string) => setForm((current) => ({ ...current, [key]: value }));
  const input = (key: keyof PresetForm, label: ClipsMessageKey, numeric: boolean, disabled = false) => (
    <div className="clip-field" key={key}>
      <label htmlFor={`${id}-${key}`}>{t(label)}</label>
      <input
        id={`${id}-${key}`}
        dir={numeric ? 'ltr' : 'auto'}
        inputMode={numeric ? 'decimal' : undefined}
        data-testid={`preset-${key}`}
        value={form[key]}
        disabled={disabled}
        onChange={(event) => set(key, event.target.value)}
      />
    </div>
  );
  return (
    <form
      className="preset-editor"
      data-testid="preset-editor"
      onSubmit={(event) => {
        event.preventDefault();
        const result = presetFromForm(form, base);
        if (result.error !== undefined) {
          setError(result.error);
          return;
        }
        setBusy(true);
        setError(undefined);
        onSave(result.preset)
          .catch((caught: unknown) => setError(wordError(caught).message))
          .finally(() => setBusy(false));
      }}
    >
      <div className="clip-fields">
        {input('id', 'presetId', false, !isNew)}
        {input('name', 'presetName', false)}
        {numberFields.map(([key, label]) => input(key, label, true))}
      </div>
      {error && (
        <p className="clip-error" role="alert" dir="auto" data-testid="preset-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="primary" data-testid="preset-save" disabled={busy}>
          {t('savePreset')}
        </button>
      </div>
    </form>
  );
}
