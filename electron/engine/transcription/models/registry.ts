import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  MODEL_REGISTRY_NAME,
  modelRegistrySchema,
  type ModelRegistry,
  type RegistryEntry,
} from '../../../../shared/model/modelRegistry';
import { writeFileAtomic } from '../../workspace/atomicWrite';

/** The registry of imported models in `folder`; a missing or unreadable one reads as empty. */
export async function readModelRegistry(folder: string): Promise<ModelRegistry> {
  const text = await fs.readFile(path.join(folder, MODEL_REGISTRY_NAME), 'utf8').catch(() => undefined);
  if (text === undefined) return { version: 1, models: {} };
  try {
    return modelRegistrySchema.parse(JSON.parse(text));
  } catch {
    // Losing display names is better than refusing to list models; the next import writes a fresh one.
    return { version: 1, models: {} };
  }
}

/** Changes (or, with `undefined`, removes) the entry of one file, written atomically. */
export async function updateModelRegistry(
  folder: string,
  fileName: string,
  change: (current: RegistryEntry | undefined) => RegistryEntry | undefined,
): Promise<RegistryEntry | undefined> {
  const registry = await readModelRegistry(folder);
  const next = change(registry.models[fileName]);
  if (next === undefined) {
    if (!(fileName in registry.models)) return undefined;
    delete registry.models[fileName];
  } else {
    registry.models[fileName] = next;
  }
  await writeFileAtomic(path.join(folder, MODEL_REGISTRY_NAME), `${JSON.stringify(registry, null, 2)}\n`);
  return next;
}

/** The fields an InstalledModel carries from its registry entry. */
export function registryFields(entry: RegistryEntry | undefined): {
  displayName?: string;
  languages?: string[];
  origin?: 'file' | 'upload';
  sha256?: string;
} {
  if (!entry) return {};
  return {
    ...(entry.displayName ? { displayName: entry.displayName } : {}),
    languages: entry.languages,
    origin: entry.origin,
    sha256: entry.sha256,
  };
}
