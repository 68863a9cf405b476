import type { EventSource, GuftaguApi } from '../../../shared/api/contract';
import type { GuftaguBridge } from '../../../shared/api/bridge';
import { isCommandId, type CommandId } from '../../../shared/api/commands';
import type { MediaAssetKind } from '../../../shared/model/media';
import { buildApi } from './buildApi';
import { bridgeEvents, callBridge, pathsForFiles } from './bridgeClient';
import { alwaysOpen, type ConnectionStatus } from './connection';
import { downloadPath, zipPath } from '../../../shared/export/downloads';
import {
  bootstrapToken,
  browserMediaUrl,
  signedBrowserUrl,
  socketProtocols,
  socketUrl,
  storedToken,
} from './token';
import { uploadFile, uploadModelFile, type ModelUploadDetails, type UploadProgressListener } from './upload';
import type { InstalledModel } from '../../../shared/model/whisperModels';
import { WsConnection } from './wsConnection';

export type Binding = 'electron' | 'browser';

/** The renderer's one way to reach the engine. */
export interface GuftaguClient {
  api: GuftaguApi;
  events: EventSource;
  mediaUrl(sessionId: string, mediaId: string, asset: MediaAssetKind): string;
  importFiles(
    sessionId: string,
    files: File[],
    onProgress?: UploadProgressListener,
  ): Promise<{ jobIds: string[] }>;
  binding: Binding;
  /** Browser mode: a signed address that downloads one file of a finished export (0 the video, then sidecars). */
  downloadUrl?: (batchId: string, recordId: string, index: number) => string;
  /** Browser mode: a signed address that downloads a batch's finished files as one zip. */
  zipUrl?: (batchId: string) => string;
  connection: ConnectionStatus;
  /** Desktop menu commands; browser mode has none (the page's own shortcuts do the same). */
  onCommand(listener: (command: CommandId) => void): () => void;
  /** Desktop only: the app asks the page to save pending edits before it closes the window. */
  onFlushRequest(listener: () => Promise<unknown>): () => void;
  /** Desktop only: tells the app whether the subtitle editor is open (its Subtitles menu follows). */
  setEditorOpen?: (open: boolean) => void;
  /** Browser mode only: uploads a model file and imports it (the page cannot name a path). */
  uploadModel?: (
    file: File,
    details: ModelUploadDetails,
    onProgress: (loadedBytes: number, totalBytes: number) => void,
    signal?: AbortSignal,
  ) => Promise<InstalledModel>;
  /** Desktop only: the path of a picked file (for relinking). */
  pathForFile?: (file: File) => string;
}

function findBridge(): GuftaguBridge | undefined {
  const candidate = (window as Window & { guftagu?: GuftaguBridge }).guftagu;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.api === 'object'
    ? candidate
    : undefined;
}

function createBridgeClient(bridge: GuftaguBridge): GuftaguClient {
  const api = buildApi((method, request) => callBridge(bridge, method, request));
  return {
    api,
    events: bridgeEvents(bridge),
    mediaUrl: (sessionId, mediaId, asset) => bridge.host.mediaUrl(sessionId, mediaId, asset),
    importFiles: (sessionId, files) =>
      api['media.import']({ sessionId, paths: pathsForFiles(bridge, files) }),
    binding: 'electron',
    connection: alwaysOpen,
    onCommand: (listener) =>
      bridge.onCommand?.((command) => {
        if (isCommandId(command)) listener(command);
        else console.warn(`Ignoring unknown command ${command}`);
      }) ?? (() => undefined),
    pathForFile: (file) => pathsForFiles(bridge, [file])[0] ?? '',
    onFlushRequest: (listener) => bridge.onFlushRequest?.(listener) ?? (() => undefined),
    setEditorOpen: (open) => bridge.setEditorOpen?.(open),
  };
}

function createBrowserClient(): GuftaguClient {
  if (bootstrapToken(window.location, window.sessionStorage)) {
    // The token leaves the address bar and history; this tab keeps it in sessionStorage.
    window.history.replaceState(null, '', window.location.pathname);
  }
  const token = storedToken(window.sessionStorage);
  const connection = new WsConnection({
    url: socketUrl(window.location),
    createSocket: (url) => new WebSocket(url, socketProtocols(token)),
  });
  const api = buildApi((method, request) => connection.call(method, request));
  return {
    api,
    events: connection.events,
    mediaUrl: (sessionId, mediaId, asset) => browserMediaUrl(token, sessionId, mediaId, asset),
    async importFiles(sessionId, files, onProgress) {
      const paths: string[] = [];
      for (const [fileIndex, file] of files.entries()) {
        const report = (loadedBytes: number, totalBytes: number) =>
          onProgress?.({ fileName: file.name, fileIndex, fileCount: files.length, loadedBytes, totalBytes });
        paths.push(await uploadFile(file, token, report));
      }
      return api['media.import']({ sessionId, paths });
    },
    binding: 'browser',
    uploadModel: (file, details, onProgress, signal) =>
      uploadModelFile(file, token, details, onProgress, signal),
    downloadUrl: (batchId, recordId, index) =>
      signedBrowserUrl(token, downloadPath(batchId, recordId, index)),
    zipUrl: (batchId) => signedBrowserUrl(token, zipPath(batchId)),
    connection,
    onCommand: () => () => undefined,
    // A browser tab cannot be held open to save; autosave after 1 s idle and the editor's journal cover it.
    onFlushRequest: () => () => undefined,
  };
}

/** Uses the desktop preload's bridge when the page has one, the browser-mode WebSocket otherwise. */
export function createClient(): GuftaguClient {
  const bridge = findBridge();
  return bridge ? createBridgeClient(bridge) : createBrowserClient();
}
