import { engineError } from '../../../../shared/errorTexts';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type GuftaguError } from '../../../../shared/errors';
import {
  findCatalogueModel,
  modelBaseUrl,
  modelIdFromFileName,
  whisperModelCatalogue,
  type InstalledModel,
  type PartialModel,
  type WhisperModelEntry,
} from '../../../../shared/model/whisperModels';
import { modelsFolder } from '../../whisperLocate';
import { downloadModel, PARTIAL_SUFFIX, partialPathFor, type DownloadOptions } from './download';
import { digestFile, readManifest, recordChecksum } from './files';
import { importModelFile } from './importModel';
import { describeInstalled, matchesName } from './installed';
import { readWhisperModelHeader } from './verify';
import { readModelRegistry, updateModelRegistry } from './registry';
import type { ModelOrigin } from '../../../../shared/model/modelRegistry';

/** What the user says about a model they import: the name to show and the languages it was made for. */
export interface ModelDetails {
  displayName?: string | undefined;
  languages?: readonly string[] | undefined;
}

/** Models being downloaded by this process, by absolute path. */
const downloading = new Set<string>();

export interface DiskUsage {
  modelsBytes: number;
  partialBytes: number;
  totalBytes: number;
}

/** The whisper models in one folder: list, download, import, remove, and find the one to transcribe with. */
export class ModelManager {
  constructor(
    readonly folder: string,
    private readonly baseUrl: string = modelBaseUrl(process.env),
  ) {}

  /** The models folder of this user: GUFTAGU_MODELS, else <configDir>/models; GUFTAGU_MODEL_BASE_URL for downloads. */
  static forConfigDir(configDir: string, env: NodeJS.ProcessEnv = process.env): ModelManager {
    return new ModelManager(modelsFolder(configDir, env), modelBaseUrl(env));
  }

  catalogue(): readonly WhisperModelEntry[] {
    return whisperModelCatalogue;
  }

  async list(): Promise<InstalledModel[]> {
    const manifest = await readManifest(this.folder);
    const registry = await readModelRegistry(this.folder);
    const names = await fs.readdir(this.folder).catch(() => [] as string[]);
    const models: InstalledModel[] = [];
    for (const fileName of names.filter((name) => name.endsWith('.bin')).sort()) {
      const model = await describeInstalled(this.folder, fileName, manifest, registry);
      if (model) models.push(model);
    }
    return models;
  }

  /** Downloads that stopped part-way; downloading the same model again resumes them. */
  async partials(): Promise<PartialModel[]> {
    const names = await fs.readdir(this.folder).catch(() => [] as string[]);
    const partials: PartialModel[] = [];
    for (const name of names.filter((candidate) => candidate.endsWith(`.bin${PARTIAL_SUFFIX}`)).sort()) {
      const stat = await fs.stat(path.join(this.folder, name)).catch(() => undefined);
      if (!stat?.isFile()) continue;
      const fileName = name.slice(0, -PARTIAL_SUFFIX.length);
      const entry = findCatalogueModel(fileName);
      partials.push({
        id: modelIdFromFileName(fileName),
        fileName,
        receivedBytes: stat.size,
        ...(entry ? { totalBytes: entry.bytes } : {}),
      });
    }
    return partials;
  }

  async diskUsage(): Promise<DiskUsage> {
    const modelsBytes = (await this.list()).reduce((sum, model) => sum + model.sizeBytes, 0);
    const partialBytes = (await this.partials()).reduce((sum, partial) => sum + partial.receivedBytes, 0);
    return { modelsBytes, partialBytes, totalBytes: modelsBytes + partialBytes };
  }

  /** Downloads (or resumes) a catalogue model and records its checksum state. */
  async download(id: string, options: Omit<DownloadOptions, 'baseUrl'> = {}): Promise<InstalledModel> {
    const entry = findCatalogueModel(id);
    if (!entry) {
      throw engineError('model-unknown', {
        model: id,
        models: whisperModelCatalogue.map((model) => model.id).join(', '),
      });
    }
    // Two downloads appending to one partial would only produce a corrupt file: refuse the second.
    const key = path.resolve(this.folder, entry.fileName);
    if (downloading.has(key)) {
      throw engineError('model-downloading', { name: entry.fileName });
    }
    downloading.add(key);
    try {
      const result = await downloadModel(entry, this.folder, { ...options, baseUrl: this.baseUrl });
      await recordChecksum(
        this.folder,
        entry.fileName,
        result.verification === 'size' ? undefined : result.verification,
      );
      return await this.describeOrThrow(entry.fileName);
    } finally {
      downloading.delete(key);
    }
  }

  /** Checks a model against its catalogue checksum now (reads the whole file). */
  async verify(idOrFileName: string, signal?: AbortSignal): Promise<InstalledModel> {
    const model = await this.find(idOrFileName);
    const entry = findCatalogueModel(model.fileName);
    if (!entry || (!entry.sha256 && !entry.sha1)) return model;
    const digests = await digestFile(model.path, signal);
    const ok = entry.sha256 ? digests.sha256 === entry.sha256 : digests.sha1 === entry.sha1;
    await recordChecksum(this.folder, model.fileName, ok ? (entry.sha256 ? 'sha256' : 'sha1') : undefined);
    if (!ok) {
      throw engineError('model-differs-from-official', { name: model.fileName, model: entry.id });
    }
    return this.describeOrThrow(model.fileName);
  }

  /**
   * Copies a model file the user already has into the folder (after checking its header); with `moveSource`
   * (an upload's temp file, given away) it is moved instead (importModel.ts). A name that is taken gets a "-2"
   * suffix, unless the file there is the same. A file named like a catalogue model must match that model's
   * checksum. A file added here is removed again when its registry entry cannot be written.
   */
  async importLocal(
    sourcePath: string,
    details: ModelDetails & { origin?: ModelOrigin; moveSource?: boolean } = {},
    signal?: AbortSignal,
  ): Promise<InstalledModel> {
    const { fileName, sha256, added } = await importModelFile(this.folder, sourcePath, {
      ...(details.moveSource ? { moveSource: true } : {}),
      ...(signal ? { signal } : {}),
    });
    if (!findCatalogueModel(fileName)) {
      try {
        await updateModelRegistry(this.folder, fileName, (current) => ({
          ...current,
          ...(details.displayName?.trim() ? { displayName: details.displayName.trim() } : {}),
          languages: details.languages ? [...details.languages] : (current?.languages ?? []),
          origin: details.origin ?? current?.origin ?? 'file',
          sourceName: current?.sourceName ?? path.basename(sourcePath),
          sha256,
          importedAt: current?.importedAt ?? new Date().toISOString(),
        }));
      } catch (error) {
        if (added) await fs.rm(path.join(this.folder, fileName), { force: true });
        throw error;
      }
    }
    return this.describeOrThrow(fileName);
  }

  /** Renames an imported model or changes its languages (catalogue models keep their names). */
  async updateDetails(idOrFileName: string, details: ModelDetails): Promise<InstalledModel> {
    const model = await this.find(idOrFileName);
    if (model.source === 'catalogue') {
      throw engineError('model-not-renamable', { name: model.fileName });
    }
    const digest = model.sha256 ?? (await digestFile(model.path)).sha256;
    await updateModelRegistry(this.folder, model.fileName, (current) => {
      const displayName =
        details.displayName === undefined ? current?.displayName : details.displayName.trim() || undefined;
      return {
        ...(displayName ? { displayName } : {}),
        languages: details.languages ? [...details.languages] : (current?.languages ?? []),
        origin: current?.origin ?? 'file',
        ...(current?.sourceName ? { sourceName: current.sourceName } : {}),
        sha256: current?.sha256 ?? digest,
        importedAt: current?.importedAt ?? new Date().toISOString(),
      };
    });
    return this.describeOrThrow(model.fileName);
  }

  /** Removes an installed model (by id or file name) and any partial download of it. */
  async remove(idOrFileName: string): Promise<{ removed: string[] }> {
    const removed: string[] = [];
    const entry = findCatalogueModel(idOrFileName);
    const installed = (await this.list()).find((model) => matchesName(model, idOrFileName));
    if (installed) {
      await fs.rm(installed.path, { force: true });
      await recordChecksum(this.folder, installed.fileName, undefined);
      await updateModelRegistry(this.folder, installed.fileName, () => undefined);
      removed.push(installed.fileName);
    }
    const partialFileName = installed?.fileName ?? entry?.fileName;
    const partialPath = partialFileName ? partialPathFor(this.folder, partialFileName) : undefined;
    if (partialPath && (await fs.stat(partialPath).catch(() => undefined))) {
      await fs.rm(partialPath, { force: true });
      removed.push(path.basename(partialPath));
    }
    if (removed.length === 0) throw await this.missing(idOrFileName);
    return { removed };
  }

  /**
   * The absolute path of the model to transcribe with: a catalogue id ('small'), an installed file name
   * ('ggml-small.bin', 'my-urdu.bin' or 'my-urdu'), or a path to a .bin file.
   */
  async resolve(nameOrPath: string): Promise<string> {
    const name = nameOrPath.trim();
    if (!name) throw engineError('model-not-given', {}, { field: 'model' });
    if (path.isAbsolute(name) || /[\\/]/.test(name)) {
      const absolute = path.resolve(name);
      await readWhisperModelHeader(absolute);
      return absolute;
    }
    const installed = (await this.list()).find((model) => matchesName(model, name));
    if (installed) {
      if (installed.verification === 'damaged') {
        throw engineError('model-damaged', {
          name: installed.fileName,
          problem: installed.problem ?? 'it cannot be read',
          model: installed.id,
        });
      }
      return installed.path;
    }
    if (name.endsWith('.bin') && (await fs.stat(name).catch(() => undefined))?.isFile()) {
      await readWhisperModelHeader(path.resolve(name));
      return path.resolve(name);
    }
    throw await this.missing(name);
  }

  private async find(idOrFileName: string): Promise<InstalledModel> {
    const model = (await this.list()).find((candidate) => matchesName(candidate, idOrFileName));
    if (!model) throw await this.missing(idOrFileName);
    return model;
  }

  private async missing(name: string): Promise<GuftaguError> {
    const ids = (await this.list()).map((model) => model.id);
    const installed = ids.length > 0 ? `Installed: ${ids.join(', ')}.` : 'No models are installed yet.';
    const entry = findCatalogueModel(name);
    const downloadHint = entry
      ? `Download it in Models, or run guftagu models download ${entry.id}.`
      : 'Download one in Models (or run guftagu models download small), or give the path to a ggml .bin file.';
    return engineError(
      'model-missing',
      { model: name, path: this.folder, installed, downloadHint },
      { field: 'model' },
    );
  }

  private async describeOrThrow(fileName: string): Promise<InstalledModel> {
    const model = await describeInstalled(
      this.folder,
      fileName,
      await readManifest(this.folder),
      await readModelRegistry(this.folder),
    );
    if (!model) throw await this.missing(fileName);
    return model;
  }
}
