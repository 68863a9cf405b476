/** Whether the page can reach the engine right now. Electron is always 'open'. */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting';

export interface ConnectionStatus {
  readonly state: ConnectionState;
  /** Called on every change; 'open' after 'reconnecting' means events may have been missed: re-fetch. */
  onChange(listener: (state: ConnectionState) => void): () => void;
}

export const alwaysOpen: ConnectionStatus = { state: 'open', onChange: () => () => undefined };
