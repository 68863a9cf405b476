import { engineError } from '../../../shared/errorTexts';
import { decideVad, type VadChoice, type VadDecision } from '../../../shared/transcript/vadPolicy';
import { installedVadModel } from './models/vad';
import { detectWhisperCapabilities } from './whisperCapabilities';

export interface VadSetup {
  decision: VadDecision;
  /** Set when whisper runs with --vad. */
  vadModelPath?: string;
}

/**
 * Applies the VAD rule (shared/transcript/vadPolicy.ts) to this whisper build and models folder. "on" without
 * a VAD build or model is refused with what to do; "auto" quietly runs without VAD and reports why.
 */
export async function setUpVad(input: {
  choice: VadChoice;
  durationMs: number;
  whisperPath: string;
  modelsFolder: string;
}): Promise<VadSetup> {
  const capabilities = await detectWhisperCapabilities(input.whisperPath);
  const modelPath = capabilities.vad ? await installedVadModel(input.modelsFolder) : undefined;
  const decision = decideVad({
    choice: input.choice,
    durationMs: input.durationMs,
    buildHasVad: capabilities.vad,
    modelInstalled: modelPath !== undefined,
  });
  if (!decision.use && 'refused' in decision && decision.refused) {
    throw decision.reason === 'no-vad-build'
      ? engineError('vad-unsupported', { version: capabilities.version })
      : engineError('vad-model-missing');
  }
  return decision.use && modelPath ? { decision, vadModelPath: modelPath } : { decision };
}
