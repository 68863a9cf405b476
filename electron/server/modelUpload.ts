import { promises as fs } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { GuftaguError } from '../../shared/errors';
import { engineError } from '../../shared/errorTexts';
import { modelDisplayNameSchema, parseModelLanguages } from '../../shared/model/modelRegistry';
import type { InstalledModel } from '../../shared/model/whisperModels';
import { MODEL_HEADER_BYTES, parseModelHeaderBytes } from '../engine/transcription/models/verify';
import type { Engine } from '../engine/types';
import { declaredLength, tooLarge } from './body';
import { RequestRefused } from './refusal';
import { freeBytes, receiveUpload, safeFileName, type UploadLimits } from './upload';

/** large-v3 is 3.1 GB; nothing whisper.cpp loads is larger than this. */
export const DEFAULT_MODEL_UPLOAD_LIMIT_BYTES = 4 * 1024 * 1024 * 1024;

export interface ModelUploadQuery {
  name: string;
  displayName?: string;
  languages?: string[];
}

/** `?name=<file>.bin&displayName=…&languages=ur,en`, refused with a 400 before any byte is read. */
export function parseModelUploadQuery(query: URLSearchParams): ModelUploadQuery {
  const name = safeFileName(query.get('name') ?? 'model.bin');
  const rawName = query.get('displayName');
  const rawLanguages = query.get('languages');
  let displayName: string | undefined;
  if (rawName !== null && rawName.trim() !== '') {
    const parsed = modelDisplayNameSchema.safeParse(rawName);
    if (!parsed.success)
      throw new RequestRefused(400, 'invalid-request', parsed.error.issues[0]?.message ?? 'Bad name.', '');
    displayName = parsed.data;
  }
  let languages: string[] | undefined;
  if (rawLanguages !== null) {
    try {
      languages = parseModelLanguages(rawLanguages);
    } catch (error) {
      throw new RequestRefused(
        400,
        'invalid-request',
        error instanceof Error ? error.message : String(error),
        'Type languages as codes separated by commas, for example ur, en.',
      );
    }
  }
  return {
    name: name.toLowerCase().endsWith('.bin') ? name : `${name}.bin`,
    ...(displayName ? { displayName } : {}),
    ...(languages ? { languages } : {}),
  };
}

/**
 * Holds back the first 48 bytes until they read as a whisper.cpp ggml header; anything else (a GGUF, a
 * video, a text file, an empty body) stops the upload with a 415 before more is written.
 */
export function modelHeaderGuard(fileName: string): Transform {
  let head = Buffer.alloc(0);
  let checked = false;
  const check = (): RequestRefused | undefined => {
    try {
      parseModelHeaderBytes(head, fileName);
      return undefined;
    } catch (error) {
      const info = error instanceof GuftaguError ? error : undefined;
      return new RequestRefused(
        415,
        'invalid-request',
        info?.message ?? `${fileName} is not a whisper.cpp ggml model file.`,
        info?.hint ?? 'Choose a ggml-<name>.bin file made for whisper.cpp.',
      );
    }
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (checked) {
        callback(null, chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      if (head.length < MODEL_HEADER_BYTES) {
        callback();
        return;
      }
      checked = true;
      const refusal = check();
      if (refusal) callback(refusal);
      else callback(null, head);
    },
    flush(callback) {
      if (checked) {
        callback();
        return;
      }
      const refusal = check();
      if (refusal) callback(refusal);
      else callback(null, head);
    },
  });
}

/**
 * The models folder needs room for the model: on the same disk as the uploads the upload is moved there (so the
 * model takes its size once), on another disk it is copied there. Refused with a 507 before a byte is read.
 */
async function checkModelsFolderFits(
  request: IncomingMessage,
  modelsPath: string,
  limits: UploadLimits,
): Promise<void> {
  const declared = declaredLength(request);
  if (declared === undefined) return;
  await fs.mkdir(modelsPath, { recursive: true });
  const needed = declared + limits.reserveBytes;
  const free = await freeBytes(modelsPath);
  if (free !== undefined && needed > free) {
    throw new RequestRefused(
      507,
      'disk-full',
      `There is not enough free space for this model (${Math.ceil(needed / 1024 ** 2)} MiB needed while it is imported; ${Math.floor(free / 1024 ** 2)} MiB free).`,
      'Free some space on the disk that holds the models folder, then upload it again.',
    );
  }
}

/**
 * Browser mode's "Upload model file": streams the body into uploads/ (same guards as media, with a cap
 * that fits large-v3), refuses a non-ggml body at its first 48 bytes, then imports it with its name and
 * languages, moving the uploaded file into the models folder (copied only across disks). What is left of the
 * upload is removed whatever happens; a refused or cancelled upload leaves nothing.
 */
export async function receiveModelUpload(
  request: IncomingMessage,
  engine: Engine,
  query: URLSearchParams,
  limits: UploadLimits,
  /** Aborted when the page goes away (Cancel): a body already received is then not imported. */
  signal?: AbortSignal,
): Promise<InstalledModel> {
  const models = engine.models;
  if (!models)
    throw new RequestRefused(
      501,
      'tool-missing',
      'This server cannot import models.',
      'Use the desktop app.',
    );
  const details = parseModelUploadQuery(query);
  const declared = declaredLength(request);
  if (declared !== undefined && declared > limits.maxBytes) throw tooLarge('The model file', limits.maxBytes);
  await checkModelsFolderFits(request, models.folder, limits);
  const uploaded = await receiveUpload(request, engine.uploadsPath, details.name, limits, () =>
    modelHeaderGuard(details.name),
  );
  try {
    if (signal?.aborted) throw engineError('model-copy-canceled', { name: details.name });
    return await models.importUploaded(
      uploaded,
      { displayName: details.displayName, languages: details.languages },
      signal,
    );
  } finally {
    await fs.rm(path.dirname(uploaded), { recursive: true, force: true });
  }
}
