import { useState } from 'react';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';
import { useClipsT } from './i18n/useClipsT';

/**
 * An output folder: its path to read and copy, and a button that shows it in the file manager. In browser
 * mode the folder is on the server's computer, so a download of the whole batch (zip) takes its place.
 */
export function CopyPath({ path, testId, zipUrl }: { path: string; testId: string; zipUrl?: string }) {
  const t = useClipsT();
  const { api, binding } = useClient();
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
      {binding === 'browser' ? (
        zipUrl !== undefined && (
          <a
            className="button quiet"
            href={zipUrl}
            download
            data-testid={`${testId}-zip`}
            title={t('downloadsHere')}
          >
            {t('downloadZip')}
          </a>
        )
      ) : (
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
      )}
    </span>
  );
}
