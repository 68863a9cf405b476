import path from 'node:path';
import { createEngine } from '../engine/engine';
import { startServer } from './server';

/** `npm run serve`: the app in a browser, against the real engine, on 127.0.0.1 only. */
async function main(): Promise<void> {
  const workspaceFlag = process.argv.indexOf('--workspace');
  const engine = await createEngine({
    ...(workspaceFlag > 0 && process.argv[workspaceFlag + 1]
      ? { workspacePath: process.argv[workspaceFlag + 1] }
      : {}),
    binding: 'browser',
  });
  const port = process.env['GUFTAGU_PORT'] ? Number(process.env['GUFTAGU_PORT']) : 5780;
  const server = await startServer({
    engine,
    staticDir: path.resolve(__dirname, '../../renderer/dist'),
    port,
    ...(process.env['GUFTAGU_TOKEN'] ? { token: process.env['GUFTAGU_TOKEN'] } : {}),
    ...uploadLimitFromEnv(process.env['GUFTAGU_MAX_UPLOAD_MB']),
  });
  process.stdout.write(
    `Guftagu is running in browser mode.\n  Workspace: ${engine.workspacePath}\n  Open: ${server.openUrl}\n(Ctrl+C stops it.)\n`,
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('Stopping: cancelling running jobs…\n');
    await engine.close();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

/** GUFTAGU_MAX_UPLOAD_MB: the largest upload in MiB (a positive whole number). */
function uploadLimitFromEnv(value: string | undefined): { maxUploadBytes?: number } {
  if (value === undefined || value.trim() === '') return {};
  const megabytes = Number(value);
  if (!Number.isInteger(megabytes) || megabytes <= 0) {
    throw new Error(`GUFTAGU_MAX_UPLOAD_MB must be a positive whole number of MiB, not "${value}".`);
  }
  return { maxUploadBytes: megabytes * 1024 * 1024 };
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const hint =
    typeof error === 'object' && error !== null && 'hint' in error
      ? `\n${String((error as { hint: unknown }).hint)}`
      : '';
  process.stderr.write(`guftagu serve: ${message}${hint}\n`);
  process.exit(1);
});
