import { writeFileSync } from 'node:fs';
import type { WhisperModelHeader } from '../../../../../shared/model/whisperModels';
import { sharedFixture } from '../../../../support/sharedFixtures';

/** whisper.cpp's own header-and-vocabulary-only test model, in ../shared/fixtures beside the checkout. */
export const realTestModel = sharedFixture('models/for-tests-ggml-tiny.bin');

export const tinyHeader: WhisperModelHeader = {
  nVocab: 51865,
  nAudioCtx: 1500,
  nAudioState: 384,
  nAudioHead: 6,
  nAudioLayer: 4,
  nTextCtx: 448,
  nTextState: 384,
  nTextHead: 6,
  nTextLayer: 4,
  nMels: 80,
  ftype: 1,
};

/**
 * The bytes of a weightless whisper.cpp model laid out as the loader reads it: magic, hyper-parameters,
 * mel filters, vocabulary. `seed` varies the token text so two files can differ at equal size.
 */
export function modelBytes(header: Partial<WhisperModelHeader> = {}, tokens = 1000, seed = 0): Buffer {
  const h = { ...tinyHeader, ...header };
  const values = [
    h.nVocab,
    h.nAudioCtx,
    h.nAudioState,
    h.nAudioHead,
    h.nAudioLayer,
    h.nTextCtx,
    h.nTextState,
    h.nTextHead,
    h.nTextLayer,
    h.nMels,
    h.ftype,
  ];
  const head = Buffer.alloc(48 + 8 + h.nMels * 201 * 4 + 4);
  head.writeUInt32LE(0x67676d6c, 0);
  values.forEach((value, index) => head.writeInt32LE(value, 4 + index * 4));
  head.writeInt32LE(h.nMels, 48);
  head.writeInt32LE(201, 52);
  head.writeInt32LE(tokens, head.length - 4);
  const vocab = Array.from({ length: tokens }, (_, index) => {
    const word = Buffer.from(`tok${(index + seed) % tokens}`);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(word.length, 0);
    return Buffer.concat([length, word]);
  });
  return Buffer.concat([head, ...vocab]);
}

export function writeModelFile(filePath: string, header: Partial<WhisperModelHeader> = {}, seed = 0): string {
  writeFileSync(filePath, modelBytes(header, 1000, seed));
  return filePath;
}
