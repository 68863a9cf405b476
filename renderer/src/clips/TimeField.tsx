import { useId, useState } from 'react';
import { formatClipTime, parseClipTime } from './clipMath';
import { useClipsT } from './i18n/useClipsT';

interface Props {
  label: string;
  valueMs: number;
  onChange(ms: number): void;
  testId: string;
}

/** A time typed as m:ss.s; a wrong one is marked and kept until corrected. Mount with key={valueMs}. */
export function TimeField({ label, valueMs, onChange, testId }: Props) {
  const t = useClipsT();
  const id = useId();
  const [text, setText] = useState(formatClipTime(valueMs, true));
  const [bad, setBad] = useState(false);
  const commit = () => {
    const ms = parseClipTime(text);
    setBad(ms === undefined);
    if (ms !== undefined && ms !== valueMs) onChange(ms);
  };
  return (
    <div className="clip-field time-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        dir="ltr"
        inputMode="decimal"
        data-testid={testId}
        value={text}
        placeholder={t('timeHint')}
        aria-invalid={bad ? 'true' : undefined}
        title={bad ? t('badTime') : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
    </div>
  );
}
