import { useState } from 'react';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';
import { useClipsT } from './i18n/useClipsT';

/** An output folder: its path to read and copy, and a button that shows it in the file manager. */
export function CopyPath({ path, testId }: { path: string; testId: string }) {
  const t = useClipsT();
  const { api } = useClient();
  const report = useReport();
  const [copied, setCopied] = useState(false);
  return (
    <span className="copy-path">
      <code dir="ltr" data-testid={testId}>
        {path}
      </code>
      <button
        type="button"
        className="quiet"
        data-testid={`${testId}-copy`}
        onClick={() => {
          void navigator.clipboard
            ?.writeText(path)
            .then(() => setCopied(true))
            .catch(() => setCopied(false));
        }}
      >
        {copied ? t('copied') : t('copy')}
      </button>
      <button
        type="button"
        className="quiet"
        data-testid={`${testId}-open`}
        onClick={() => {
          api['export.openFolder']({ path }).catch((error: unknown) => report(error));
        }}
      >
        {t('openFolder')}
      </button>
    </span>
  );
}
