import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_REGISTRY_NAME } from '../../../../../shared/model/modelRegistry';
import { ModelManager } from '../../../../../electron/engine/transcription/models/manager';
import { readModelRegistry } from '../../../../../electron/engine/transcription/models/registry';
import { useTempDirs } from '../../../../support/tempDir';
import { modelBytes, writeModelFile } from './makeModelFile';

const tempDir = useTempDirs('guftagu-models-registry-');

function setup(): { manager: ModelManager; folder: string; outside: string } {
  const root = tempDir();
  const outside = path.join(root, 'downloads');
  mkdirSync(outside);
  const folder = path.join(root, 'models');
  return { manager: new ModelManager(folder, 'http://127.0.0.1:1/unused'), folder, outside };
}

describe('the model registry (names and languages of imported models)', () => {
  it('records name, languages, origin, source name and sha256 on import, and shows them in the list', async () => {
    const { manager, folder, outside } = setup();
    const source = writeModelFile(path.join(outside, 'urdu-ft.bin'), {
      nAudioLayer: 12,
      nAudioState: 768,
      nTextState: 768,
      nTextLayer: 12,
      nAudioHead: 12,
      nTextHead: 12,
    });
    const model = await manager.importLocal(source, {
      displayName: '  Urdu small fine-tune  ',
      languages: ['ur', 'en'],
      origin: 'upload',
    });
    const sha256 = createHash('sha256').update(readFileSync(source)).digest('hex');
    expect(model).toMatchObject({
      id: 'urdu-ft',
      displayName: 'Urdu small fine-tune',
      languages: ['ur', 'en'],
      origin: 'upload',
      sha256,
      family: 'small',
    });
    expect((await readModelRegistry(folder)).models['urdu-ft.bin']).toMatchObject({
      sourceName: 'urdu-ft.bin',
      sha256,
    });
    // A name the user typed finds the model too.
    expect(await manager.resolve('Urdu small fine-tune')).toBe(path.join(folder, 'urdu-ft.bin'));
  });

  it('renames, clears the name with an empty one, keeps the languages unless given, and forgets on remove', async () => {
    const { manager, folder, outside } = setup();
    await manager.importLocal(writeModelFile(path.join(outside, 'mine.bin')), { languages: ['ur'] });
    expect(await manager.updateDetails('mine', { displayName: 'اردو، v2 ۲۰۲۶' })).toMatchObject({
      displayName: 'اردو، v2 ۲۰۲۶',
      languages: ['ur'],
      origin: 'file',
    });
    const cleared = await manager.updateDetails('mine.bin', { displayName: '', languages: ['ur', 'pa'] });
    expect(cleared.displayName).toBeUndefined();
    expect(cleared.languages).toEqual(['ur', 'pa']);
    await manager.remove('mine');
    expect((await readModelRegistry(folder)).models).toEqual({});
  });

  it('refuses to rename a catalogue model, and says when a model is not there', async () => {
    const { manager, folder } = setup();
    mkdirSync(folder, { recursive: true });
    // Named like the catalogue's tiny model: it is listed as that (damaged here: its size differs).
    writeFileSync(path.join(folder, 'ggml-tiny.bin'), modelBytes());
    await expect(manager.updateDetails('tiny', { displayName: 'x' })).rejects.toThrow(
      /model from the catalogue; only imported models can be renamed/,
    );
    await expect(manager.updateDetails('absent', { displayName: 'x' })).rejects.toThrow(/not installed/);
  });

  it('reads a damaged registry as empty rather than failing the list', async () => {
    const { manager, folder, outside } = setup();
    await manager.importLocal(writeModelFile(path.join(outside, 'mine.bin')), { displayName: 'Mine' });
    writeFileSync(path.join(folder, MODEL_REGISTRY_NAME), '{ not json');
    const [model] = await manager.list();
    expect(model?.id).toBe('mine');
    expect(model?.displayName).toBeUndefined();
  });
});
