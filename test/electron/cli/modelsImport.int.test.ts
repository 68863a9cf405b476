import { readFileSync, writeFileSync, mkdtempSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MODEL_REGISTRY_NAME } from '../../../shared/model/modelRegistry';
import { vadModel } from '../../../shared/model/vadModels';
import { runCli } from '../../support/cli';
import { haveSharedFixtures, sharedFixture } from '../../support/sharedFixtures';

const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-cli-models-import-'));
const configDir = path.join(root, 'config');
const modelsFolder = path.join(configDir, 'models');
const guftagu = (...args: string[]) => runCli(configDir, args);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.runIf(haveSharedFixtures())('guftagu models import with a name and languages', () => {
  const small = sharedFixture('models/for-tests-ggml-small.bin');

  it('imports a fine-tune with its name and languages, lists them, renames it and removes it', async () => {
    const source = path.join(root, 'urdu-small-ft.bin');
    writeFileSync(source, readFileSync(small));
    const imported = await guftagu(
      'models',
      'import',
      source,
      '--name',
      'Urdu small fine-tune',
      '--languages',
      'ur, EN',
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('Imported urdu-small-ft "Urdu small fine-tune (ur, en)"');

    const registry = JSON.parse(readFileSync(path.join(modelsFolder, MODEL_REGISTRY_NAME), 'utf8')) as {
      models: Record<string, { displayName: string; languages: string[]; origin: string; sha256: string }>;
    };
    expect(registry.models['urdu-small-ft.bin']).toMatchObject({
      displayName: 'Urdu small fine-tune',
      languages: ['ur', 'en'],
      origin: 'file',
      sourceName: 'urdu-small-ft.bin',
      sha256: createHash('sha256').update(readFileSync(small)).digest('hex'),
    });

    const listed = await guftagu('models', 'list', '--json');
    expect(listed.code, listed.stderr).toBe(0);
    const list = JSON.parse(listed.stdout) as {
      installed: { id: string; displayName?: string; languages?: string[]; family?: string }[];
      vad: { id: string; kind: string; state: string };
    };
    expect(list.installed).toEqual([
      expect.objectContaining({
        id: 'urdu-small-ft',
        displayName: 'Urdu small fine-tune',
        languages: ['ur', 'en'],
        family: 'small',
      }),
    ]);
    expect(list.vad).toMatchObject({ id: vadModel.id, kind: 'voice-activity-detection', state: 'missing' });

    const table = await guftagu('models', 'list');
    expect(table.stdout).toMatch(/urdu-small-ft\s+speech recognition.*Urdu small fine-tune \(ur, en\)/);
    expect(table.stdout).toMatch(
      new RegExp(
        `${vadModel.id.replace(/\./g, '\\.')}\\s+voice activity detection.*missing.*models download`,
      ),
    );

    const renamed = await guftagu(
      'models',
      'rename',
      'urdu-small-ft',
      '--name',
      'اردو small',
      '--languages',
      'ur',
    );
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(renamed.stdout).toContain('is now "اردو small (ur)"');

    const removed = await guftagu('models', 'remove', 'urdu-small-ft');
    expect(removed.code, removed.stderr).toBe(0);
    const after = JSON.parse(readFileSync(path.join(modelsFolder, MODEL_REGISTRY_NAME), 'utf8')) as {
      models: Record<string, unknown>;
    };
    expect(after.models).toEqual({});
  });

  it('refuses a truncated model, a file that is not a model and bad language codes, and copies nothing', async () => {
    const truncated = path.join(root, 'cut.bin');
    writeFileSync(truncated, readFileSync(small).subarray(0, 20_000));
    const notModel = path.join(root, 'notes.bin');
    writeFileSync(notModel, 'Interview notes، not a model۔ 2024\n');

    const cut = await guftagu('models', 'import', truncated, '--name', 'Cut');
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(
      /Error: This is not a whisper\.cpp ggml model file, or it is damaged: cut\.bin/,
    );
    expect(cut.stderr).toMatch(/Hint: /);

    const notes = await guftagu('models', 'import', notModel);
    expect(notes.code).toBe(1);
    expect(notes.stderr).toMatch(/Error: This is not a whisper\.cpp ggml model file: notes\.bin/);

    const languages = await guftagu('models', 'import', small, '--languages', 'urdu,en');
    expect(languages.code).toBe(1);
    expect(languages.stderr).toMatch(/"urdu" is not a language code/);
    expect(languages.stderr).toMatch(/Hint: Pass --languages as a comma-separated list/);

    const blank = await guftagu('models', 'import', small, '--name', '   ');
    expect(blank.code).toBe(1);
    expect(blank.stderr).toMatch(/A model name cannot be empty/);

    const left = existsSync(modelsFolder)
      ? readdirSync(modelsFolder).filter((name) => name.endsWith('.bin'))
      : [];
    expect(left).toEqual([]);
  });

  it('keeps "models download-vad" as an alias and offers the VAD model to "models download"', async () => {
    for (const command of ['download-vad', 'download']) {
      const help = await guftagu('models', command, '--help');
      expect(help.code, help.stderr).toBe(0);
      expect(help.stdout).toMatch(/silero-v5\.1\.2/);
    }
    const missing = await guftagu('models', 'remove', vadModel.id);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/voice activity detection model is not installed/);
  });
});
