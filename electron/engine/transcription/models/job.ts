import { formatBytes } from '../../../../shared/format/duration';
import type { JobContext } from '../../jobs/queue';
import type { ModelManager } from './manager';
import { downloadVadModel } from './vad';

function byteProgress(context: JobContext) {
  return (receivedBytes: number, totalBytes: number | undefined) => {
    const ratio = totalBytes ? Math.min(1, receivedBytes / totalBytes) : 0;
    context.progress(ratio, {
      code: 'downloading',
      params: totalBytes
        ? { received: formatBytes(receivedBytes), total: formatBytes(totalBytes) }
        : { received: formatBytes(receivedBytes) },
    });
  };
}

/** A job runner for the queue: downloads (or resumes) the Silero VAD model, checked by its sha256. */
export function vadDownloadJob(modelsFolder: string): (context: JobContext) => Promise<void> {
  return async (context) => {
    await downloadVadModel(modelsFolder, { signal: context.signal, onProgress: byteProgress(context) });
  };
}

/** A job runner for the queue: downloads (or resumes) one catalogue model, reporting bytes as progress. */
export function modelDownloadJob(manager: ModelManager, id: string): (context: JobContext) => Promise<void> {
  return async (context) => {
    await manager.download(id, { signal: context.signal, onProgress: byteProgress(context) });
  };
}
