// The browser-mode harness lives in scripts/support (the editor bench uses it too); the e2e tests import it here.
export { repoRoot, screenshotDir, startHarness, type Harness } from '../../../scripts/support/browserHarness';
