import { protocol, type CustomScheme } from 'electron';
import { MEDIA_SCHEME } from '../../shared/api/mediaUrl';
import { createMediaHandler, type MediaResolver } from './mediaHandler';

/**
 * Must run before `app.whenReady()`: a standard, secure scheme that can stream (seekable <video>) and be
 * fetched. It does not bypass the page's CSP; the CSP lists it for media and images.
 */
export function registerMediaScheme(...otherSchemes: CustomScheme[]): void {
  // Electron takes one call for every privileged scheme, so the app's own scheme comes along here.
  protocol.registerSchemesAsPrivileged([
    {
      scheme: MEDIA_SCHEME,
      privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true },
    },
    ...otherSchemes,
  ]);
}

/** After `app.whenReady()`: serve the scheme from the engine's media files. Returns the undo. */
export function handleMediaProtocol(engine: MediaResolver, log?: (line: string) => void): () => void {
  protocol.handle(MEDIA_SCHEME, createMediaHandler(engine, log));
  return () => protocol.unhandle(MEDIA_SCHEME);
}
