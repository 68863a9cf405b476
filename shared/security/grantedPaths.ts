/**
 * Desktop app: the page names a file only after the person picked or dropped it. The preload tells main
 * each path it reads off a real File (webUtils.getPathForFile, which is '' for anything the page made up)
 * on this channel, and main keeps those paths as the allow-list for path-taking calls.
 */
export const GRANT_PATH_CHANNEL = 'guftagu:grant-path';
