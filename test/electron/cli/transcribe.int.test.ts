import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';
import { sharedFixture, haveSharedFixtures } from '../../support/sharedFixtures';

const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-cli-transcribe-'));
const configDir = path.join(root, 'config');
const guftagu = (...args: string[]) => runCli(configDir, args);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.runIf(haveSharedFixtures())('guftagu transcribe and guftagu models', () => {
  it.each(['transcribe', 'models list', 'models download', 'models import', 'models remove'])(
    '%s --help',
    async (command) => {
      const result = await guftagu(...command.split(' '), '--help');
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('Usage: guftagu');
    },
  );

  it('says which model is missing and how to get it', async () => {
    const result = await guftagu(
      'transcribe',
      sharedFixture('audio/jfk.wav'),
      '--model',
      'small',
      '--language',
      'ur',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Error: .*"small" is not installed/);
    expect(result.stderr).toMatch(/Hint: .*guftagu models download small/);
  });

  it('transcribes a file with no workspace, with a model given by path, and writes WebVTT', async () => {
    const output = path.join(root, 'out put', 'jfk.vtt');
    const result = await guftagu(
      'transcribe',
      sharedFixture('audio/jfk.wav'),
      '--model',
      sharedFixture('models/for-tests-ggml-tiny.bin'),
      '--language',
      'en',
      '--format',
      'vtt',
      '--output',
      output,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/No speech found/);
    expect(readFileSync(output, 'utf8')).toBe('WEBVTT\nLanguage: en\n');
  });

  it('imports a model, lists it, transcribes with it by name (no speech: exit 0 and a message), and removes it', async () => {
    const imported = await guftagu(
      'models',
      'import',
      sharedFixture('models/for-tests-ggml-tiny.bin'),
      '--workspace',
      path.join(root, 'ws'),
    );
    expect(imported.code, imported.stderr).toBe(0);
    const listed = await guftagu('models', 'list', '--json', '--workspace', path.join(root, 'ws'));
    const models = JSON.parse(listed.stdout) as { installed: { id: string }[] };
    expect(models.installed.map((model) => model.id)).toEqual(['for-tests-ggml-tiny']);

    const output = path.join(root, 'jfk.srt');
    const result = await guftagu(
      'transcribe',
      sharedFixture('audio/jfk.wav'),
      '-m',
      'for-tests-ggml-tiny',
      '-l',
      'en',
      '--translate',
      '-o',
      output,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/No speech found in jfk\.wav/);
    expect(readFileSync(output, 'utf8')).toBe('');
    expect(readFileSync(path.join(root, 'jfk.en.srt'), 'utf8')).toBe('');

    const json = await guftagu(
      'transcribe',
      sharedFixture('audio/jfk.wav'),
      '-m',
      'for-tests-ggml-tiny',
      '-f',
      'json',
    );
    expect(JSON.parse(json.stdout)).toMatchObject({
      schemaVersion: 1,
      tracks: [{ kind: 'transcript', cues: [] }],
    });

    const removed = await guftagu(
      'models',
      'remove',
      'for-tests-ggml-tiny',
      '--workspace',
      path.join(root, 'ws'),
    );
    expect(removed.code, removed.stderr).toBe(0);
  });
});
