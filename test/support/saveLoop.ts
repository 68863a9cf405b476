// Child process for the crash-safety test: saves a session over and over, printing after each save,
// until it is killed. Large notes make each write take long enough to be interrupted mid-way.
import { SessionStore } from '../../electron/engine/workspace/sessionStore';

async function main(): Promise<void> {
  const [workspacePath, sessionId] = process.argv.slice(2);
  if (!workspacePath || !sessionId) throw new Error('usage: saveLoop <workspace> <sessionId>');
  const store = new SessionStore(workspacePath, { backupPolicy: { minIntervalMs: 0, keep: 3 } });
  for (let round = 1; ; round += 1) {
    const notes = `round ${round} `.repeat(400_000);
    await store.update(sessionId, (session) => {
      session.notes = notes;
    });
    process.stdout.write(`saved ${round}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exit(1);
});
