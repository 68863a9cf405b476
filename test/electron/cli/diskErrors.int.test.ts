import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfmpeg } from '../../../electron/engine/media/ffmpegRun';
import { GuftaguError } from '../../../shared/errors';
import { runCli, type CliResult } from '../../support/cli';
import { bundledFfmpeg, makeMedia } from '../../support/makeMedia';

// Issue 12 point 7: a full, read-only or denied disk is told as such, with a hint, and no stack trace
// unless --verbose. ffmpeg meets a real full disk through /dev/full; the CLI meets real full and read-only
// disks on a small tmpfs mounted for the test (where the machine lets the test mount one: root with
// CAP_SYS_ADMIN, as in CI's container). Injected failures for every errno are in the unit tests
// (fileLock.test.ts, atomicWrite.test.ts, diskErrors.test.ts).

const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-disk-errors-'));
const mountPoint = path.join(root, 'disk');
const configDir = path.join(root, 'config');
mkdirSync(mountPoint);

const mount = (...args: string[]) => spawnSync('mount', args, { encoding: 'utf8' }).status === 0;
const canMount = process.platform === 'linux' && mount('-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint);

afterAll(() => {
  if (canMount) spawnSync('umount', [mountPoint]);
  rmSync(root, { recursive: true, force: true });
});

function expectToldPlainly(result: CliResult, code: 'disk-full' | 'read-only'): void {
  expect(result.code, result.stdout).toBe(1);
  const words = code === 'disk-full' ? 'the disk is full' : 'the disk is read-only';
  expect(result.stderr).toContain(words);
  expect(result.stderr).toMatch(/^Hint: .+/m);
  expect(result.stderr).not.toContain('Something went wrong');
  expect(result.stderr).not.toContain('bug report');
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toContain('Details:');
  expect(result.stderr).toContain('--verbose');
}

describe('ffmpeg on a full disk', () => {
  it.runIf(existsSync('/dev/full'))(
    "says 'disk-full' with a hint, ffmpeg's words kept as details",
    async () => {
      const error: unknown = await runFfmpeg({
        ffmpegPath: bundledFfmpeg(),
        args: ['-f', 'lavfi', '-i', 'sine=duration=2', '-f', 'wav', '/dev/full'],
        failure: { key: 'audio-extract-failed' },
      }).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(GuftaguError);
      const failure = error as GuftaguError;
      expect(failure.code).toBe('disk-full');
      expect(failure.message).toBe('The sound could not be extracted: the disk is full.');
      expect(failure.hint).toContain('Free some space');
      expect(failure.details).toContain('No space left on device');
    },
  );
});

describe.runIf(canMount)('the CLI on a real read-only and a real full disk', () => {
  const workspace = path.join(mountPoint, 'workspace');
  const guftagu = (...args: string[]) => runCli(configDir, [...args, '-w', workspace]);
  let media = '';

  beforeAll(async () => {
    media = makeMedia(path.join(root, 'media'), 'interview.mp4', { durationS: 2 });
    expect((await guftagu('session', 'create', 'Disk trouble')).code).toBe(0);
  });

  it('read-only: participant add, session edit, session create and import say so, nothing changed', async () => {
    expect(mount('-o', 'remount,ro', mountPoint)).toBe(true);
    try {
      const results = await Promise.all([
        guftagu('participant', 'add', 'disk trouble', '--name', 'Ayesha', '--gender', 'woman'),
        guftagu('session', 'edit', 'disk trouble', '--city', 'Lahore'),
        guftagu('session', 'create', 'Another'),
        guftagu('import', media, '--session', 'disk trouble'),
      ]);
      for (const result of results) expectToldPlainly(result, 'read-only');
      const verbose = await guftagu(
        'participant',
        'add',
        'disk trouble',
        '--name',
        'A',
        '--gender',
        'man',
        '--verbose',
      );
      expect(verbose.stderr).toContain('the disk is read-only');
      expect(verbose.stderr).toMatch(/^Details:\n\s+EROFS/m);
    } finally {
      expect(mount('-o', 'remount,rw', mountPoint)).toBe(true);
    }
    const list = await guftagu('participant', 'list', 'disk trouble', '--json');
    expect(JSON.parse(list.stdout)).toEqual([]);
  });

  it('full: participant add, session edit and import say so; the session is intact afterwards', async () => {
    const filler = path.join(mountPoint, 'filler');
    // Fill the disk to the last block.
    const block = Buffer.alloc(64 * 1024);
    try {
      for (let index = 0; ; index += 1) writeFileSync(`${filler}-${index}`, block);
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    try {
      const results = await Promise.all([
        guftagu('participant', 'add', 'disk trouble', '--name', 'Ayesha', '--gender', 'woman'),
        guftagu('session', 'edit', 'disk trouble', '--city', 'Lahore'),
        guftagu('import', media, '--session', 'disk trouble'),
      ]);
      for (const result of results) expectToldPlainly(result, 'disk-full');
    } finally {
      for (const name of readdirSync(mountPoint).filter((entry) => entry.startsWith('filler')))
        rmSync(path.join(mountPoint, name));
    }
    const added = await guftagu('participant', 'add', 'disk trouble', '--name', 'Sana', '--gender', 'woman');
    expect(added.code, added.stderr).toBe(0);
  });
});
