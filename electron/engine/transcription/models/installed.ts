import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  describeModelHeader,
  modelIdFromFileName,
  whisperModelCatalogue,
  type InstalledModel,
} from '../../../../shared/model/whisperModels';
import type { ModelRegistry } from '../../../../shared/model/modelRegistry';
import type { ModelManifest } from './files';
import { registryFields } from './registry';
import { readWhisperModelHeader } from './verify';

/**
 * What one file in the models folder is: a catalogue model (checked by size, and by checksum when the
 * manifest says this very file passed one) or an imported model (checked by its header).
 */
export async function describeInstalled(
  folder: string,
  fileName: string,
  manifest: ModelManifest,
  registry?: ModelRegistry,
): Promise<InstalledModel | undefined> {
  const filePath = path.join(folder, fileName);
  const stat = await fs.stat(filePath).catch(() => undefined);
  if (!stat?.isFile()) return undefined;
  const base = { fileName, path: filePath, sizeBytes: stat.size };
  const entry = whisperModelCatalogue.find((candidate) => candidate.fileName === fileName);
  if (entry) {
    const common = {
      ...base,
      id: entry.id,
      source: 'catalogue' as const,
      family: entry.family,
      multilingual: entry.multilingual,
      note: entry.note,
    };
    if (stat.size !== entry.bytes) {
      const problem = `it is ${stat.size} bytes but should be ${entry.bytes}, so it is incomplete or damaged.`;
      return { ...common, verification: 'damaged', verified: false, problem };
    }
    const record = manifest.files[fileName];
    const checked = record !== undefined && record.sizeBytes === stat.size && record.mtimeMs === stat.mtimeMs;
    return { ...common, verification: checked ? 'checksum' : 'size', verified: checked };
  }
  const id = modelIdFromFileName(fileName);
  const registered = registryFields(registry?.models[fileName]);
  try {
    const described = describeModelHeader(await readWhisperModelHeader(filePath));
    return {
      ...base,
      id,
      source: 'imported',
      verification: 'custom',
      verified: false,
      multilingual: described.multilingual,
      ...(described.family ? { family: described.family } : {}),
      ...registered,
    };
  } catch (error) {
    return {
      ...base,
      id,
      source: 'imported',
      verification: 'damaged',
      verified: false,
      problem: error instanceof Error ? error.message : String(error),
      ...registered,
    };
  }
}

/** Whether a name the user typed ('small', 'ggml-small.bin', 'my-urdu') means this model. */
export function matchesName(model: InstalledModel, name: string): boolean {
  return (
    model.id === name ||
    model.fileName === name ||
    model.fileName === `${name}.bin` ||
    (model.displayName !== undefined && model.displayName === name)
  );
}
