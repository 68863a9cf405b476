import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';
import { haveSharedFixtures, sharedFixture } from '../../support/sharedFixtures';

const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-cli-glossary-'));
const configDir = path.join(root, 'config');
const workspace = path.join(root, 'work space');
const guftagu = (...args: string[]) => runCli(configDir, args);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('guftagu glossary', () => {
  it('adds, lists, respells and removes terms in the workspace’s glossary.json', async () => {
    const w = ['--workspace', workspace];
    expect((await guftagu('glossary', 'add', 'Media', 'baithak', ...w)).stderr).toBe(
      'Added "Media baithak".\n',
    );
    const urdu = await guftagu('glossary', 'add', 'گفتگو', '--json', ...w);
    expect(JSON.parse(urdu.stdout)).toEqual({
      terms: ['Media baithak', 'گفتگو'],
      added: true,
      term: 'گفتگو',
    });
    const respelt = await guftagu('glossary', 'add', 'Media Baithak', ...w);
    expect(respelt.code).toBe(0);
    expect(respelt.stderr).toMatch(/was there already/);
    expect(await guftagu('glossary', 'add', 'امن dialogue 2026،', ...w)).toMatchObject({ code: 0 });

    const listed = await guftagu('glossary', 'list', ...w);
    expect(listed.stdout).toBe('Media Baithak\nگفتگو\nامن dialogue 2026،\n');
    const json = await guftagu('glossary', 'list', '--json', ...w);
    expect(JSON.parse(json.stdout)).toEqual({ terms: ['Media Baithak', 'گفتگو', 'امن dialogue 2026،'] });
    const stored = JSON.parse(readFileSync(path.join(workspace, 'glossary.json'), 'utf8')) as unknown;
    expect(stored).toEqual({ schemaVersion: 1, terms: ['Media Baithak', 'گفتگو', 'امن dialogue 2026،'] });

    const removed = await guftagu('glossary', 'remove', 'media', 'BAITHAK', '--json', ...w);
    expect(JSON.parse(removed.stdout)).toEqual({ terms: ['گفتگو', 'امن dialogue 2026،'], removed: true });
    const missing = await guftagu('glossary', 'remove', 'Guftagu', ...w);
    expect(missing).toMatchObject({ code: 1, stderr: '"Guftagu" is not in the glossary.\n' });
  });

  it('refuses an empty or over-long term with what to do, changing nothing', async () => {
    const w = ['--workspace', workspace];
    const empty = await guftagu('glossary', 'add', '  ', ...w);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/Error: A glossary term cannot be empty\.\nHint: Type the term\./);
    const long = await guftagu('glossary', 'add', 'ب'.repeat(101), ...w);
    expect(long.code).toBe(1);
    expect(long.stderr).toMatch(/at most 100 characters/);
    expect((await guftagu('glossary', 'list', ...w)).stdout).toBe('گفتگو\nامن dialogue 2026،\n');
  });
});

describe.runIf(haveSharedFixtures())('guftagu transcribe --dtw', () => {
  it('runs whisper with -nfa -dtw <the model’s preset> and records DTW word times', async () => {
    // The tiny test model under the catalogue's file name: the preset is the catalogue's, checked against its header.
    const model = path.join(root, 'ggml-tiny.bin');
    copyFileSync(sharedFixture('models/for-tests-ggml-tiny.bin'), model);
    const result = await guftagu(
      'transcribe',
      sharedFixture('audio/jfk.wav'),
      ...['--model', model, '--language', 'en', '--format', 'json', '--no-vad', '--dtw'],
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Word times by DTW \(preset tiny\): flash attention is off/);
    const transcript = JSON.parse(result.stdout) as { wordTimes?: unknown };
    expect(transcript.wordTimes).toEqual({ source: 'dtw', dtwPreset: 'tiny' });
  });

  it('refuses DTW for a model whose alignment heads are not known, before any work', async () => {
    const result = await guftagu(
      'transcribe',
      sharedFixture('audio/jfk.wav'),
      ...['--model', sharedFixture('models/for-tests-ggml-tiny.bin'), '--dtw'],
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /Error: DTW word times need the model's alignment heads, and they are not known for for-tests-ggml-tiny\.bin/,
    );
    expect(result.stderr).toMatch(/Hint: .*--dtw-preset small/);
    expect(result.stderr).not.toMatch(/extracting audio|Transcribe jfk/);
  });

  it.each([
    [['--dtw-preset', 'small'], /does not have the shape of the "small" model/],
    [['--dtw-preset', 'large-v3'], /"large-v3" is not a DTW preset/],
    [['--dtw-preset', 'tiny', '--no-dtw'], /--dtw-preset and --no-dtw contradict each other/],
  ])('%j is refused', async (flags, message) => {
    const result = await guftagu(
      'transcribe',
      sharedFixture('audio/jfk.wav'),
      ...['--model', sharedFixture('models/for-tests-ggml-tiny.bin'), ...flags],
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});
