import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VAD_BASE_URL_ENV, vadModel } from '../../../../../shared/model/vadModels';
import { startTestEngine, waitForJobs, type TestEngine } from '../../../../support/engine';
import { useModelServer } from './modelServer';

const startServer = useModelServer();
let test: TestEngine;
const saved = { base: process.env[VAD_BASE_URL_ENV], own: process.env['GUFTAGU_VAD_MODEL'] };

beforeEach(async () => {
  delete process.env['GUFTAGU_VAD_MODEL'];
  test = await startTestEngine();
});
afterEach(async () => {
  await test.dispose();
  for (const [name, value] of [
    [VAD_BASE_URL_ENV, saved.base],
    ['GUFTAGU_VAD_MODEL', saved.own],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('the VAD model in the model manager', () => {
  it('is listed as missing, downloads as a job with byte progress, and a wrong file is refused by its sha256', async () => {
    const list = await test.engine.api['models.list']({});
    expect(list.vad).toMatchObject({
      id: vadModel.id,
      fileName: vadModel.fileName,
      bytes: vadModel.bytes,
      kind: 'voice-activity-detection',
      state: 'missing',
    });
    // The mirror serves a file of the right size whose bytes differ: the checksum must catch it.
    const server = await startServer({
      files: { [vadModel.fileName]: Buffer.alloc(vadModel.bytes, 7) },
      chunkDelayMs: 0,
    });
    process.env[VAD_BASE_URL_ENV] = server.baseUrl;
    const { jobId } = await test.engine.api['models.download']({ id: vadModel.id });
    const [job] = await waitForJobs(test.engine, [jobId]);
    expect(job?.state).toBe('failed');
    expect(job?.error?.code).toBe('file-damaged');
    expect(job?.error?.message).toMatch(/sha256 does not match/);
    expect(test.jobEvents.some((event) => event.id === jobId && event.progress > 0)).toBe(true);
    expect(server.requests[0]?.path).toBe(`/models/${vadModel.fileName}`);
    const vadFolder = path.join(test.configDir, 'models', 'vad');
    expect(readdirSync(vadFolder)).toEqual([]);
    expect((await test.engine.api['models.list']({})).vad.state).toBe('missing');
  });

  it('shows an installed VAD model (and its disk use), removes it, and says when there is nothing to remove', async () => {
    const vadFolder = path.join(test.configDir, 'models', 'vad');
    mkdirSync(vadFolder, { recursive: true });
    writeFileSync(path.join(vadFolder, vadModel.fileName), Buffer.alloc(vadModel.bytes));
    const list = await test.engine.api['models.list']({});
    expect(list.vad.state).toBe('installed');
    expect(list.vad.path).toBe(path.join(vadFolder, vadModel.fileName));
    expect(list.diskUseBytes).toBe(vadModel.bytes);
    expect(list.installed).toEqual([]);

    expect(await test.engine.api['models.remove']({ id: vadModel.id })).toEqual({
      removed: [vadModel.fileName],
    });
    expect(existsSync(path.join(vadFolder, vadModel.fileName))).toBe(false);
    await expect(test.engine.api['models.remove']({ id: 'vad' })).rejects.toThrow(/not installed/);
  });

  it('calls a cut file damaged and counts an unfinished download', async () => {
    const vadFolder = path.join(test.configDir, 'models', 'vad');
    mkdirSync(vadFolder, { recursive: true });
    writeFileSync(path.join(vadFolder, vadModel.fileName), Buffer.alloc(1000));
    writeFileSync(path.join(vadFolder, `${vadModel.fileName}.partial`), Buffer.alloc(500));
    const { vad, diskUseBytes } = await test.engine.api['models.list']({});
    expect(vad).toMatchObject({ state: 'damaged', sizeBytes: 1000, partialBytes: 500 });
    expect(diskUseBytes).toBe(1500);
  });
});
