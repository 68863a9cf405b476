import { useState, type InputHTMLAttributes } from 'react';
import { useT } from '../i18n/I18nContext';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange' | 'className'>;

/**
 * A file input people can read in any language and width: a styled "Choose file…" button (the real input
 * hidden inside it, still focusable and labelled) and the chosen file's whole name beside it, instead of
 * the browser's own "No fil…hosen".
 */
export function FilePicker({
  onFile,
  testId,
  ...input
}: InputProps & { onFile(file: File | undefined): void; testId: string }) {
  const t = useT();
  const [name, setName] = useState<string | undefined>(undefined);
  return (
    <span className="file-picker">
      <label className="button">
        {t('chooseFile')}
        <input
          {...input}
          type="file"
          className="visually-hidden"
          data-testid={testId}
          onChange={(event) => {
            const file = event.target.files?.[0];
            setName(file?.name);
            onFile(file);
          }}
        />
      </label>
      <span
        className={name === undefined ? 'hint' : 'file-picker-name'}
        dir="auto"
        data-testid={`${testId}-name`}
      >
        {name ?? t('noFileChosen')}
      </span>
    </span>
  );
}
