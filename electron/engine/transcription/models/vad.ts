import { promises as fs } from 'node:fs';
import path from 'node:path';
import { vadBaseUrl, vadModel } from '../../../../shared/model/vadModels';
import { downloadModel, type DownloadOptions, type DownloadResult } from './download';

/** The Silero VAD model lives in "vad/" inside the models folder, apart from the whisper models. */
export function vadModelPath(modelsFolder: string): string {
  return path.join(modelsFolder, 'vad', vadModel.fileName);
}

/**
 * The VAD model to use: GUFTAGU_VAD_MODEL (a ggml VAD file of your own), else the downloaded one when it is
 * complete (its size matches; its checksum was checked when it was downloaded), else undefined.
 */
export async function installedVadModel(
  modelsFolder: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  const own = env['GUFTAGU_VAD_MODEL']?.trim();
  if (own) return (await fs.stat(own).catch(() => undefined))?.isFile() ? path.resolve(own) : undefined;
  const file = vadModelPath(modelsFolder);
  const stat = await fs.stat(file).catch(() => undefined);
  return stat?.isFile() && stat.size === vadModel.bytes ? file : undefined;
}

/** Downloads (or resumes) the VAD model, verified by its sha256, like a whisper model. */
export function downloadVadModel(
  modelsFolder: string,
  options: Omit<DownloadOptions, 'baseUrl'> = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<DownloadResult> {
  return downloadModel(vadModel, path.dirname(vadModelPath(modelsFolder)), {
    ...options,
    baseUrl: vadBaseUrl(env),
  });
}
