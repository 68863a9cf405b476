import { useCallback, useEffect, useState } from 'react';
import type { DoctorReport } from '../../../shared/model/doctor';
import type { ClearableSetting, FfmpegSource, Settings } from '../../../shared/model/settings';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';

export interface ToolSettings {
  settings: Settings | undefined;
  doctor: DoctorReport | undefined;
  /** Browser mode: programs can't be chosen from the page (the server refuses), only on the command line. */
  pathsEditable: boolean;
  busy: boolean;
  chooseSource(source: FfmpegSource): void;
  setPath(key: 'ffmpegPath' | 'whisperPath', value: string): void;
  clearPath(key: ClearableSetting): void;
  refresh(): void;
}

/** Settings and what doctor says about them, loaded while the Settings screen is open. */
export function useToolSettings(open: boolean): ToolSettings {
  const { api } = useClient();
  const report = useReport();
  const [settings, setSettings] = useState<Settings>();
  const [doctor, setDoctor] = useState<DoctorReport>();
  const [binding, setBinding] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    setBusy(true);
    try {
      const [nextSettings, info] = await Promise.all([api['settings.get']({}), api['app.info']({})]);
      setSettings(nextSettings);
      setBinding(info.binding);
      setDoctor(await api['doctor.report']({}));
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  }, [api, report]);

  useEffect(() => {
    if (open) void load();
  }, [open, load]);

  const change = useCallback(
    (apply: () => Promise<Settings>) => {
      setBusy(true);
      setDoctor(undefined);
      apply()
        .then(async (next) => {
          setSettings(next);
          setDoctor(await api['doctor.report']({}));
        })
        .catch((error: unknown) => report(error))
        .finally(() => setBusy(false));
    },
    [api, report],
  );

  return {
    settings,
    doctor,
    pathsEditable: binding !== undefined && binding !== 'browser',
    busy,
    chooseSource: (source) => {
      setSettings((current) => current && { ...current, ffmpegSource: source });
      change(() => api['settings.update']({ ffmpegSource: source }));
    },
    setPath: (key, value) => change(() => api['settings.update']({ [key]: value })),
    clearPath: (key) => change(() => api['settings.clear']({ keys: [key] })),
    refresh: () => void load(),
  };
}
