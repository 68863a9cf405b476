import { promises as fs } from 'node:fs';
import path from 'node:path';
import { vadBaseUrl, vadModel, type VadModelStatus } from '../../../../shared/model/vadModels';
import { downloadModel, partialPathFor, type DownloadOptions, type DownloadResult } from './download';

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

/** Whether the VAD model is there, for the Models dialog, `guftagu models list` and the transcribe form. */
export async function vadModelStatus(
  modelsFolder: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<VadModelStatus> {
  const base = {
    id: vadModel.id,
    fileName: vadModel.fileName,
    bytes: vadModel.bytes,
    kind: 'voice-activity-detection' as const,
  };
  const own = env['GUFTAGU_VAD_MODEL']?.trim();
  if (own) {
    const usable = await installedVadModel(modelsFolder, env);
    return usable ? { ...base, state: 'own', path: usable } : { ...base, state: 'missing' };
  }
  const file = vadModelPath(modelsFolder);
  const partial = await fs.stat(partialPathFor(path.dirname(file), vadModel.fileName)).catch(() => undefined);
  const partialBytes = partial?.isFile() ? { partialBytes: partial.size } : {};
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat?.isFile()) return { ...base, state: 'missing', ...partialBytes };
  return stat.size === vadModel.bytes
    ? { ...base, state: 'installed', path: file, sizeBytes: stat.size }
    : { ...base, state: 'damaged', path: file, sizeBytes: stat.size, ...partialBytes };
}

/** Deletes the downloaded VAD model and any unfinished download of it; returns the names removed. */
export async function removeVadModel(modelsFolder: string): Promise<string[]> {
  const file = vadModelPath(modelsFolder);
  const removed: string[] = [];
  for (const candidate of [file, partialPathFor(path.dirname(file), vadModel.fileName)]) {
    if (!(await fs.stat(candidate).catch(() => undefined))) continue;
    await fs.rm(candidate, { force: true });
    removed.push(path.basename(candidate));
  }
  return removed;
}

/** Whether a name given to `models download/remove` means the VAD model ('silero-v5.1.2', 'vad' or its file). */
export function isVadModelName(name: string): boolean {
  return name === vadModel.id || name === vadModel.fileName || name === 'vad';
}
