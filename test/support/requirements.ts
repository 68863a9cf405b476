/** True where CI=true (or 1): a test's missing fixture or binary fails the run there. */
export const isCi = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env['CI'] === 'true' || env['CI'] === '1';

/**
 * The one way a test says it needs a fixture or a binary: `describe.runIf(needs('whisper-cli', exists))`.
 * Present: true. Missing on a developer's machine: false, so the tests are skipped, with the reason printed.
 * Missing in CI (CI=true): throws, so the test file fails and the run with it; CI never passes by skipping.
 */
export function needs(requirement: string, present: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (present) return true;
  if (isCi(env))
    throw new Error(
      `CI=true and a test needs ${requirement}, which is missing. Install it (bash .ci/run) or fix the path.`,
    );
  console.warn(`skipped: a test needs ${requirement}, which is missing here.`);
  return false;
}
