import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GuftaguError } from '../../../../../shared/errors';
import { describeModelHeader } from '../../../../../shared/model/whisperModels';
import {
  isWhisperModelFile,
  parseModelHeaderBytes,
} from '../../../../../electron/engine/transcription/models/verify';
import { haveSharedFixtures, sharedFixture } from '../../../../support/sharedFixtures';
import { useTempDirs } from '../../../../support/tempDir';

const tempDir = useTempDirs('guftagu-model-header-');
const fixture = (name: string) => sharedFixture(`models/for-tests-ggml-${name}.bin`);

type Make = () => Buffer;
interface Row {
  name: string;
  make: Make;
  /** The family the header names, or the error code and message the check gives. */
  expected: { family: string; layers: number } | { code: string; message: RegExp };
}

describe.runIf(haveSharedFixtures())(
  'whisper.cpp ggml model check (header magic, hyper-parameters, vocabulary)',
  () => {
    const real =
      (name: string): Make =>
      () =>
        readFileSync(fixture(name));
    const rows: Row[] = [
      { name: 'tiny (real test model)', make: real('tiny'), expected: { family: 'tiny', layers: 4 } },
      { name: 'base (real test model)', make: real('base'), expected: { family: 'base', layers: 6 } },
      { name: 'small (real test model)', make: real('small'), expected: { family: 'small', layers: 12 } },
      {
        name: 'small cut in its vocabulary',
        make: () => readFileSync(fixture('small')).subarray(0, 100_000),
        expected: { code: 'file-damaged', message: /or it is damaged: .* (cut short|ends inside)/ },
      },
      {
        name: 'tiny cut inside the 48-byte header',
        make: () => readFileSync(fixture('tiny')).subarray(0, 40),
        expected: { code: 'file-damaged', message: /ends inside the header/ },
      },
      {
        name: 'random bytes',
        make: () => {
          const bytes = randomBytes(4096);
          bytes.write('RAND', 0, 'latin1'); // never the ggml magic by chance
          return bytes;
        },
        expected: { code: 'invalid-request', message: /This is not a whisper\.cpp ggml model file: / },
      },
      { name: 'empty', make: () => Buffer.alloc(0), expected: { code: 'file-empty', message: /is empty/ } },
      {
        name: 'GGUF (llama.cpp)',
        make: () => Buffer.concat([Buffer.from('GGUF', 'latin1'), randomBytes(200)]),
        expected: { code: 'invalid-request', message: /it is a GGUF file/ },
      },
      {
        name: 'zip / PyTorch checkpoint',
        make: () => Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), randomBytes(200)]),
        expected: { code: 'invalid-request', message: /PyTorch or zip file/ },
      },
      {
        name: 'Urdu text، with digits ۱۲۳ and English',
        make: () => Buffer.from('یہ ماڈل نہیں ہے، just notes ۱۲۳۔\n', 'utf8'),
        expected: { code: 'invalid-request', message: /not a whisper\.cpp ggml model file/ },
      },
    ];

    it.each(rows)('$name', async ({ name, make, expected }) => {
      const filePath = path.join(tempDir(), `${name.replace(/[^a-z]+/gi, '-')}.bin`);
      const bytes = make();
      writeFileSync(filePath, bytes);
      const result = await isWhisperModelFile(filePath).then(
        (check) => ({ ok: true as const, check }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      if ('family' in expected) {
        if (!result.ok) throw result.error;
        expect(describeModelHeader(result.check.header).family).toBe(expected.family);
        expect(result.check.header.nAudioLayer).toBe(expected.layers);
        expect(result.check.sizeBytes).toBe(bytes.length);
        // The upload route's early check agrees on the first 48 bytes.
        expect(parseModelHeaderBytes(bytes.subarray(0, 48), filePath)).toEqual(result.check.header);
      } else {
        expect(result.ok).toBe(false);
        const error = result.ok ? undefined : result.error;
        expect(error).toBeInstanceOf(GuftaguError);
        expect((error as GuftaguError).code).toBe(expected.code);
        expect((error as GuftaguError).message).toMatch(expected.message);
        expect((error as GuftaguError).hint).not.toBe('');
      }
    });

    it('the early check refuses on the first 48 bytes what the full check refuses (but not a cut vocabulary)', () => {
      const small = readFileSync(fixture('small'));
      expect(() => parseModelHeaderBytes(small.subarray(0, 48), 'ok.bin')).not.toThrow();
      expect(() => parseModelHeaderBytes(Buffer.alloc(0), 'empty.bin')).toThrow(/is empty/);
      expect(() => parseModelHeaderBytes(Buffer.from('GGUF....', 'latin1'), 'x.bin')).toThrow(/GGUF/);
      expect(() => parseModelHeaderBytes(small.subarray(0, 20), 'cut.bin')).toThrow(/ends inside the header/);
    });
  },
);
