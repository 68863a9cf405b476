import type { RefObject } from 'react';
import type { UploadProgress } from '../api/upload';
import { useT } from '../i18n/I18nContext';

interface Props {
  inputRef: RefObject<HTMLInputElement | null>;
  busy: boolean;
  upload: UploadProgress | undefined;
  onFiles(files: File[]): void;
}

export const IMPORT_ACCEPT = 'video/*,audio/*,.mts,.m2ts,.mxf';

/** The import button, its file picker, and upload progress in browser mode. */
export function ImportControls({ inputRef, busy, upload, onFiles }: Props) {
  const t = useT();
  const percent =
    upload && upload.totalBytes > 0 ? Math.round((upload.loadedBytes / upload.totalBytes) * 100) : 0;
  return (
    <div className="import-controls">
      <button
        type="button"
        className="primary"
        data-testid="import-button"
        disabled={busy}
        onClick={() => inputRef.current?.click()}
      >
        {t('importFootage')}
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          onFiles(files);
        }}
      />
      <span className="hint">{t('dropHint')}</span>
      {upload && (
        <div className="upload" role="status" data-testid="upload-progress">
          <span dir="auto">{t('uploading', { name: upload.fileName, percent })}</span>
          <progress value={percent} max={100} />
        </div>
      )}
    </div>
  );
}
