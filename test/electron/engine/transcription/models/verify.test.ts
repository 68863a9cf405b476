import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GuftaguError } from '../../../../../shared/errors';
import { describeModelHeader } from '../../../../../shared/model/whisperModels';
import {
  isWhisperModelFile,
  readWhisperModelHeader,
} from '../../../../../electron/engine/transcription/models/verify';
import { useTempDirs } from '../../../../support/tempDir';
import { haveFile } from '../../../../support/sharedFixtures';
import { modelBytes, realTestModel, tinyHeader } from './makeModelFile';

const tempDir = useTempDirs('guftagu-models-verify-');

async function rejection(promise: Promise<unknown>): Promise<GuftaguError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GuftaguError)) throw new Error(`expected a GuftaguError, got ${String(error)}`);
  return error;
}

function writeTemp(name: string, data: string | Buffer): string {
  const filePath = path.join(tempDir(), name);
  writeFileSync(filePath, data);
  return filePath;
}

describe('isWhisperModelFile', () => {
  it.runIf(haveFile(realTestModel))(
    "accepts whisper.cpp's own for-tests-ggml-tiny.bin and returns its header",
    async () => {
      const check = await isWhisperModelFile(realTestModel);
      expect(check.header).toEqual(tinyHeader);
      expect(check.sizeBytes).toBe(readFileSync(realTestModel).length);
      // The for-tests files end right after the vocabulary (they carry no weights).
      expect(check.weightsOffset).toBe(check.sizeBytes);
      expect(describeModelHeader(check.header)).toEqual({
        family: 'tiny',
        multilingual: true,
        weights: 'f16',
      });
    },
  );

  it('accepts a model laid out as the loader reads it (large-v3 shape, q5_0)', async () => {
    const header = {
      nVocab: 51866,
      nAudioState: 1280,
      nAudioHead: 20,
      nAudioLayer: 32,
      nTextState: 1280,
      nTextHead: 20,
      nTextLayer: 32,
      nMels: 128,
      ftype: 1008,
    };
    const check = await isWhisperModelFile(writeTemp('ggml-large-v3-q5_0.bin', modelBytes(header)));
    expect(check.header).toMatchObject(header);
    expect(describeModelHeader(check.header)).toEqual({
      family: 'large',
      multilingual: true,
      weights: 'q5_0',
    });
  });

  it('rejects a text file as not a whisper.cpp ggml model', async () => {
    const error = await rejection(
      isWhisperModelFile(writeTemp('notes.bin', 'These are my interview notes.\n')),
    );
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(/This is not a whisper\.cpp ggml model file/);
    expect(error.hint).toMatch(/ggml-<name>\.bin/);
  });

  it('names a GGUF file for what it is', async () => {
    const error = await rejection(
      isWhisperModelFile(writeTemp('llm.bin', Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(60)]))),
    );
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(/GGUF/);
  });

  it('rejects a file cut inside the header as damaged', async () => {
    const error = await rejection(isWhisperModelFile(writeTemp('cut.bin', modelBytes().subarray(0, 30))));
    expect(error.code).toBe('file-damaged');
    expect(error.message).toMatch(/not a whisper\.cpp ggml model file, or it is damaged/);
  });

  it('rejects a file cut inside the vocabulary, which the header-only read lets through', async () => {
    const cut = writeTemp('cut.bin', modelBytes().subarray(0, 70_000));
    expect((await rejection(isWhisperModelFile(cut))).code).toBe('file-damaged');
    expect((await readWhisperModelHeader(cut)).nAudioLayer).toBe(4);
  });

  it('rejects a ggml magic followed by nonsense hyper-parameters', async () => {
    const bytes = modelBytes();
    bytes.writeInt32LE(-5, 4);
    const error = await rejection(readWhisperModelHeader(writeTemp('odd.bin', bytes)));
    expect(error.code).toBe('file-damaged');
    expect(error.message).toMatch(/vocabulary size -5/);
  });

  it('explains empty, missing and folder paths', async () => {
    expect((await rejection(isWhisperModelFile(writeTemp('empty.bin', '')))).code).toBe('file-empty');
    expect((await rejection(isWhisperModelFile(path.join(tempDir(), 'absent.bin')))).code).toBe('not-found');
    expect((await rejection(isWhisperModelFile(tempDir()))).code).toBe('invalid-request');
  });
});
