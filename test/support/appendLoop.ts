// Child process for the two-writers test: appends numbered lines to a session's notes.
import { SessionStore } from '../../electron/engine/workspace/sessionStore';

async function main(): Promise<void> {
  const [workspacePath, sessionId, tag, countText] = process.argv.slice(2);
  if (!workspacePath || !sessionId || !tag || !countText)
    throw new Error('usage: appendLoop <workspace> <sessionId> <tag> <count>');
  const store = new SessionStore(workspacePath);
  for (let index = 0; index < Number(countText); index += 1) {
    await store.update(sessionId, (session) => {
      session.notes += `${tag}${index}\n`;
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exit(1);
});
