import { describe, expect, it } from 'vitest';
import { GuftaguError } from '../../../../shared/errors';
import { runProcess, runProcessOrThrow } from '../../../../electron/engine/process/runProcess';
import { isZombie } from '../../../support/engine';

/** True once the process is gone: kill(pid, 0) says ESRCH (or only a zombie is left for init to reap). */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return isZombie(pid);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function waitUntilGone(pids: number[]): Promise<void> {
  for (let attempt = 0; attempt < 100 && !pids.every(isGone); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function failure(promise: Promise<unknown>): Promise<GuftaguError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GuftaguError)) throw new Error(`expected a GuftaguError, got ${String(error)}`);
  return error;
}

/** Runs a command that prints pids (one per line), aborts once it has printed `count`, returns them. */
async function cancelAfterPids(binary: string, args: string[], count: number) {
  const controller = new AbortController();
  const pids: number[] = [];
  const logged: string[] = [];
  const run = runProcess({
    binary,
    args,
    signal: controller.signal,
    toolName: 'test tool',
    log: (line) => logged.push(line),
    onStdoutLine: (line) => {
      pids.push(Number(line));
      if (pids.length === count) controller.abort();
    },
  });
  const error = await failure(run);
  return { error, pids, logged };
}

describe('runProcess', () => {
  it('cancel kills the process and the child it started', async () => {
    const { error, pids, logged } = await cancelAfterPids(
      '/bin/sh',
      ['-c', 'sleep 30 & echo $!; echo $$; wait'],
      2,
    );
    expect(error.code).toBe('canceled');
    expect(error.hint).not.toBe('');
    expect(logged[0]).toBe("$ /bin/sh -c 'sleep 30 & echo $!; echo $$; wait'");
    expect(pids).toHaveLength(2);
    await waitUntilGone(pids);
    for (const pid of pids) expect(isGone(pid), `pid ${pid}`).toBe(true);
  });

  it('cancel also kills grandchildren that ignore SIGTERM', async () => {
    // node starts a shell that ignores SIGTERM, which starts a sleep (ignoring it too).
    const script = [
      "const { spawn } = require('node:child_process');",
      "const child = spawn('/bin/sh', ['-c', 'trap \"\" TERM; sleep 30 & echo $!; echo $$; wait'], { stdio: ['ignore', 'inherit', 'inherit'] });",
      'console.log(process.pid);',
      'setInterval(() => {}, 1000);',
    ].join('\n');
    const { error, pids } = await cancelAfterPids(process.execPath, ['-e', script], 3);
    expect(error.code).toBe('canceled');
    expect(pids).toHaveLength(3);
    await waitUntilGone(pids);
    for (const pid of pids) expect(isGone(pid), `pid ${pid}`).toBe(true);
  });

  it('refuses to start when already canceled', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(
      runProcess({ binary: '/bin/true', args: [], signal: controller.signal, toolName: 'true' }),
    );
    expect(error.code).toBe('canceled');
  });

  it("says 'tool-missing' for a binary that does not exist", async () => {
    const error = await failure(
      runProcess({ binary: '/nonexistent/ffmpeg', args: ['-version'], toolName: 'ffmpeg' }),
    );
    expect(error.code).toBe('tool-missing');
    expect(error.message).toContain('/nonexistent/ffmpeg');
    expect(error.hint).toContain('guftagu doctor');
  });

  it('captures stdout and resolves with a non-zero exit code', async () => {
    const result = await runProcess({
      binary: '/bin/sh',
      args: ['-c', 'printf "{\\"a\\": 1}"; echo oops >&2; exit 3'],
      captureStdout: true,
      toolName: 'sh',
    });
    expect(result).toEqual({ exitCode: 3, stdout: '{"a": 1}', stderrTail: 'oops' });
  });
});

describe('runProcessOrThrow', () => {
  it("throws 'tool-failed' with the exit code and the stderr tail", async () => {
    const script =
      'for i in $(seq 1 40); do echo "line $i" >&2; done; echo "moov atom not found" >&2; exit 1';
    const error = await failure(
      runProcessOrThrow({
        binary: '/bin/sh',
        args: ['-c', script],
        toolName: 'ffmpeg',
        failure: { key: 'audio-extract-failed' },
      }),
    );
    expect(error.code).toBe('tool-failed');
    expect(error.message).toBe('The sound could not be extracted (ffmpeg exited with code 1).');
    expect(error.hint).toBe('The file may be damaged. The details show what ffmpeg said.');
    expect(error.key).toBe('audio-extract-failed');
    expect(error.params).toMatchObject({ tool: 'ffmpeg', exitCode: 1 });
    const details = error.details?.split('\n') ?? [];
    expect(details).toHaveLength(30);
    expect(details.at(-1)).toBe('moov atom not found');
    expect(details[0]).toBe('line 12');
  });

  it('resolves when the program succeeds', async () => {
    const result = await runProcessOrThrow({
      binary: '/bin/sh',
      args: ['-c', 'echo fine'],
      captureStdout: true,
      toolName: 'sh',
      failure: { key: 'audio-extract-failed' },
    });
    expect(result.stdout).toBe('fine\n');
  });
});
