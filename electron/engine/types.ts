import type { EventName, ApiEvent, EventSource, GuftaguApi } from '../../shared/api/contract';
import type { MediaAssetKind } from '../../shared/model/media';
import type { InstalledModel } from '../../shared/model/whisperModels';

export interface EngineEvents extends EventSource {
  emit<E extends EventName>(event: E, payload: ApiEvent<E>): void;
}

/** The engine: the contract's implementation plus what the bindings need to serve files. */
export interface Engine {
  api: GuftaguApi;
  events: EventSource;
  workspacePath: string;
  /** Absolute path of a media asset, only for media the workspace holds; throws 'not-found' otherwise. */
  resolveMediaAsset(sessionId: string, mediaId: string, asset: MediaAssetKind): Promise<string>;
  /** Folder where browser-mode uploads are written (inside the workspace). */
  uploadsPath: string;
  /** The engine's log (guftagu.log in the config folder): bindings write what they refuse here. */
  log?: (line: string) => void;
  /** Browser mode's model upload: where models live, and the import of a file uploaded into uploads/. */
  models?: {
    folder: string;
    /**
     * Imports it, moving the uploaded file into the models folder (it is given away; copied only across disks);
     * with `signal` aborted (the page cancelled) nothing is added, even once the move is done.
     */
    importUploaded(
      filePath: string,
      details: { displayName?: string | undefined; languages?: readonly string[] | undefined },
      signal?: AbortSignal,
    ): Promise<InstalledModel>;
  };
  /** Cancels running jobs, waits for them and for pending saves; leaves no process behind. */
  close(): Promise<void>;
}
