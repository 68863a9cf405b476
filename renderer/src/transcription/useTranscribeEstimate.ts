import { useEffect, useState } from 'react';
import type { ApiResponse } from '../../../shared/api/contract';
import type { VadChoice } from '../../../shared/transcript/vadPolicy';
import { useClient } from '../api/ClientContext';

export type TranscribeEstimate = ApiResponse<'transcripts.estimate'>;

export interface EstimateState {
  estimate: TranscribeEstimate | undefined;
  /** A calibration run is measuring this computer's speed. */
  estimating: boolean;
}

/**
 * The recommended model for the language and the time this recording would take with the chosen model: at
 * once from what is known (or a guess), then, when nothing was measured, from a calibration run in the
 * engine (seconds; the form stays usable meanwhile). A failed estimate just shows none.
 */
export function useTranscribeEstimate(request: {
  sessionId: string;
  mediaId: string;
  language: string;
  model: string | undefined;
  translate: boolean;
  vad: VadChoice;
}): EstimateState {
  const { api } = useClient();
  const [state, setState] = useState<EstimateState>({ estimate: undefined, estimating: false });
  const { sessionId, mediaId, language, model, translate, vad } = request;
  useEffect(() => {
    let live = true;
    const ask = (calibrate: boolean) =>
      api['transcripts.estimate']({
        sessionId,
        mediaId,
        language,
        ...(model ? { model } : {}),
        translate,
        vad,
        calibrate,
      });
    setState((previous) => ({ ...previous, estimating: true }));
    void ask(false)
      .then(async (quick) => {
        if (!live) return;
        if (quick.source !== 'guess') {
          setState({ estimate: quick, estimating: false });
          return;
        }
        setState({ estimate: quick, estimating: true });
        const measured = await ask(true);
        if (live) setState({ estimate: measured, estimating: false });
      })
      .catch(() => {
        if (live) setState((previous) => ({ ...previous, estimating: false }));
      });
    return () => {
      live = false;
    };
  }, [api, sessionId, mediaId, language, model, translate, vad]);
  return state;
}
