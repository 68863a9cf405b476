import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpTranscriptionRun } from '../../../../electron/engine/transcription/dtwSetup';
import { ModelManager } from '../../../../electron/engine/transcription/models/manager';
import { speedKeyParts } from '../../../../electron/engine/transcription/speedBook';
import { GuftaguError } from '../../../../shared/errors';
import { speedKey } from '../../../../shared/transcript/speedEstimate';
import { builtWhisper, haveFile, haveSharedFixtures, sharedFixture } from '../../../support/sharedFixtures';

// setUpTranscriptionRun is what the app's transcribe job and `guftagu transcribe` share: the model file, the DTW
// preset (or the refusal) and the settings the speed estimates are keyed by. Real whisper builds (1.9 and 1.5.0)
// and test models with real headers (no weights) decide, as in a run.
const legacyWhisper = path.resolve(__dirname, '../../../../resources/bin/whisper-cli-1.5');
const ready = haveSharedFixtures() && haveFile(builtWhisper);

let temp: string;
let models: ModelManager;
/** The tiny test model under the catalogue's file name: the catalogue's preset, checked against its header. */
let namedTiny: string;

beforeAll(async () => {
  if (!ready) return;
  temp = mkdtempSync(path.join(os.tmpdir(), 'guftagu-dtw-setup-'));
  models = ModelManager.forConfigDir(path.join(temp, 'config'));
  await models.importLocal(sharedFixture('models/for-tests-ggml-tiny.bin'));
  namedTiny = path.join(temp, 'ggml-tiny.bin');
  copyFileSync(sharedFixture('models/for-tests-ggml-tiny.bin'), namedTiny);
});
afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<ReturnType<GuftaguError['toInfo']>> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(GuftaguError);
  return (error as GuftaguError).toInfo();
}

describe.runIf(ready)('setUpTranscriptionRun', () => {
  it('a catalogue model with DTW: its preset, and speed settings that keep DTW runs apart', async () => {
    const run = await setUpTranscriptionRun({
      whisperPath: builtWhisper,
      models,
      model: namedTiny,
      dtw: true,
    });
    expect(run.modelPath).toBe(namedTiny);
    expect(run.dtwPreset).toBe('tiny');
    expect(run.runSettings(undefined)).toEqual({
      whisperPath: builtWhisper,
      modelPath: namedTiny,
      vad: false,
      dtw: true,
      dtwPreset: 'tiny',
    });
    expect(run.runSettings(path.join(temp, 'ggml-silero.bin'))).toMatchObject({ vad: true, dtw: true });
    const plain = await setUpTranscriptionRun({
      whisperPath: builtWhisper,
      models,
      model: namedTiny,
      dtw: false,
    });
    expect(plain.dtwPreset).toBeUndefined();
    expect(plain.runSettings(undefined)).toEqual({
      whisperPath: builtWhisper,
      modelPath: namedTiny,
      vad: false,
      dtw: false,
    });
    const dtwKey = speedKey(await speedKeyParts(run.runSettings(undefined)));
    const plainKey = speedKey(await speedKeyParts(plain.runSettings(undefined)));
    expect(dtwKey).toMatch(/ · dtw$/);
    expect(plainKey).toBe(dtwKey.replace(/ · dtw$/, ' · no dtw'));
  });

  it('an imported model: refused with its reason when DTW is asked for, taken with a preset named by hand', async () => {
    const imported = { whisperPath: builtWhisper, models, model: 'for-tests-ggml-tiny' };
    const withoutDtw = await setUpTranscriptionRun({ ...imported, dtw: false });
    expect(withoutDtw.modelPath).toBe(await models.resolve('for-tests-ggml-tiny'));
    expect(withoutDtw.dtwPreset).toBeUndefined();
    expect(await refusal(setUpTranscriptionRun({ ...imported, dtw: true }))).toMatchObject({
      code: 'invalid-request',
      key: 'dtw-unknown-model',
      params: { model: 'for-tests-ggml-tiny' },
      field: 'dtw',
    });
    const byHand = await setUpTranscriptionRun({ ...imported, dtw: true, explicitPreset: 'tiny' });
    expect(byHand.dtwPreset).toBe('tiny');
    expect(byHand.runSettings(undefined)).toMatchObject({ dtw: true, dtwPreset: 'tiny' });
    expect(
      await refusal(setUpTranscriptionRun({ ...imported, dtw: true, explicitPreset: 'small' })),
    ).toMatchObject({ key: 'dtw-preset-mismatch', params: { preset: 'small' }, field: 'dtw' });
  });

  it('an unknown model is refused before DTW is looked at', async () => {
    expect(
      await refusal(
        setUpTranscriptionRun({ whisperPath: builtWhisper, models, model: 'no-such-model', dtw: true }),
      ),
    ).toMatchObject({ code: 'not-found', key: 'model-missing', field: 'model' });
  });

  it.runIf(haveFile(legacyWhisper))(
    'whisper 1.5.0 has no -dtw: refused with its version; without DTW it runs',
    async () => {
      const legacy = { whisperPath: legacyWhisper, models, model: namedTiny };
      expect(await refusal(setUpTranscriptionRun({ ...legacy, dtw: true }))).toMatchObject({
        code: 'tool-failed',
        key: 'whisper-no-dtw',
        params: { version: '1.5 or older' },
      });
      const plain = await setUpTranscriptionRun({ ...legacy, dtw: false });
      expect(plain.runSettings(undefined)).toEqual({
        whisperPath: legacyWhisper,
        modelPath: namedTiny,
        vad: false,
        dtw: false,
      });
    },
  );
});
