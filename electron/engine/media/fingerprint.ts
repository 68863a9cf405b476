import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { fileKind, NON_BLOCKING_READ, notRegularFileError, statRegularFile } from '../workspace/regularFile';

const SAMPLE_BYTES = 1024 * 1024;

/**
 * A content fingerprint that stays fast on multi-gigabyte footage: SHA-256 of the size and of 1 MiB at
 * the start, the middle and the end (files up to 3 MiB are hashed whole). The same file copied elsewhere
 * or renamed gets the same fingerprint; any real re-encode or other recording does not.
 */
export async function fingerprintFile(filePath: string): Promise<string> {
  await statRegularFile(filePath, 'media file');
  const handle = await fs.open(filePath, NON_BLOCKING_READ);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw notRegularFileError(filePath, fileKind(stat), 'media file');
    const { size } = stat;
    const hash = createHash('sha256');
    hash.update(`guftagu-fp-v1:${size}:`);
    const offsets =
      size <= SAMPLE_BYTES * 3 ? [0] : [0, Math.floor(size / 2 - SAMPLE_BYTES / 2), size - SAMPLE_BYTES];
    const length = size <= SAMPLE_BYTES * 3 ? size : SAMPLE_BYTES;
    const buffer = Buffer.alloc(length);
    for (const offset of offsets) {
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      hash.update(buffer.subarray(0, bytesRead));
    }
    return hash.digest('hex');
  } finally {
    await handle.close();
  }
}
