/**
 * The editor's keyboard. The keys of every command are declared in the command registry
 * (commands/registry.ts) and read from there; this module keeps the playback-rate steps.
 */
export { commandFor, editorCommands, type EditorCommand } from './commands/registry';
export type { KeyLike } from './commands/keyChord';

/** Playback rates that Ctrl+, and Ctrl+. step through. */
export const playbackRates = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

export function stepRate(rate: number, direction: -1 | 1): number {
  const index = playbackRates.findIndex((candidate) => candidate >= rate - 1e-6);
  const at = index < 0 ? playbackRates.length - 1 : index;
  return playbackRates[Math.min(playbackRates.length - 1, Math.max(0, at + direction))] ?? 1;
}
