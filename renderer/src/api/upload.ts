import { z } from 'zod';
import { TOKEN_HEADER } from '../../../shared/api/wire';
import { errorInfoSchema, GuftaguError } from '../../../shared/errors';
import { installedModelSchema, type InstalledModel } from '../../../shared/model/whisperModels';

export interface UploadProgress {
  fileName: string;
  fileIndex: number;
  fileCount: number;
  loadedBytes: number;
  totalBytes: number;
}
export type UploadProgressListener = (progress: UploadProgress) => void;

const uploadReplySchema = z.object({ path: z.string().min(1) });

/** Reads the server's answer to an upload: `{ path }` on success, an ErrorInfo otherwise. */
export function parseUploadReply(status: number, body: string, fileName: string): string {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  if (status >= 200 && status < 300) {
    const reply = uploadReplySchema.safeParse(json);
    if (reply.success) return reply.data.path;
  } else {
    const info = errorInfoSchema.safeParse(json);
    if (info.success) throw GuftaguError.fromInfo(info.data);
  }
  throw new GuftaguError(
    'internal',
    `Uploading ${fileName} failed (HTTP ${status}).`,
    'Check that the Guftagu server is still running and that its disk has space, then try again.',
  );
}

/**
 * POSTs `file` to `url` with the session token and upload progress; `read` turns the finished request into
 * the answer (or throws). A failed connection rejects with advice; aborting `signal` rejects as canceled.
 */
function postFile<T>(
  url: string,
  file: File,
  token: string | undefined,
  onProgress: (loadedBytes: number, totalBytes: number) => void,
  read: (request: XMLHttpRequest) => T,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    if (token) request.setRequestHeader(TOKEN_HEADER, token);
    request.upload.onprogress = (event) =>
      onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    const canceled = () =>
      reject(new GuftaguError('canceled', `The upload of ${file.name} was stopped; nothing was added.`, ''));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.onabort = canceled;
    request.onload = () => {
      try {
        resolve(read(request));
      } catch (error) {
        reject(error);
      }
    };
    request.onerror = () =>
      reject(
        new GuftaguError(
          'internal',
          `Could not upload ${file.name}: the connection failed.`,
          'Check that the Guftagu server is still running, then try again.',
        ),
      );
    if (signal?.aborted) {
      canceled();
      return;
    }
    request.send(file);
  });
}

/** POSTs one file to /upload and resolves to the path the server stored it under. */
export function uploadFile(
  file: File,
  token: string | undefined,
  onProgress: (loadedBytes: number, totalBytes: number) => void,
): Promise<string> {
  return postFile(`/upload?name=${encodeURIComponent(file.name)}`, file, token, onProgress, (request) =>
    parseUploadReply(request.status, request.responseText, file.name),
  );
}

/** What the Models dialog sends with an uploaded model file. */
export interface ModelUploadDetails {
  displayName?: string;
  languages?: readonly string[];
}

const modelReplySchema = z.object({ model: installedModelSchema });

/**
 * POSTs a model file to /upload-model (browser mode); the server checks its header as it arrives and
 * imports it with its name and languages. Aborting `signal` stops the upload; the server keeps nothing.
 */
export function uploadModelFile(
  file: File,
  token: string | undefined,
  details: ModelUploadDetails,
  onProgress: (loadedBytes: number, totalBytes: number) => void,
  signal?: AbortSignal,
): Promise<InstalledModel> {
  const query = new URLSearchParams({ name: file.name });
  if (details.displayName) query.set('displayName', details.displayName);
  if (details.languages) query.set('languages', details.languages.join(','));
  const read = (request: XMLHttpRequest): InstalledModel => {
    let json: unknown;
    try {
      json = JSON.parse(request.responseText);
    } catch {
      json = undefined;
    }
    const reply = modelReplySchema.safeParse(json);
    if (request.status >= 200 && request.status < 300 && reply.success) return reply.data.model;
    // A status of 300 or more always throws: the server's error, or a generic one (a 2xx without a model is a
    // broken reply, read as a 500).
    parseUploadReply(request.status >= 300 ? request.status : 500, request.responseText, file.name);
    throw new Error('unreachable: parseUploadReply returned for an error status');
  };
  return postFile(`/upload-model?${query.toString()}`, file, token, onProgress, read, signal);
}
