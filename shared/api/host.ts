/**
 * What the desktop preload offers besides the contract's methods: things only the page's host can do.
 * In browser mode these are absent, and the client uploads files instead of passing paths.
 */
export interface HostBridge {
  /** Absolute path of a file the user dropped or picked (Electron's webUtils.getPathForFile). */
  pathForFile(file: { readonly name: string; readonly size: number }): string;
  /** URL through which the page may load a media asset (custom protocol, never file://). */
  mediaUrl(sessionId: string, mediaId: string, asset: string): string;
  platform: string;
}
