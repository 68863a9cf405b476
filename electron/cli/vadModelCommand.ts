import path from 'node:path';
import { vadModel } from '../../shared/model/vadModels';
import { downloadVadModel } from '../engine/transcription/models/vad';
import { modelsFolder } from '../engine/whisperLocate';
import { defaultConfigDir } from '../engine/workspace/paths';

/** `guftagu models download-vad`: the Silero VAD model for skipping silence, resumed and checked by sha256. */
export async function vadModelDownloadCommand(signal: AbortSignal): Promise<number> {
  const folder = modelsFolder(defaultConfigDir());
  let lastPercent = -1;
  const result = await downloadVadModel(folder, {
    signal,
    onProgress: (received, total) => {
      const percent = Math.floor((received / (total ?? vadModel.bytes)) * 100);
      if (percent >= lastPercent + 10 || percent === 100) {
        lastPercent = percent;
        process.stderr.write(`${vadModel.fileName}: ${percent}%\n`);
      }
    },
  });
  process.stderr.write(
    `Downloaded ${path.basename(result.path)} (${result.sizeBytes} bytes, checked by ${result.verification}) to ${path.dirname(result.path)}\n`,
  );
  return 0;
}
