import type { Shell } from 'electron';

/** A site the app may open in the user's browser: exact host, and a path prefix on it. */
export interface AllowedLink {
  host: string;
  pathPrefix: string;
}

/**
 * Every link the app may hand to the system browser. Nothing else is ever opened: `shell.openExternal`
 * with an unchecked URL can start any registered protocol handler or program. Add the project's
 * documentation here once it has a public address.
 */
export const ALLOWED_EXTERNAL_LINKS: readonly AllowedLink[] = [
  // Where the whisper.cpp models come from (for downloading a model by hand).
  { host: 'huggingface.co', pathPrefix: '/ggerganov/whisper.cpp' },
  // ffmpeg builds, for users who choose their own ffmpeg.
  { host: 'ffmpeg.org', pathPrefix: '/download.html' },
];

/** The URL, normalized, when it is https, on an allowed host and path, with no user name or password. */
export function checkExternalUrl(
  url: string,
  allowed: readonly AllowedLink[] = ALLOWED_EXTERNAL_LINKS,
): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return undefined;
  if (parsed.port !== '') return undefined;
  const match = allowed.some((link) => {
    const prefix = link.pathPrefix.replace(/\/+$/, '');
    return (
      parsed.hostname === link.host &&
      (prefix === '' || parsed.pathname === prefix || parsed.pathname.startsWith(`${prefix}/`))
    );
  });
  return match ? parsed.href : undefined;
}

export interface OpenExternalDeps {
  shell: Pick<Shell, 'openExternal'>;
  log: (line: string) => void;
  allowed?: readonly AllowedLink[];
}

/** Opens an allowed https link in the browser; refuses (and logs) anything else. Never throws. */
export async function openExternalSafely(url: string, deps: OpenExternalDeps): Promise<boolean> {
  const checked = checkExternalUrl(url, deps.allowed);
  if (checked === undefined) {
    deps.log(`security: refused to open ${url.slice(0, 200)} outside the app`);
    return false;
  }
  try {
    await deps.shell.openExternal(checked);
    return true;
  } catch (error) {
    deps.log(`shell: cannot open ${checked}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
