import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GuftaguError } from '../../../../../shared/errors';
import { MODEL_REGISTRY_NAME } from '../../../../../shared/model/modelRegistry';
import { MANIFEST_NAME } from '../../../../../electron/engine/transcription/models/files';
import { ModelManager } from '../../../../../electron/engine/transcription/models/manager';
import { needs } from '../../../../support/requirements';
import { useTempDirs } from '../../../../support/tempDir';
import { modelBytes, writeModelFile } from './makeModelFile';

// An uploaded model's temp file is moved into the models folder (importLocal with moveSource), not copied a
// second time: renamed on the same file system, copied and removed across file systems; on a refusal, a
// cancel or a failed registry write nothing is left in the models folder.
const tempDir = useTempDirs('guftagu-models-move-');

/** /dev/shm is a tmpfs on Linux: a second file system beside the temp folder, for the cross-device move. */
const otherFileSystem = '/dev/shm';
const haveOtherFileSystem = needs(
  `a second file system at ${otherFileSystem} (apart from ${os.tmpdir()})`,
  existsSync(otherFileSystem) && statSync(otherFileSystem).dev !== statSync(os.tmpdir()).dev,
);
const otherFolders: string[] = [];
afterEach(() => {
  for (const folder of otherFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function rejection(promise: Promise<unknown>): Promise<GuftaguError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GuftaguError)) throw new Error(`expected a GuftaguError, got ${String(error)}`);
  return error;
}

function setup(uploadsRoot?: string): { manager: ModelManager; folder: string; uploads: string } {
  const root = tempDir();
  const uploads = path.join(uploadsRoot ?? root, 'uploads');
  mkdirSync(uploads, { recursive: true });
  const folder = path.join(root, 'models');
  return { manager: new ModelManager(folder, 'http://127.0.0.1:1/unused'), folder, uploads };
}

/** What is in the models folder besides its two bookkeeping files (temp files included). */
const modelFiles = (folder: string) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name !== MODEL_REGISTRY_NAME && name !== MANIFEST_NAME)
        .sort()
    : [];

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('importLocal with moveSource (an upload given away)', () => {
  it('renames the file into place on the same file system: same inode, checksum and registry entry', async () => {
    const { manager, folder, uploads } = setup();
    const source = writeModelFile(path.join(uploads, 'urdu-ft.bin'), {}, 3);
    const bytes = readFileSync(source);
    const inode = statSync(source).ino;
    const model = await manager.importLocal(
      source,
      { displayName: 'اردو fine-tune، v2', languages: ['ur', 'en'], origin: 'upload', moveSource: true },
      undefined,
    );
    expect(existsSync(source)).toBe(false);
    expect(modelFiles(folder)).toEqual(['urdu-ft.bin']);
    // Moved, not copied: the very file the upload wrote.
    expect(statSync(model.path).ino).toBe(inode);
    expect(readFileSync(model.path).equals(bytes)).toBe(true);
    expect(statSync(model.path).mode & 0o777).toBe(0o644);
    expect(model).toMatchObject({
      id: 'urdu-ft',
      displayName: 'اردو fine-tune، v2',
      languages: ['ur', 'en'],
      origin: 'upload',
      sha256: sha256Of(bytes),
    });
    const registry = JSON.parse(readFileSync(path.join(folder, MODEL_REGISTRY_NAME), 'utf8')) as unknown;
    expect(JSON.stringify(registry)).toContain(sha256Of(bytes));
    expect(JSON.stringify(registry)).toContain('"sourceName":"urdu-ft.bin"');
  });

  it.runIf(haveOtherFileSystem)(
    'copies and removes the source across file systems (EXDEV), with the same checksum and entry',
    async () => {
      const otherRoot = mkdtempSync(path.join(otherFileSystem, 'guftagu-models-move-'));
      otherFolders.push(otherRoot);
      const { manager, folder, uploads } = setup(otherRoot);
      const source = writeModelFile(path.join(uploads, 'mine.bin'), {}, 5);
      const bytes = readFileSync(source);
      expect(statSync(source).dev).not.toBe(statSync(path.dirname(folder)).dev);
      const model = await manager.importLocal(source, { origin: 'upload', moveSource: true });
      expect(existsSync(source)).toBe(false);
      expect(modelFiles(folder)).toEqual(['mine.bin']);
      expect(readFileSync(model.path).equals(bytes)).toBe(true);
      expect(model).toMatchObject({ id: 'mine', origin: 'upload', sha256: sha256Of(bytes) });
    },
  );

  it('leaves nothing in the models folder when refused: a misnamed catalogue file, a non-model', async () => {
    const { manager, folder, uploads } = setup();
    const misnamed = writeModelFile(path.join(uploads, 'ggml-tiny.bin'));
    const error = await rejection(manager.importLocal(misnamed, { moveSource: true }));
    expect(error.key).toBe('model-import-misnamed');
    expect(modelFiles(folder)).toEqual([]);
    const notModel = path.join(uploads, 'notes.bin');
    writeFileSync(notModel, 'not a model at all, just some words');
    expect((await rejection(manager.importLocal(notModel, { moveSource: true }))).code).toBe(
      'invalid-request',
    );
    const cut = path.join(uploads, 'cut.bin');
    writeFileSync(cut, modelBytes().subarray(0, 50_000));
    expect((await rejection(manager.importLocal(cut, { moveSource: true }))).code).toBe('file-damaged');
    // Refused by their headers before anything moved: the uploads are still the caller's to remove.
    expect(existsSync(notModel) && existsSync(cut)).toBe(true);
    expect(modelFiles(folder)).toEqual([]);
  });

  it('adds nothing when cancelled', async () => {
    const { manager, folder, uploads } = setup();
    const controller = new AbortController();
    controller.abort();
    const source = writeModelFile(path.join(uploads, 'mine.bin'));
    const error = await rejection(manager.importLocal(source, { moveSource: true }, controller.signal));
    expect(error).toMatchObject({ code: 'canceled', key: 'model-copy-canceled' });
    expect(modelFiles(folder)).toEqual([]);
  });

  it('removes the moved file again when its registry entry cannot be written', async () => {
    const { manager, folder, uploads } = setup();
    // A folder where the registry file belongs: writing the entry fails.
    mkdirSync(path.join(folder, MODEL_REGISTRY_NAME), { recursive: true });
    const source = writeModelFile(path.join(uploads, 'mine.bin'));
    await expect(manager.importLocal(source, { moveSource: true })).rejects.toBeInstanceOf(Error);
    expect(modelFiles(folder)).toEqual([]);
  });

  it('keeps the file already there when the same model is uploaded again, and leaves the upload alone', async () => {
    const { manager, folder, uploads } = setup();
    const first = await manager.importLocal(writeModelFile(path.join(uploads, 'mine.bin')), {
      moveSource: true,
    });
    const again = path.join(uploads, 'mine.bin');
    writeFileSync(again, modelBytes());
    const second = await manager.importLocal(again, { moveSource: true });
    expect(second.fileName).toBe(first.fileName);
    expect(existsSync(again)).toBe(true);
    expect(modelFiles(folder)).toEqual(['mine.bin']);
  });
});
