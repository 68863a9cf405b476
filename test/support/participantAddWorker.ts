// Child process for the many-writers test. It stays alive for several rounds; for each line "go <round>"
// on stdin it runs `guftagu participant add` exactly as the CLI does (a fresh engine, the command, close)
// and answers "done <round> <exit code>" after the command's own output.
import { createInterface } from 'node:readline';
import { participantAddCommand } from '../../electron/cli/programmeCommands';
import { printError } from '../../electron/cli/output';
import { createEngine } from '../../electron/engine/engine';
import type { Engine } from '../../electron/engine/types';

async function addOnce(workspacePath: string, sessionId: string, name: string): Promise<number> {
  let engine: Engine | undefined;
  try {
    engine = await createEngine({ workspacePath, binding: 'cli' });
    return await participantAddCommand(engine, sessionId, { name, gender: 'woman', consent: 'none' });
  } catch (error) {
    printError(error);
    return 1;
  } finally {
    await engine?.close();
  }
}

async function main(): Promise<void> {
  const [workspacePath, sessionId, tag] = process.argv.slice(2);
  if (!workspacePath || !sessionId || !tag)
    throw new Error('usage: participantAddWorker <workspace> <sessionId> <tag>');
  process.stdout.write('ready\n');
  for await (const line of createInterface({ input: process.stdin })) {
    const round = /^go (\d+)$/.exec(line.trim())?.[1];
    if (round === undefined) continue;
    const code = await addOnce(workspacePath, sessionId, `${tag}-r${round}`);
    process.stdout.write(`done ${round} ${code}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exit(1);
});
