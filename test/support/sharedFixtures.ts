import { existsSync } from 'node:fs';
import path from 'node:path';
import { needs } from './requirements';

/** The read-only fixtures beside the checkout (../shared/fixtures), present in CI and developer sessions. */
export const sharedFixtures = path.resolve(__dirname, '../../../shared/fixtures');

export function sharedFixture(relative: string): string {
  return path.join(sharedFixtures, relative);
}

export const builtWhisper = path.resolve(
  __dirname,
  '../../resources/bin',
  process.platform === 'win32' ? 'whisper-cli.exe' : 'whisper-cli',
);

/** Tests that need ../shared/fixtures: `describe.runIf(haveSharedFixtures())` (skips here, fails in CI). */
export function haveSharedFixtures(): boolean {
  return needs(`the shared fixtures at ${sharedFixtures}`, existsSync(sharedFixtures));
}

/** Tests that need one fixture file (or the whisper-cli build): skipped here when missing, failed in CI. */
export function haveFile(filePath: string): boolean {
  return needs(filePath, existsSync(filePath));
}
