import { existsSync, mkdirSync, readdirSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GuftaguError } from '../../../../../shared/errors';
import { installedModelSchema } from '../../../../../shared/model/whisperModels';
import { recordChecksum } from '../../../../../electron/engine/transcription/models/files';
import { modelDownloadJob } from '../../../../../electron/engine/transcription/models/job';
import { ModelManager } from '../../../../../electron/engine/transcription/models/manager';
import { useTempDirs } from '../../../../support/tempDir';
import { writeModelFile } from './makeModelFile';
import { englishStep } from '../../../../../shared/jobs/jobText';
import { useModelServer } from './modelServer';

const tempDir = useTempDirs('guftagu-models-manager-');
const startServer = useModelServer();

async function rejection(promise: Promise<unknown>): Promise<GuftaguError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GuftaguError)) throw new Error(`expected a GuftaguError, got ${String(error)}`);
  return error;
}

function setup(): { manager: ModelManager; folder: string; outside: string } {
  const root = tempDir();
  const outside = path.join(root, 'downloads');
  mkdirSync(outside);
  const folder = path.join(root, 'models');
  return { manager: new ModelManager(folder, 'http://127.0.0.1:1/unused'), folder, outside };
}

describe('ModelManager', () => {
  it('imports a model, lists it with its header facts, counts its disk use and removes it', async () => {
    const { manager, folder, outside } = setup();
    const source = writeModelFile(path.join(outside, 'urdu-finetune.bin'));
    const model = await manager.importLocal(source);
    expect(installedModelSchema.parse(model)).toEqual(model);
    expect(model).toMatchObject({
      id: 'urdu-finetune',
      fileName: 'urdu-finetune.bin',
      source: 'imported',
      verification: 'custom',
      verified: false,
      family: 'tiny',
      multilingual: true,
    });
    expect(model.path).toBe(path.join(folder, 'urdu-finetune.bin'));
    expect(await manager.list()).toEqual([model]);
    expect(await manager.diskUsage()).toEqual({
      modelsBytes: model.sizeBytes,
      partialBytes: 0,
      totalBytes: model.sizeBytes,
    });
    expect(readdirSync(folder).filter((name) => name.startsWith('.tmp-'))).toEqual([]);

    expect(await manager.remove('urdu-finetune')).toEqual({ removed: ['urdu-finetune.bin'] });
    expect(await manager.list()).toEqual([]);
    expect((await rejection(manager.remove('urdu-finetune'))).code).toBe('not-found');
  });

  it('handles name collisions: the same file is not copied twice, a different one gets a suffix', async () => {
    const { manager, outside } = setup();
    const first = await manager.importLocal(writeModelFile(path.join(outside, 'mine.bin')));
    expect((await manager.importLocal(path.join(outside, 'mine.bin'))).fileName).toBe(first.fileName);
    const other = path.join(outside, 'other');
    mkdirSync(other);
    const second = await manager.importLocal(writeModelFile(path.join(other, 'mine.bin'), {}, 7));
    expect(second.fileName).toBe('mine-2.bin');
    // "small.bin" would read as the catalogue model "small": it is renamed rather than shadowing it.
    expect((await manager.importLocal(writeModelFile(path.join(outside, 'small.bin')))).fileName).toBe(
      'small-2.bin',
    );
    expect((await manager.list()).map((model) => model.id)).toEqual(['mine-2', 'mine', 'small-2']);
  });

  it('refuses a file named like a catalogue model that differs from it, and non-models', async () => {
    const { manager, folder, outside } = setup();
    const fake = await rejection(manager.importLocal(writeModelFile(path.join(outside, 'ggml-tiny.bin'))));
    expect(fake.code).toBe('file-damaged');
    expect(fake.hint).toMatch(/rename the file/);
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
    writeFileSync(path.join(outside, 'notes.bin'), 'not a model');
    expect((await rejection(manager.importLocal(path.join(outside, 'notes.bin')))).message).toMatch(
      /not a whisper\.cpp ggml model/,
    );
  });

  it('resolves a catalogue id, a file name, an imported id and a path', async () => {
    const { manager, folder, outside } = setup();
    mkdirSync(folder, { recursive: true });
    const tinyQ = path.join(folder, 'ggml-tiny-q5_1.bin');
    writeFileSync(tinyQ, '');
    truncateSync(tinyQ, 32_152_673);
    const imported = await manager.importLocal(writeModelFile(path.join(outside, 'ggml-my-urdu.bin')));
    expect(await manager.resolve('tiny-q5_1')).toBe(tinyQ);
    expect(await manager.resolve('ggml-tiny-q5_1.bin')).toBe(tinyQ);
    expect(await manager.resolve('my-urdu')).toBe(imported.path);
    expect(await manager.resolve('ggml-my-urdu')).toBe(imported.path);
    const elsewhere = writeModelFile(path.join(outside, 'anywhere.bin'));
    expect(await manager.resolve(elsewhere)).toBe(elsewhere);
  });

  it('explains a missing model, listing what is installed and how to get it', async () => {
    const { manager, outside } = setup();
    const none = await rejection(manager.resolve('small'));
    expect(none.code).toBe('not-found');
    expect(none.message).toMatch(/"small" is not installed.*No models are installed yet/);
    expect(none.hint).toBe('Download it in Models, or run guftagu models download small.');
    await manager.importLocal(writeModelFile(path.join(outside, 'mine.bin')));
    const some = await rejection(manager.resolve('medium'));
    expect(some.message).toMatch(/Installed: mine\./);
    expect((await rejection(manager.resolve('nonsense'))).hint).toMatch(/path to a ggml \.bin file/);
    expect((await rejection(manager.resolve(path.join(outside, 'absent.bin')))).code).toBe('not-found');
  });

  it('marks catalogue files by size, checksum record and damage', async () => {
    const { manager, folder } = setup();
    mkdirSync(folder, { recursive: true });
    const tinyQ = path.join(folder, 'ggml-tiny-q5_1.bin');
    writeFileSync(tinyQ, '');
    truncateSync(tinyQ, 32_152_673);
    writeFileSync(path.join(folder, 'ggml-base.bin'), 'cut short');
    const [base, tiny] = await manager.list();
    expect(tiny).toMatchObject({
      id: 'tiny-q5_1',
      source: 'catalogue',
      verification: 'size',
      verified: false,
      multilingual: true,
    });
    expect(base).toMatchObject({
      id: 'base',
      verification: 'damaged',
      problem: expect.stringMatching(/incomplete or damaged/),
    });
    expect((await rejection(manager.resolve('base'))).code).toBe('file-damaged');

    await recordChecksum(folder, 'ggml-tiny-q5_1.bin', 'sha256');
    expect((await manager.list())[1]).toMatchObject({ verification: 'checksum', verified: true });
    utimesSync(tinyQ, new Date(), new Date(Date.now() + 5_000));
    expect((await manager.list())[1]).toMatchObject({ verification: 'size', verified: false });
  });

  it('lists partial downloads, counts them in disk use and removes them with the model', async () => {
    const { manager, folder } = setup();
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'ggml-small.bin.partial'), Buffer.alloc(1000));
    expect(await manager.partials()).toEqual([
      { id: 'small', fileName: 'ggml-small.bin', receivedBytes: 1000, totalBytes: 487_601_967 },
    ]);
    expect(await manager.diskUsage()).toEqual({ modelsBytes: 0, partialBytes: 1000, totalBytes: 1000 });
    expect(await manager.remove('small')).toEqual({ removed: ['ggml-small.bin.partial'] });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('downloads from the configured base URL and rejects ids outside the catalogue', async () => {
    const server = await startServer({ files: {} });
    const root = tempDir();
    const manager = ModelManager.forConfigDir(root, { GUFTAGU_MODEL_BASE_URL: server.baseUrl });
    expect(manager.folder).toBe(path.join(root, 'models'));
    expect((await rejection(manager.download('tiny'))).code).toBe('not-found');
    expect(server.requests[0]?.path).toBe('/models/ggml-tiny.bin');
    expect((await rejection(manager.download('huge'))).code).toBe('invalid-request');
  });

  it('refuses a second download of the same model while the first runs', async () => {
    const server = await startServer({ files: {} });
    const manager = new ModelManager(tempDir(), server.baseUrl);
    const first = rejection(manager.download('tiny'));
    const second = await rejection(manager.download('tiny'));
    expect(second.code).toBe('locked');
    expect((await first).code).toBe('not-found');
  });

  it('adds nothing when an import is canceled, and accepts a file already in the folder', async () => {
    const { manager, folder, outside } = setup();
    const controller = new AbortController();
    controller.abort();
    const source = writeModelFile(path.join(outside, 'mine.bin'));
    expect((await rejection(manager.importLocal(source, {}, controller.signal))).code).toBe('canceled');
    expect(readdirSync(folder)).toEqual([]);
    const inside = writeModelFile(path.join(folder, 'dropped-in.bin'));
    expect((await manager.importLocal(inside)).path).toBe(inside);
  });
});

describe('modelDownloadJob', () => {
  it('turns received bytes into job progress', async () => {
    const reported: [number, string | undefined][] = [];
    const fake = {
      download: async (
        _id: string,
        options: { onProgress?: (received: number, total: number | undefined) => void },
      ) => {
        options.onProgress?.(50_000_000, 200_000_000);
      },
    } as unknown as ModelManager;
    const controller = new AbortController();
    await modelDownloadJob(
      fake,
      'small',
    )({
      jobId: 'job-1',
      signal: controller.signal,
      progress: (ratio, step) => reported.push([ratio, step && englishStep(step)]),
    });
    expect(reported).toEqual([[0.25, 'downloading 50 MB of 200 MB']]);
  });
});
