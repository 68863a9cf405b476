import { useState } from 'react';
import { useProgrammeT } from './i18n/useProgrammeT';
import type { FieldControlProps } from './Field';
import { addTags, endsTag } from './tags';

interface Props {
  control: FieldControlProps;
  values: readonly string[];
  onChange(values: string[]): void;
  onBlur?(): void;
  testId: string;
}

/** A list of short values as removable chips; Enter or a comma adds what was typed, Backspace removes. */
export function TagInput({ control, values, onChange, onBlur, testId }: Props) {
  const t = useProgrammeT();
  const [draft, setDraft] = useState('');
  const commit = () => {
    if (draft.trim() !== '') onChange(addTags(values, draft));
    setDraft('');
  };

  return (
    <div className="tag-input" data-testid={testId}>
      {values.length > 0 && (
        <ul className="tags">
          {values.map((value) => (
            <li key={value} className="tag" data-testid="tag">
              <bdi>{value}</bdi>
              <button
                type="button"
                className="tag-remove"
                aria-label={t('removeTag', { tag: value })}
                onClick={() => onChange(values.filter((other) => other !== value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        {...control}
        dir="auto"
        value={draft}
        placeholder={t('tagHint')}
        data-testid={`${testId}-input`}
        onChange={(event) => {
          const text = event.target.value;
          if (endsTag(text)) {
            onChange(addTags(values, text));
            setDraft('');
          } else setDraft(text);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Backspace' && draft === '' && values.length > 0) {
            onChange(values.slice(0, -1));
          }
        }}
        onBlur={() => {
          commit();
          onBlur?.();
        }}
      />
    </div>
  );
}
