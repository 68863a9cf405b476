import { useEffect, useState } from 'react';
import type { ApiResponse } from '../../../shared/api/contract';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';

export type DtwSupport = ApiResponse<'transcripts.dtwSupport'>;

export interface DtwChoice {
  /** What the person chose (off by default: DTW costs flash attention). */
  wanted: boolean;
  setWanted(wanted: boolean): void;
  /** Whether the whisper in use and this model can do it, and why not; undefined while asking. */
  support: DtwSupport | undefined;
  /** What the transcribe request sends: on only when chosen and possible. */
  use: boolean;
}

/** The "Precise word times (DTW)" switch of the transcribe form, asked of the engine for the chosen model. */
export function useDtwChoice(modelFileName: string | undefined): DtwChoice {
  const { api } = useClient();
  const report = useReport();
  const [wanted, setWanted] = useState(false);
  const [support, setSupport] = useState<{ model: string; answer: DtwSupport } | undefined>(undefined);
  useEffect(() => {
    if (modelFileName === undefined) return;
    let live = true;
    api['transcripts.dtwSupport']({ model: modelFileName })
      .then((answer) => {
        if (live) setSupport({ model: modelFileName, answer });
      })
      .catch(report);
    return () => {
      live = false;
    };
  }, [api, modelFileName, report]);
  const current = support?.model === modelFileName ? support?.answer : undefined;
  return { wanted, setWanted, support: current, use: wanted && current?.available === true };
}
