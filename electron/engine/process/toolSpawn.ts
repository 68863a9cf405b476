import { spawn, type ChildProcess } from 'node:child_process';

/**
 * The POSIX watchdog every external tool runs under: a small /bin/sh program (present on every macOS and
 * Linux) that starts the tool ("$@", stdin from /dev/null) and keeps its own stdin, a pipe from Guftagu
 * that Guftagu never writes to, as a lifeline. When Guftagu exits in any way, kill -9 included, the
 * operating system closes that pipe: `read` sees end of file and the watchdog stops the tool (TERM, then
 * KILL after 2 s). A TERM or INT sent to the watchdog (a cancel signals the whole process group) is passed
 * on, and the watchdog waits for the tool and exits with its status.
 *
 * Arguments travel as positional parameters ("$@"), never as text inside the script, so nothing in a path
 * or an argument is ever read by the shell.
 */
export const POSIX_TOOL_WATCHDOG = [
  'exec 3<&0',
  '"$@" 3<&- </dev/null &',
  'tool=$!',
  '{ while read -r _ <&3; do :; done; kill -TERM "$tool"; sleep 2; kill -KILL "$tool"; } 2>/dev/null </dev/null &',
  'lifeline=$!',
  'exec 3<&-',
  `trap 'kill -TERM "$tool" 2>/dev/null' TERM INT HUP`,
  'while :; do wait "$tool"; status=$?; kill -0 "$tool" 2>/dev/null || break; done',
  'kill "$lifeline" 2>/dev/null',
  'exit "$status"',
].join('\n');

/** $0 of the watchdog shell: how it shows up in `ps`. */
const WATCHDOG_NAME = 'guftagu-watchdog';

export interface ToolSpawnOptions {
  cwd?: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Starts an external tool so that it cannot outlive this process.
 *
 * - macOS and Linux: under POSIX_TOOL_WATCHDOG, as the leader of its own process group (so a cancel can
 *   signal the watchdog, the tool and anything the tool started in one call).
 * - Windows: directly. Node (libuv) puts every child it starts without `detached` into one job object
 *   created with JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE, so Windows ends the tool when this process ends,
 *   however it ends; a cancel uses `taskkill /T`.
 *
 * Both hold in the CLI, the server and the Electron app alike (no Electron "run as node" mode needed). The
 * returned child's stdout and stderr are the tool's; its stdin is the lifeline and must stay unwritten.
 */
export function spawnTool(binary: string, args: readonly string[], options: ToolSpawnOptions): ChildProcess {
  if (process.platform === 'win32') {
    return spawn(binary, [...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
  }
  const child = spawn('/bin/sh', ['-c', POSIX_TOOL_WATCHDOG, WATCHDOG_NAME, binary, ...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  // Nothing is ever written to the lifeline; a write error after the watchdog ended is of no interest.
  child.stdin?.on('error', () => undefined);
  return child;
}
