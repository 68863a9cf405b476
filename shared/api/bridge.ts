import type { ApiRequest, EventListener, EventName, MethodName, Unsubscribe } from './contract';
import type { HostBridge } from './host';
import type { IpcReply } from './wire';

/**
 * What the Electron preload puts on `window.guftagu`: exactly the contract's methods (each returns the
 * reply as data, since errors lose their fields crossing the bridge), an event subscription, and the host.
 */
export type BridgeApi = { [M in MethodName]: (request: ApiRequest<M>) => Promise<IpcReply> };

export interface GuftaguBridge {
  api: BridgeApi;
  on<E extends EventName>(event: E, listener: EventListener<E>): Unsubscribe;
  /**
   * Menu commands from the desktop host; the id is one of `commandIds` (shared/api/commands.ts).
   * Optional so fakes and older hosts without a menu still satisfy the type: call it as `onCommand?.()`.
   */
  onCommand?(listener: (commandId: string) => void): Unsubscribe;
  /**
   * The host is about to close the window, quit or switch workspace: save pending edits now. The host
   * waits (a few seconds at most) until every promise the listeners return has settled. Optional, like
   * `onCommand`: call it as `onFlushRequest?.()`.
   */
  onFlushRequest?(listener: () => unknown): Unsubscribe;
  /**
   * The page says whether the subtitle editor is open (main enables the Subtitles menu only then). Sends a
   * boolean on one channel, nothing more. Optional, like `onCommand`.
   */
  setEditorOpen?(open: boolean): void;
  host: HostBridge;
}
