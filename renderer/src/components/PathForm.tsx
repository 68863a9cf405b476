import { useState, type ReactNode } from 'react';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';
import { useT } from '../i18n/I18nContext';

interface Props {
  className: string;
  testId: string;
  /** The path input's id, for the caller's label or heading. */
  inputId: string;
  /** Set when a heading (not a <label for>) names the input. */
  labelledBy?: string;
  /** Shown above the input: the heading or label, and any warning. */
  children: ReactNode;
  placeholder: string;
  submitLabel: string;
  inputTestId: string;
  buttonTestId: string;
  fileTestId?: string;
  /** The file picker's accept filter. */
  accept?: string;
  /** Gets the trimmed path; true clears the input. */
  onSubmit(path: string): Promise<boolean>;
}

/** A file already on this computer: type its path (browser mode), or pick it (desktop). */
export function PathForm(props: Props) {
  const t = useT();
  const { pathForFile } = useClient();
  const report = useReport();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [blank, setBlank] = useState(false);

  const submit = (target: string) => {
    if (target.trim() === '') setBlank(true);
    if (target.trim() === '' || busy) return;
    setBusy(true);
    void props
      .onSubmit(target.trim())
      .then((clear) => {
        if (clear) setPath('');
      })
      .finally(() => setBusy(false));
  };

  return (
    <form
      className={props.className}
      data-testid={props.testId}
      onSubmit={(event) => {
        event.preventDefault();
        submit(path);
      }}
    >
      {props.children}
      <div className="row">
        <input
          id={props.inputId}
          aria-labelledby={props.labelledBy}
          data-testid={props.inputTestId}
          dir={path === '' ? undefined : 'ltr'}
          value={path}
          placeholder={props.placeholder}
          aria-invalid={blank || undefined}
          onChange={(event) => {
            setPath(event.target.value);
            setBlank(false);
          }}
        />
        <button type="submit" disabled={busy} data-testid={props.buttonTestId}>
          {props.submitLabel}
        </button>
        {pathForFile && (
          <label className="button">
            {t('chooseFile')}
            <input
              type="file"
              accept={props.accept}
              className="visually-hidden"
              data-testid={props.fileTestId}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (!file) return;
                try {
                  submit(pathForFile(file));
                } catch (error) {
                  report(error);
                }
              }}
            />
          </label>
        )}
      </div>
      {blank && (
        <p className="input-error" role="alert" data-testid={`${props.testId}-blank`}>
          {pathForFile ? t('pathBlankDesktop') : t('pathBlank')}
        </p>
      )}
    </form>
  );
}
