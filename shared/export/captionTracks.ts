/** What the policy needs of a track: its id, language and timed texts. */
export interface TrackLike {
  id: string;
  language: string;
  cues: readonly { startMs: number; endMs: number; text: string }[];
}

/** A clip's own choice of the tracks it burns; absent fields fall back to the caption style's choice. */
export interface TrackChoice {
  primaryTrackId?: string | undefined;
  /** NO_SECOND_TRACK: one line only, whatever the style says. */
  secondaryTrackId?: string | undefined;
}

/** The style's choice: by id, else by language. */
export interface StyleTrackChoice {
  primaryTrackId?: string | undefined;
  primaryLanguage?: string | undefined;
  secondaryTrackId?: string | undefined;
  secondaryLanguage?: string | undefined;
}

/** secondaryTrackId of a clip that burns one line only. */
export const NO_SECOND_TRACK = 'none';

export interface PickedTracks<T extends TrackLike> {
  primary?: T;
  secondary?: T;
}

export interface TimeRange {
  startMs: number;
  endMs: number;
}

/** Whether a track has a cue with text inside the range (anywhere, without a range). */
export function hasTextIn(track: Pick<TrackLike, 'cues'>, range?: TimeRange): boolean {
  return track.cues.some(
    (cue) => cue.text.trim() !== '' && (!range || (cue.endMs > range.startMs && cue.startMs < range.endMs)),
  );
}

/**
 * Which tracks burn. The clip's own choice (by id) is kept even when it has nothing to show there (the
 * check warns). The style's choice (by id, else by language) and the default (the first track) never land
 * on a track without text inside the clip while another track has some: they move to the first track that
 * has. A second track that is empty in the clip, or the same as the first, is left out.
 */
export function pickCaptionTracks<T extends TrackLike>(
  tracks: readonly T[],
  style: StyleTrackChoice,
  clip: TrackChoice = {},
  range?: TimeRange,
): PickedTracks<T> {
  if (tracks.length === 0) return {};
  const byId = (id?: string) => (id ? tracks.find((track) => track.id === id) : undefined);
  const byLanguage = (language?: string) =>
    language ? tracks.find((track) => track.language === language) : undefined;
  const withText = tracks.find((track) => hasTextIn(track, range));
  const clipPrimary = byId(clip.primaryTrackId);
  const styled = byId(style.primaryTrackId) ?? byLanguage(style.primaryLanguage) ?? tracks[0];
  const primary = clipPrimary ?? (styled && hasTextIn(styled, range) ? styled : (withText ?? styled));
  if (clip.secondaryTrackId === NO_SECOND_TRACK) return primary ? { primary } : {};
  const clipSecondary = byId(clip.secondaryTrackId);
  const secondaryCandidate =
    clipSecondary ?? byId(style.secondaryTrackId) ?? byLanguage(style.secondaryLanguage);
  const secondary =
    secondaryCandidate &&
    secondaryCandidate !== primary &&
    (clipSecondary !== undefined || hasTextIn(secondaryCandidate, range))
      ? secondaryCandidate
      : undefined;
  return { ...(primary ? { primary } : {}), ...(secondary ? { secondary } : {}) };
}

export interface EmptyTrackFinding {
  role: 'primary' | 'secondary';
  trackId: string;
  language: string;
}

/** The picked tracks that have no cue with text inside the clip (export.check warns of each). */
export function emptyPickedTracks(picked: PickedTracks<TrackLike>, range: TimeRange): EmptyTrackFinding[] {
  return (['primary', 'secondary'] as const).flatMap((role) => {
    const track = picked[role];
    return track && !hasTextIn(track, range) ? [{ role, trackId: track.id, language: track.language }] : [];
  });
}
