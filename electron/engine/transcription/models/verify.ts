import { engineError } from '../../../../shared/errorTexts';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { type GuftaguError } from '../../../../shared/errors';
import type { WhisperModelHeader } from '../../../../shared/model/whisperModels';

/** "ggml" as whisper.cpp writes it: a little-endian uint32. */
export const GGML_MAGIC = 0x67676d6c;
/** Magic plus eleven int32 hyper-parameters. */
export const MODEL_HEADER_BYTES = 48;

const WINDOW_BYTES = 1024 * 1024;

export interface ModelFileCheck {
  header: WhisperModelHeader;
  sizeBytes: number;
  /** Where the vocabulary ends and the weights begin. */
  weightsOffset: number;
}

/** Reads and sanity-checks only the 48-byte header: cheap enough for every listing. */
export async function readWhisperModelHeader(filePath: string): Promise<WhisperModelHeader> {
  return withModelFile(filePath, async (handle, sizeBytes) => {
    const reader = new WindowReader(handle, sizeBytes, filePath);
    return parseHeader(await reader.bytes(0, Math.min(MODEL_HEADER_BYTES, sizeBytes)), filePath);
  });
}

/**
 * Checks that a file is a whisper.cpp ggml model: the magic, sane hyper-parameters, and that the mel
 * filters and the vocabulary that follow are complete (a file cut short there is rejected).
 * Returns the parsed header; throws a GuftaguError ('invalid-request' or 'file-damaged') otherwise.
 */
export async function isWhisperModelFile(filePath: string): Promise<ModelFileCheck> {
  return withModelFile(filePath, async (handle, sizeBytes) => {
    const reader = new WindowReader(handle, sizeBytes, filePath);
    const header = parseHeader(await reader.bytes(0, Math.min(MODEL_HEADER_BYTES, sizeBytes)), filePath);
    let offset = MODEL_HEADER_BYTES;
    const nMel = await reader.int32(offset);
    const nFft = await reader.int32(offset + 4);
    if (nMel !== header.nMels || nFft < 1 || nFft > 100_000)
      throw damaged(filePath, 'the mel filter table is wrong');
    offset += 8 + nMel * nFft * 4;
    const nTokens = await reader.int32(offset);
    if (nTokens < 1 || nTokens > header.nVocab) throw damaged(filePath, 'the vocabulary size is wrong');
    offset += 4;
    for (let token = 0; token < nTokens; token += 1) {
      const length = await reader.uint32(offset);
      if (length > 1024) throw damaged(filePath, `token ${token} is ${length} bytes long`);
      offset += 4 + length;
    }
    if (offset > sizeBytes) throw damaged(filePath, 'the file ends inside the vocabulary');
    return { header, sizeBytes, weightsOffset: offset };
  });
}

async function withModelFile<T>(
  filePath: string,
  use: (handle: FileHandle, sizeBytes: number) => Promise<T>,
): Promise<T> {
  const name = path.basename(filePath);
  let handle: FileHandle;
  try {
    handle = await fs.open(filePath, 'r');
  } catch (error) {
    throw openError(filePath, error);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw engineError('model-is-folder', { name });
    if (stat.size === 0) throw engineError('model-empty', { name });
    return await use(handle, stat.size);
  } finally {
    await handle.close();
  }
}

function openError(filePath: string, error: unknown): GuftaguError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = path.basename(filePath);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return engineError('model-file-missing', { path: filePath }, { cause: error });
  }
  if (code === 'EISDIR') return engineError('model-is-folder', { name });
  return engineError('model-unreadable', { name, reason: code ?? 'unknown error' }, { cause: error });
}

/**
 * Checks the first 48 bytes of a model (or fewer, when that is all there is): the ggml magic and sane
 * hyper-parameters. `filePath` only names the file in messages. Lets an upload be refused early.
 */
export function parseModelHeaderBytes(bytes: Buffer, filePath: string): WhisperModelHeader {
  if (bytes.length === 0) {
    const name = path.basename(filePath);
    throw engineError('model-empty', { name });
  }
  return parseHeader(bytes, filePath);
}

function parseHeader(bytes: Buffer, filePath: string): WhisperModelHeader {
  const name = path.basename(filePath);
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== GGML_MAGIC) {
    throw engineError('not-a-model', { name, guess: formatGuess(bytes) });
  }
  if (bytes.length < MODEL_HEADER_BYTES) throw damaged(filePath, 'the file ends inside the header');
  const values = Array.from({ length: 11 }, (_, index) => bytes.readInt32LE(4 + index * 4));
  const [
    nVocab,
    nAudioCtx,
    nAudioState,
    nAudioHead,
    nAudioLayer,
    nTextCtx,
    nTextState,
    nTextHead,
    nTextLayer,
    nMels,
    ftype,
  ] = values as [number, number, number, number, number, number, number, number, number, number, number];
  const header: WhisperModelHeader = {
    nVocab,
    nAudioCtx,
    nAudioState,
    nAudioHead,
    nAudioLayer,
    nTextCtx,
    nTextState,
    nTextHead,
    nTextLayer,
    nMels,
    ftype,
  };
  const problem = headerProblem(header);
  if (problem) throw damaged(filePath, problem);
  return header;
}

/** whisper.cpp asserts some of these and misbehaves on the rest; real models are far inside the bounds. */
function headerProblem(h: WhisperModelHeader): string | undefined {
  const within = (value: number, max: number): boolean =>
    Number.isInteger(value) && value >= 1 && value <= max;
  if (!within(h.nVocab, 1_000_000)) return `vocabulary size ${h.nVocab}`;
  if (!within(h.nAudioCtx, 100_000) || !within(h.nTextCtx, 100_000)) return 'context sizes out of range';
  if (!within(h.nAudioState, 100_000) || h.nTextState !== h.nAudioState)
    return 'audio and text widths differ';
  if (!within(h.nAudioHead, 1024) || !within(h.nTextHead, 1024)) return 'head counts out of range';
  if (h.nAudioState % h.nAudioHead !== 0 || h.nTextState % h.nTextHead !== 0)
    return 'width not divisible by heads';
  if (!within(h.nAudioLayer, 1024) || !within(h.nTextLayer, 1024)) return 'layer counts out of range';
  if (!within(h.nMels, 1024)) return `mel count ${h.nMels}`;
  if (h.ftype < 0 || h.ftype % 1000 > 64) return `weight type ${h.ftype}`;
  return undefined;
}

function formatGuess(bytes: Buffer): string {
  const start = bytes.subarray(0, 4).toString('latin1');
  if (start === 'GGUF') return ' (it is a GGUF file, e.g. for llama.cpp)';
  if (start.startsWith('PK'))
    return ' (it looks like a PyTorch or zip file; convert it with whisper.cpp convert-pt-to-ggml.py)';
  return '';
}

function damaged(filePath: string, problem: string): GuftaguError {
  return engineError('model-header-damaged', { name: path.basename(filePath), problem });
}

/** Reads a file through a 1 MiB window so walking thousands of tiny vocabulary entries stays cheap. */
class WindowReader {
  private window = Buffer.alloc(0);
  private windowStart = 0;

  constructor(
    private readonly handle: FileHandle,
    private readonly sizeBytes: number,
    private readonly filePath: string,
  ) {}

  async bytes(offset: number, length: number): Promise<Buffer> {
    if (offset + length > this.sizeBytes) throw damaged(this.filePath, 'the file is cut short');
    if (offset < this.windowStart || offset + length > this.windowStart + this.window.length) {
      const size = Math.min(Math.max(length, WINDOW_BYTES), this.sizeBytes - offset);
      const buffer = Buffer.alloc(size);
      const { bytesRead } = await this.handle.read(buffer, 0, size, offset);
      this.window = buffer.subarray(0, bytesRead);
      this.windowStart = offset;
      if (bytesRead < length) throw damaged(this.filePath, 'the file is cut short');
    }
    return this.window.subarray(offset - this.windowStart, offset - this.windowStart + length);
  }

  async int32(offset: number): Promise<number> {
    return (await this.bytes(offset, 4)).readInt32LE(0);
  }

  async uint32(offset: number): Promise<number> {
    return (await this.bytes(offset, 4)).readUInt32LE(0);
  }
}
