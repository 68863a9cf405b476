import { useEffect, useState } from 'react';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';
import { useClipsT } from './i18n/useClipsT';

const choices = [1, 2, 3, 4] as const;

/** How many exports (ffmpeg jobs) run at once: the engine's ffmpegConcurrency setting. */
export function ConcurrencyField() {
  const t = useClipsT();
  const { api } = useClient();
  const report = useReport();
  const [value, setValue] = useState<number | undefined>(undefined);
  useEffect(() => {
    let live = true;
    api['settings.get']({}).then(
      (settings) => live && setValue(settings.ffmpegConcurrency),
      (error: unknown) => report(error),
    );
    return () => {
      live = false;
    };
  }, [api, report]);
  return (
    <label className="field concurrency">
      <span>{t('concurrency')}</span>
      <select
        data-testid="export-concurrency"
        value={value ?? ''}
        disabled={value === undefined}
        onChange={(event) => {
          const next = Number(event.target.value);
          setValue(next);
          api['settings.update']({ ffmpegConcurrency: next }).catch((error: unknown) => report(error));
        }}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </label>
  );
}
