import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';
import { builtWhisper, haveFile, haveSharedFixtures, sharedFixture } from '../../support/sharedFixtures';

const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-cli-eta-'));
const configDir = path.join(root, 'config');
const guftagu = (...args: string[]) => runCli(configDir, args);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The shared fixtures and the whisper-cli build: skipped here without them, a failure in CI. */
const whisperHere = haveSharedFixtures() && haveFile(builtWhisper);

describe.runIf(whisperHere)('guftagu transcribe and models recommend: progress with a time left', () => {
  it('prints plain progress lines with the time left (not a terminal), from the start to done', async () => {
    const result = await guftagu(
      'transcribe',
      sharedFixture('audio/jfk.wav'),
      '--model',
      sharedFixture('models/for-tests-ggml-tiny.bin'),
      '--language',
      'en',
      '--output',
      path.join(root, 'jfk.srt'),
    );
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stderr.split('\n').filter((line) => line.startsWith('Transcribe jfk.wav:'));
    const transcribing = lines.filter((line) => line.includes(': transcribing ('));
    expect(transcribing.length, result.stderr).toBeGreaterThan(0);
    for (const line of transcribing)
      expect(line).toMatch(/: transcribing \(\d+%, (less than a minute|about \d+(\.\d)? (min|h)) left\)$/);
    const percents = lines.flatMap((line) => {
      const match = /\((\d+)%/.exec(line);
      return match ? [Number(match[1])] : [];
    });
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.every((percent) => percent <= 99)).toBe(true);
    expect(lines.at(-1)).toBe('Transcribe jfk.wav: done');
    // No escape codes: the lines are for logs.
    expect(result.stderr).not.toContain(String.fromCharCode(27));
  }, 180_000);

  it('recommends a model for a language and estimates the time for a file (calibrated, then cached)', async () => {
    // A config folder of its own: the run above measured the tiny model's speed already.
    const guftagu = (...args: string[]) => runCli(path.join(root, 'config-recommend'), args);
    const workspace = ['--workspace', path.join(root, 'ws')];
    for (const size of ['tiny', 'small'])
      expect(
        (await guftagu('models', 'import', sharedFixture(`models/for-tests-ggml-${size}.bin`), ...workspace))
          .code,
      ).toBe(0);
    const english = await guftagu('models', 'recommend', '--language', 'en', '--json');
    expect(english.code, english.stderr).toBe(0);
    // Imported test models are named for-tests-…: chosen by family (tiny is below base: a draft).
    expect(JSON.parse(english.stdout)).toMatchObject({
      recommendation: { modelId: 'for-tests-ggml-small', goodEnough: true, minimumFamily: 'base' },
    });

    const urdu = await guftagu(
      'models',
      'recommend',
      '--language',
      'ur',
      '--file',
      sharedFixture('audio/jfk.wav'),
      // The time for the tiny test model: a calibration run of small costs a minute on a busy machine.
      '--model',
      'for-tests-ggml-tiny',
      '--json',
    );
    expect(urdu.code, urdu.stderr).toBe(0);
    const estimate = JSON.parse(urdu.stdout) as { model: string; estimateMs: number; source: string };
    expect(estimate).toMatchObject({
      recommendation: { modelId: 'for-tests-ggml-small', goodEnough: true },
      model: 'for-tests-ggml-tiny',
      source: 'calibration',
    });
    expect(estimate.estimateMs).toBeGreaterThan(0);

    const again = await guftagu(
      'models',
      'recommend',
      '--language',
      'ur',
      '--file',
      sharedFixture('audio/jfk.wav'),
      '--model',
      'for-tests-ggml-tiny',
      '--no-calibrate',
    );
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Recommended for ur: for-tests-ggml-small');
    expect(again.stdout).toMatch(
      /Estimated time for jfk\.wav with for-tests-ggml-tiny: (less than a minute|about \d+ min) on this computer \(measured by a 30-second calibration run\)/,
    );
  }, 300_000);
});
