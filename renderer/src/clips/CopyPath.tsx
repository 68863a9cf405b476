import { useState } from 'react';
import { useClipsT } from './i18n/useClipsT';

/** A folder path to read and copy (the API cannot open a folder in the desktop app). */
export function CopyPath({ path, testId }: { path: string; testId: string }) {
  const t = useClipsT();
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
    </span>
  );
}
