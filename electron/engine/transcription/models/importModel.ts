import { engineError } from '../../../../shared/errorTexts';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { findCatalogueModel, modelIdFromFileName } from '../../../../shared/model/whisperModels';
import { copyIntoFolder, digestFile, moveIntoFolder, recordChecksum } from './files';
import { isWhisperModelFile } from './verify';

export interface ImportModelOptions {
  /**
   * The source is a temp file the caller gives away (an upload): it is moved into the folder (copied only
   * across file systems), not copied. When the import ends without taking it, it stays the caller's to remove.
   */
  moveSource?: boolean;
  signal?: AbortSignal;
}

/**
 * Copies (or with `moveSource`, moves) a model file the user already has into the folder (after checking its
 * header) and returns the file name it got; `added` is false when the file was there already. A name that is
 * taken gets a "-2" suffix, unless the file there is the same. A file named like a catalogue model must match
 * that model's size and checksum.
 */
export async function importModelFile(
  folder: string,
  sourcePath: string,
  options: ImportModelOptions = {},
): Promise<{ fileName: string; sha256: string; added: boolean }> {
  const { signal } = options;
  const source = path.resolve(sourcePath);
  await isWhisperModelFile(source);
  if (path.dirname(source) === path.resolve(folder) && source.endsWith('.bin'))
    return {
      fileName: path.basename(source),
      sha256: (await digestFile(source, signal)).sha256,
      added: false,
    };
  const sourceStat = await fs.stat(source);
  const stem = path.basename(source).replace(/\.bin$/i, '');
  for (let index = 1; ; index += 1) {
    const candidate = `${stem}${index === 1 ? '' : `-${index}`}.bin`;
    const entry = findCatalogueModel(candidate);
    // "small.bin" would read as the catalogue id "small" while it is not ggml-small.bin: skip such names.
    if (!entry && findCatalogueModel(modelIdFromFileName(candidate))) continue;
    const existing = await fs.stat(path.join(folder, candidate)).catch(() => undefined);
    if (existing) {
      if (
        existing.size === sourceStat.size &&
        (await sameContent(source, path.join(folder, candidate), signal))
      ) {
        return { fileName: candidate, sha256: (await digestFile(source, signal)).sha256, added: false };
      }
      continue;
    }
    let verified: 'sha256' | 'sha1' | undefined;
    let sha256 = '';
    await (options.moveSource ? moveIntoFolder : copyIntoFolder)(
      source,
      folder,
      candidate,
      (digests) => {
        sha256 = digests.sha256;
        if (!entry) return;
        verified = entry.sha256 ? 'sha256' : entry.sha1 ? 'sha1' : undefined;
        const expected = verified ? entry[verified] : undefined;
        if (digests.sizeBytes !== entry.bytes || (verified && expected !== digests[verified])) {
          throw engineError('model-import-misnamed', {
            name: path.basename(source),
            official: entry.fileName,
          });
        }
      },
      signal,
    );
    if (verified) await recordChecksum(folder, candidate, verified);
    return { fileName: candidate, sha256, added: true };
  }
}

async function sameContent(first: string, second: string, signal?: AbortSignal): Promise<boolean> {
  const [a, b] = await Promise.all([digestFile(first, signal), digestFile(second, signal)]);
  return a.sha256 === b.sha256;
}
