import { z } from 'zod';
import { TOKEN_HEADER } from '../../../shared/api/wire';
import { errorInfoSchema, GuftaguError } from '../../../shared/errors';

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

/** POSTs one file to /upload and resolves to the path the server stored it under. */
export function uploadFile(
  file: File,
  token: string | undefined,
  onProgress: (loadedBytes: number, totalBytes: number) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/upload?name=${encodeURIComponent(file.name)}`);
    if (token) request.setRequestHeader(TOKEN_HEADER, token);
    request.upload.onprogress = (event) =>
      onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onload = () => {
      try {
        resolve(parseUploadReply(request.status, request.responseText, file.name));
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
    request.send(file);
  });
}
