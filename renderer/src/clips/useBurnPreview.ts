import { useState } from 'react';
import type { ApiRequest, ApiResponse } from '../../../shared/api/contract';
import { useErrorText } from '../i18n/useErrorText';
import { useClient } from '../api/ClientContext';

export type BurnPreviewRequest = ApiRequest<'export.previewFrame'>;

export interface BurnPreviewState {
  still: (ApiResponse<'export.previewFrame'> & { atMs: number }) | undefined;
  busy: boolean;
  error: string | undefined;
  render(request: BurnPreviewRequest): Promise<void>;
  clear(): void;
}

/** The "as it will burn" still: asks the engine to render the frame through the export's ffmpeg + ASS path. */
export function useBurnPreview(): BurnPreviewState {
  const wordError = useErrorText();
  const { api } = useClient();
  const [still, setStill] = useState<BurnPreviewState['still']>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  return {
    still,
    busy,
    error,
    clear: () => {
      setStill(undefined);
      setError(undefined);
    },
    render: async (request) => {
      setBusy(true);
      setError(undefined);
      try {
        const result = await api['export.previewFrame'](request);
        setStill({ ...result, atMs: request.atMs });
      } catch (caught) {
        setError(wordError(caught).message);
      } finally {
        setBusy(false);
      }
    },
  };
}
