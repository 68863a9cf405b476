/**
 * Speaker colours, in the order of the participants' numbers: white, yellow, cyan, green (the BBC caption
 * colours, GUIDELINES.md), then others. Shown as a swatch with a dark outline, so white reads on a light page.
 */
export const speakerPalette = [
  '#ffffff',
  '#ffff00',
  '#00ffff',
  '#00ff00',
  '#ff80ff',
  '#ffa040',
  '#a0a0ff',
  '#ff6060',
] as const;

/** A speaker id that names no participant (removed, or from another session's file). */
export const unknownSpeakerColour = '#9a9a9a';

/** The colour of each participant id, by its place in `participantIds` (already in number order). */
export function speakerColourMap(participantIds: readonly string[]): Map<string, string> {
  return new Map(
    participantIds.map((id, index) => [id, speakerPalette[index % speakerPalette.length] ?? '#ffffff']),
  );
}

/** The colour a cue's speaker is shown in; undefined for a cue without a speaker. */
export function speakerColour(
  colours: ReadonlyMap<string, string>,
  speakerId: string | undefined,
): string | undefined {
  if (speakerId === undefined) return undefined;
  return colours.get(speakerId) ?? unknownSpeakerColour;
}
