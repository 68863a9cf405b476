import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { jobTempFolders, processesMentioning } from '../support/engine';
import { makeMedia } from '../support/makeMedia';
import { builtWhisper, haveFile, sharedFixture } from '../support/sharedFixtures';
import { setUpExport, slowPreset, type ExportWorld } from '../electron/engine/export/exportFixture';

/**
 * Issue 12, point 6: SIGKILL a real `guftagu` process while its ffmpeg or whisper works. Within 5 s no
 * tool it started is left running (the watchdog of electron/engine/process/toolSpawn.ts), and the next start
 * removes the job folders and temp files and marks the export 'interrupted'.
 */
const bin = path.resolve(__dirname, '../../bin/guftagu.js');
const CHILD_GRACE_MS = 5_000;

let root: string;
let configDir: string;
/** The killed CLI's temp folder (TMPDIR): `guftagu transcribe` works in here. */
let tempRoot: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-kill9-'));
  configDir = path.join(root, 'config');
  tempRoot = path.join(root, 'tmp');
  mkdirSync(tempRoot, { recursive: true });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function startCli(args: string[], config = configDir): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, GUFTAGU_CONFIG_DIR: config, TMPDIR: tempRoot };
  delete env['GUFTAGU_WORKSPACE'];
  return spawn(process.execPath, [bin, ...args], { env, stdio: 'ignore' });
}

async function waitUntil(what: string, test: () => boolean, limitMs = 90_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** SIGKILLs the CLI and returns how long until nothing mentions `marker` any more (or the survivors). */
async function killAndWatch(cli: ChildProcess, marker: string): Promise<number[]> {
  const exited = new Promise((resolve) => cli.once('exit', resolve));
  cli.kill('SIGKILL');
  await exited;
  const deadline = Date.now() + CHILD_GRACE_MS;
  while (Date.now() < deadline && processesMentioning(marker).length > 0)
    await new Promise((resolve) => setTimeout(resolve, 100));
  return processesMentioning(marker);
}

describe('kill -9 of the guftagu CLI', () => {
  it('import: ffmpeg ends within 5 s; the next start removes the job folder', async () => {
    const workspace = path.join(root, 'import-workspace');
    const created = await runCli(configDir, ['session', 'create', 'Killed import', '-w', workspace]);
    expect(created.code, created.stderr).toBe(0);
    // MPEG-2 needs a playable copy: ffmpeg works for many seconds.
    const source = makeMedia(path.join(root, 'media'), 'long camera.mts', {
      durationS: 60,
      width: 1280,
      height: 720,
      codec: 'mpeg2video',
      container: 'mpegts',
    });
    const cli = startCli(['import', source, '--session', 'Killed import', '-w', workspace]);
    await waitUntil(
      'ffmpeg working on the import',
      () => processesMentioning(source).length > 0 && jobTempFolders(workspace).length > 0,
    );

    expect(await killAndWatch(cli, source)).toEqual([]);
    expect(jobTempFolders(workspace)).toHaveLength(1);

    const next = await runCli(configDir, ['session', 'list', '--json', '-w', workspace]);
    expect(next.code, next.stderr).toBe(0);
    expect(jobTempFolders(workspace)).toEqual([]);
    const sessionsFolder = path.join(workspace, 'sessions');
    for (const session of readdirSync(sessionsFolder)) {
      const media = path.join(sessionsFolder, session, 'media');
      // The media folder that only held the killed job's files is gone too.
      expect(existsSync(media) ? readdirSync(media) : []).toEqual([]);
    }
  });

  const model = sharedFixture('models/for-tests-ggml-base.bin');
  const tinyModel = sharedFixture('models/for-tests-ggml-tiny.bin');
  const speech = sharedFixture('audio/jfk.wav');
  it.runIf(haveFile(model) && haveFile(tinyModel) && haveFile(speech) && haveFile(builtWhisper))(
    'transcribe: whisper ends within 5 s; the next start removes its temp folder and audio.wav',
    async () => {
      // A minute of sound for the base model: whisper is busy long enough to be killed mid-way.
      const long = makeMedia(path.join(root, 'media'), 'long talk.mp3', { durationS: 60, video: false });
      const cli = startCli(['transcribe', long, '--model', model, '--language', 'ur', '--format', 'srt']);
      // whisper-cli reading the audio the CLI extracted into its temp folder (the CLI's own arguments name
      // the model too, so look for the temp folder).
      const whisperRunning = () =>
        processesMentioning(tempRoot).some((pid) =>
          readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('whisper-cli'),
        );
      await waitUntil('whisper working', whisperRunning);
      const temps = readdirSync(tempRoot).filter((name) => name.startsWith('guftagu-transcribe-'));
      expect(temps).toHaveLength(1);
      expect(existsSync(path.join(tempRoot, temps[0] ?? '', 'audio.wav'))).toBe(true);

      expect(await killAndWatch(cli, tempRoot)).toEqual([]);
      expect(readdirSync(tempRoot).filter((name) => name.startsWith('guftagu-transcribe-'))).toHaveLength(1);

      // The next `guftagu transcribe` sweeps what the killed one left, then does its own work.
      const next = startCli([
        'transcribe',
        speech,
        '--model',
        tinyModel,
        '--language',
        'en',
        '--format',
        'srt',
      ]);
      const code = await new Promise<number | null>((resolve) => next.once('exit', resolve));
      expect(code).toBe(0);
      expect(readdirSync(tempRoot).filter((name) => name.startsWith('guftagu-'))).toEqual([]);
    },
  );

  describe('export', () => {
    let world: ExportWorld;

    beforeAll(async () => {
      world = await setUpExport({ durationS: 30, clipEndMs: 30_000 });
      await world.engine.api['presets.save']({ preset: slowPreset });
      await world.engine.close();
    });

    afterAll(() => rmSync(world.root, { recursive: true, force: true }));

    it('ffmpeg ends within 5 s; the next start removes the job folder and shows the export interrupted', async () => {
      const output = path.join(world.root, 'killed export');
      const cli = startCli(
        [
          'export',
          world.sessionId,
          '--presets',
          slowPreset.id,
          '--output',
          output,
          '-w',
          world.workspacePath,
        ],
        world.configDir,
      );
      await waitUntil(
        'ffmpeg encoding the clip',
        () => processesMentioning(world.sourcePath).length > 0 && jobTempFolders(output).length > 0,
      );
      expect(await killAndWatch(cli, world.sourcePath)).toEqual([]);
      expect(jobTempFolders(output)).toHaveLength(1);
      const queueFile = path.join(world.workspacePath, 'export-queue.json');
      const stateOf = () =>
        (JSON.parse(readFileSync(queueFile, 'utf8')) as { records: { state: string }[] }).records.map(
          (record) => record.state,
        );
      expect(stateOf()).toEqual(['running']);

      const next = await runCli(world.configDir, ['session', 'list', '-w', world.workspacePath]);
      expect(next.code, next.stderr).toBe(0);
      expect(jobTempFolders(output)).toEqual([]);
      await waitUntil('the export marked interrupted', () => stateOf()[0] === 'interrupted', 15_000);
      expect(processesMentioning(world.sourcePath)).toEqual([]);
    });
  });
});
