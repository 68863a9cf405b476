import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { wavHeader } from '../../electron/engine/transcription/wavChunks';
import { useTempDirs } from './tempDir';

/**
 * WAV files for the media readers' tests, in a temp folder removed after each test: `bytes` as they are, or
 * 16-bit mono `samples` behind a canonical 44-byte header.
 */
export function useWavFiles(prefix: string, rateHz: number) {
  const tempDir = useTempDirs(prefix);
  // One folder per test, made when the test first writes (useTempDirs removes it after the test).
  let folder: string | undefined;
  afterEach(() => {
    folder = undefined;
  });
  const here = (): string => (folder ??= tempDir());
  const pathIn = (name: string): string => path.join(here(), name);
  const writeBytes = (name: string, bytes: Buffer): string => {
    const file = pathIn(name);
    writeFileSync(file, bytes);
    return file;
  };
  return {
    writeBytes,
    writeSamples: (name: string, samples: Int16Array): string =>
      writeBytes(name, Buffer.concat([wavHeader(rateHz, samples.byteLength), Buffer.from(samples.buffer)])),
  };
}
