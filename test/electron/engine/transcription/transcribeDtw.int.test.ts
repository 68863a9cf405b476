import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDtw, setUpDtw } from '../../../../electron/engine/transcription/dtwSetup';
import { ModelManager } from '../../../../electron/engine/transcription/models/manager';
import { transcribeWav } from '../../../../electron/engine/transcription/transcribe';
import { parseWhisperJson } from '../../../../electron/engine/transcription/whisperJson';
import { runWhisper } from '../../../../electron/engine/transcription/whisperRunner';
import { GuftaguError } from '../../../../shared/errors';
import { builtWhisper, haveFile, haveSharedFixtures, sharedFixture } from '../../../support/sharedFixtures';

// DTW token times with the real whisper.cpp 1.9 (-nfa -dtw <preset>) and the 1.5.0 fallback, which has no -dtw.
// The test models have real headers and vocabularies but no weights (whisper hears no words), so these tests
// prove the arguments, the run and the refusals; the word timing itself is tested on 1.9 JSON fixtures
// (whisperJsonDtw.test.ts).
if (!existsSync(builtWhisper))
  throw new Error(`whisper-cli is not built at ${builtWhisper}: run "npm run build:whisper".`);
const legacyWhisper = path.resolve(__dirname, '../../../../resources/bin/whisper-cli-1.5');

let temp: string;
let models: ModelManager;
/** The tiny test model under the catalogue's file name: the catalogue's preset, checked against its header. */
let namedTiny: string;

beforeAll(async () => {
  if (!haveSharedFixtures()) return;
  temp = mkdtempSync(path.join(os.tmpdir(), 'guftagu-dtw-'));
  models = ModelManager.forConfigDir(path.join(temp, 'config'));
  await models.importLocal(sharedFixture('models/for-tests-ggml-tiny.bin'));
  namedTiny = path.join(temp, 'ggml-tiny.bin');
  copyFileSync(sharedFixture('models/for-tests-ggml-tiny.bin'), namedTiny);
});
afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe.runIf(haveSharedFixtures())('DTW word times with the real whisper.cpp', () => {
  it('runs whisper 1.9 with -nfa -dtw tiny; the run succeeds and its JSON reads', async () => {
    const log: string[] = [];
    const run = await runWhisper({
      whisperPath: builtWhisper,
      modelPath: namedTiny,
      wavPath: sharedFixture('audio/jfk.wav'),
      outputBase: path.join(temp, 'dtw'),
      language: 'en',
      translate: false,
      threads: 2,
      dtwPreset: 'tiny',
      log: (line) => log.push(line),
    });
    expect(log.join('\n')).toMatch(/ -nfa -dtw tiny( |$)/m);
    const json = JSON.parse(readFileSync(path.join(temp, 'dtw.json'), 'utf8')) as {
      transcription: unknown[];
    };
    expect(Array.isArray(json.transcription)).toBe(true);
    expect(parseWhisperJson(run.json, run).language).toBe('en');
  });

  it('transcribeWav records that the word times are DTW’s, with the preset', async () => {
    const transcript = await transcribeWav(
      {
        mediaId: 'm-dtw',
        wavPath: sharedFixture('audio/jfk.wav'),
        durationMs: 11_000,
        modelPath: namedTiny,
        language: 'en',
        translate: false,
        dtwPreset: 'tiny',
      },
      { whisperPath: builtWhisper, tempFolder: temp, threads: 2, progress: () => {} },
    );
    expect(transcript.wordTimes).toEqual({ source: 'dtw', dtwPreset: 'tiny' });
  });

  it('the preset comes from the model: a catalogue file name whose header agrees', async () => {
    await expect(setUpDtw({ whisperPath: builtWhisper, models, model: namedTiny })).resolves.toBe('tiny');
  });

  it('an imported model (no known alignment heads) is refused with a structured error', async () => {
    const error = await setUpDtw({ whisperPath: builtWhisper, models, model: 'for-tests-ggml-tiny' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GuftaguError);
    expect((error as GuftaguError).toInfo()).toMatchObject({
      code: 'invalid-request',
      key: 'dtw-unknown-model',
      params: { model: 'for-tests-ggml-tiny' },
      field: 'dtw',
    });
    // Named by hand, a preset that fits its header is taken; one that does not is refused.
    await expect(
      setUpDtw({ whisperPath: builtWhisper, models, model: 'for-tests-ggml-tiny', explicitPreset: 'tiny' }),
    ).resolves.toBe('tiny');
    await expect(
      checkDtw({ whisperPath: builtWhisper, models, model: 'for-tests-ggml-tiny', explicitPreset: 'small' }),
    ).resolves.toMatchObject({ ok: false, refusal: 'preset-mismatch' });
  });

  describe.runIf(haveFile(legacyWhisper))('whisper 1.5.0 (no -dtw)', () => {
    it('is refused before it runs, with the version in the error', async () => {
      await expect(checkDtw({ whisperPath: legacyWhisper, models, model: namedTiny })).resolves.toMatchObject(
        {
          ok: false,
          refusal: 'no-dtw-build',
          version: '1.5 or older',
        },
      );
      const error = await runWhisper({
        whisperPath: legacyWhisper,
        modelPath: namedTiny,
        wavPath: sharedFixture('audio/jfk.wav'),
        outputBase: path.join(temp, 'legacy-dtw'),
        language: 'en',
        translate: false,
        threads: 2,
        dtwPreset: 'tiny',
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(GuftaguError);
      expect((error as GuftaguError).toInfo()).toMatchObject({
        code: 'tool-failed',
        key: 'whisper-no-dtw',
        params: { version: '1.5 or older' },
      });
      expect(existsSync(path.join(temp, 'legacy-dtw.json'))).toBe(false);
    });
  });
});
