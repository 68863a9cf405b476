import { useCallback } from 'react';
import type { Preset } from '../../../shared/export/presets';
import { useClient } from '../api/ClientContext';
import { useRefreshable } from '../hooks/useRefreshable';

export interface PresetsState {
  presets: readonly Preset[];
  refresh(): void;
  save(preset: Preset): Promise<Preset>;
  remove(presetId: string): Promise<void>;
}

/** Built-in and user presets (presets.list), with saving a user copy and removing it. */
export function usePresets(): PresetsState {
  const { api } = useClient();
  const { data, refresh } = useRefreshable('presets', () => api['presets.list']({}));
  const save = useCallback(
    async (preset: Preset) => {
      const saved = await api['presets.save']({ preset });
      refresh();
      return saved;
    },
    [api, refresh],
  );
  const remove = useCallback(
    async (presetId: string) => {
      await api['presets.remove']({ presetId });
      refresh();
    },
    [api, refresh],
  );
  return { presets: data ?? [], refresh, save, remove };
}
