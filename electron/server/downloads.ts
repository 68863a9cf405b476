import { promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { ExportJobRecord } from '../../shared/model/clips';
import { exportDownloadFiles, zipNameOf } from '../../shared/export/downloads';
import { isInsideFolder, isWorkspaceOutput } from '../../shared/security/browserPathScope';
import type { Engine } from '../engine/types';
import { RequestRefused } from './refusal';
import { sendFile } from './sendFile';

const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';

const notServed = () =>
  new RequestRefused(
    403,
    'unauthorized',
    "Only files in the workspace's exports folders can be downloaded.",
    'Export into the workspace (leave the output folder empty), then download.',
  );

/** The file's real path when it is a regular file inside one of the workspace's export folders; refuses otherwise. */
export async function exportedFileOrRefuse(workspacePath: string, filePath: string): Promise<string> {
  const workspace = await fs.realpath(path.resolve(workspacePath));
  const real = await fs.realpath(path.resolve(workspace, filePath)).catch(() => undefined);
  if (real === undefined)
    throw new RequestRefused(404, 'not-found', 'That exported file is gone.', 'Export the clip again.');
  if (!isInsideFolder(real, workspace, path.sep, caseInsensitive)) throw notServed();
  if (!isWorkspaceOutput(path.relative(workspace, real).split(path.sep))) throw notServed();
  const stat = await fs.stat(real);
  if (!stat.isFile()) throw notServed();
  return real;
}

async function batchRecords(engine: Engine, batchId: string): Promise<ExportJobRecord[]> {
  const records = await engine.api['export.queue']({ batchId });
  if (records.length === 0)
    throw new RequestRefused(404, 'not-found', 'No such export batch.', 'Refresh the session.');
  return records;
}

const attachment = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** GET /download/<batchId>/<recordId>/<index>: one output of an export (0 the video, then its sidecars). */
export async function sendExportedFile(
  engine: Engine,
  request: IncomingMessage,
  response: ServerResponse,
  [batchId = '', recordId = '', index = '']: readonly string[],
  headers: Record<string, string>,
): Promise<void> {
  const records = await batchRecords(engine, batchId);
  const record = records.find((candidate) => candidate.id === recordId);
  const wanted = /^\d{1,3}$/.test(index) ? Number(index) : -1;
  const file = record ? exportDownloadFiles(record)[wanted] : undefined;
  if (file === undefined)
    throw new RequestRefused(404, 'not-found', 'That export has no such file.', 'Refresh the session.');
  const real = await exportedFileOrRefuse(engine.workspacePath, file);
  await sendFile(request, response, real, {
    ...headers,
    'cache-control': 'no-store',
    'content-disposition': attachment(path.basename(real)),
  });
}

/**
 * GET /zip/<batchId>: every finished output of the batch (videos, sidecars, the manifest) in one store-only
 * ZIP, streamed file by file (nothing is held in memory; videos are already compressed).
 */
export async function sendBatchZip(
  engine: Engine,
  request: IncomingMessage,
  response: ServerResponse,
  batchId: string,
  headers: Record<string, string>,
): Promise<void> {
  const records = await batchRecords(engine, batchId);
  const wanted = [...new Set(records.flatMap((record) => exportDownloadFiles(record)))];
  const manifest = records[0]?.outputFolder;
  if (manifest !== undefined) {
    for (const name of ['manifest.csv', `manifest-${batchId}.csv`]) wanted.push(path.join(manifest, name));
  }
  const files: string[] = [];
  for (const file of wanted) {
    const real = await exportedFileOrRefuse(engine.workspacePath, file).catch((error: unknown) => {
      if (error instanceof RequestRefused && error.status === 404) return undefined;
      throw error;
    });
    if (real !== undefined && !files.includes(real)) files.push(real);
  }
  if (files.length === 0)
    throw new RequestRefused(
      404,
      'not-found',
      'This batch has no finished files yet.',
      'Wait for the export.',
    );
  response.writeHead(200, {
    ...headers,
    'content-type': 'application/zip',
    'cache-control': 'no-store',
    'content-disposition': attachment(zipNameOf(batchId)),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const zip = new ZipFile();
  const taken = new Set<string>();
  for (const file of files) {
    let name = path.basename(file);
    for (let n = 2; taken.has(name); n += 1) name = `${path.parse(file).name}-${n}${path.extname(file)}`;
    taken.add(name);
    zip.addFile(file, name, { compress: false });
  }
  zip.end();
  // A file that vanished mid-download: the response stops (a broken zip, never a wrong one).
  zip.on('error', () => response.destroy());
  zip.outputStream.on('error', () => response.destroy());
  // The browser gave up: stop reading files (yazl's output is a PassThrough).
  response.on('close', () => {
    if (!response.writableFinished) (zip.outputStream as unknown as Readable).destroy();
  });
  zip.outputStream.pipe(response);
}
