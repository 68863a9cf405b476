import { protocol } from 'electron';
import { createAppHandler } from './appHandler';
import { APP_SCHEME } from './appScheme';

/** After `app.whenReady()`: serve the app's page from the built renderer folder. Returns the undo. */
export function handleAppProtocol(rootFolder: string, csp: string): () => void {
  protocol.handle(APP_SCHEME, createAppHandler(rootFolder, csp));
  return () => protocol.unhandle(APP_SCHEME);
}
