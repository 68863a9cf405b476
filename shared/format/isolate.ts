/**
 * Wraps text of unknown direction (a file name, an Urdu clip title) in Unicode isolates (FSI … PDI), so a
 * mixed English + Urdu label such as `Export "…" for reels` keeps its order in any UI direction and in logs.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
