import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildAssDocument } from '../../../shared/export/assDocument';
import {
  captionFontDecision,
  inlineFontFamily,
  type Frame,
  type Shaper,
} from '../../../shared/export/captionLayout';
import { clipCues } from '../../../shared/export/clipCues';
import { pickCaptionTracks, type TimeRange, type TrackChoice } from '../../../shared/export/captionTracks';
import type { SafeZone } from '../../../shared/export/presets';
import type { CaptionStyle, Clip, SidecarFormat } from '../../../shared/model/clips';
import { toSrt, toVtt } from '../../../shared/subtitles/writeSubtitles';
import type { Track, Transcript } from '../../../shared/transcript/model';
import { copyFonts } from './tools';

export interface CaptionTracks {
  primary?: Track;
  secondary?: Track;
}

/**
 * The tracks a clip burns (shared/export/captionTracks.ts): the clip's own choice, else the style's, never an
 * empty track while another has text inside the range.
 */
export function pickTracks(
  transcript: Transcript | undefined,
  style: CaptionStyle,
  clip: TrackChoice = {},
  range?: TimeRange,
): CaptionTracks {
  if (!transcript) return {};
  return pickCaptionTracks(transcript.tracks, style, clip, range);
}

export interface BurnedCaptions {
  assFile: string;
  fontsDir: string;
  /** What burned, for the record and the manifest: 'Noto Nastaliq Urdu (harfbuzz)'. */
  fontLabel: string;
}

/**
 * Writes captions.ass and the fonts it needs into the job's temp folder (plain ASCII names), so ffmpeg,
 * running there, takes `ass=captions.ass:fontsdir=fonts` with nothing to escape.
 */
export async function prepareBurnedCaptions(options: {
  tempFolder: string;
  tracks: CaptionTracks;
  style: CaptionStyle;
  shaper: Shaper;
  frame: Frame;
  safeZone: SafeZone;
  clip: Clip;
}): Promise<BurnedCaptions | undefined> {
  const { primary, secondary } = options.tracks;
  if (!primary) return undefined;
  const { style, shaper } = options;
  const primaryInput = trackInput(primary, style, shaper);
  const secondaryInput = secondary ? trackInput(secondary, style, shaper) : undefined;
  const ass = buildAssDocument({
    frame: options.frame,
    startMs: options.clip.startMs,
    endMs: options.clip.endMs,
    style,
    safeZone: options.safeZone,
    title: options.clip.title,
    primary: primaryInput,
    ...(secondaryInput ? { secondary: secondaryInput } : {}),
  });
  await fs.writeFile(path.join(options.tempFolder, 'captions.ass'), ass, 'utf8');
  const families = [primaryInput, secondaryInput].flatMap((track) =>
    track ? [track.fontFamily, track.inlineFontFamily] : [],
  );
  await copyFonts([...new Set(families)], path.join(options.tempFolder, 'fonts'));
  return {
    assFile: 'captions.ass',
    fontsDir: 'fonts',
    fontLabel: captionFontLabel(options.tracks, style, shaper),
  };
}

function trackInput(track: Track, style: CaptionStyle, shaper: Shaper) {
  return {
    cues: track.cues,
    direction: track.direction,
    fontFamily: captionFontDecision(style.font, track.direction, shaper).family,
    inlineFontFamily: inlineFontFamily(track.direction, style.font, shaper),
  };
}

/**
 * What burned, for the record and the manifest: the Urdu font and the shaper, and when the style's choice was
 * replaced, why: 'Noto Naskh Arabic (fribidi; Noto Nastaliq Urdu needs HarfBuzz)'.
 */
export function captionFontLabel(tracks: CaptionTracks, style: CaptionStyle, shaper: Shaper): string {
  const track =
    [tracks.primary, tracks.secondary].find((item) => item?.direction === 'rtl') ?? tracks.primary;
  if (!track) return '';
  const decision = captionFontDecision(style.font, track.direction, shaper);
  const because = decision.requested ? `; ${decision.requested} needs HarfBuzz` : '';
  return `${decision.family} (${shaper}${because})`;
}

/** A track's cues within the clip, relative to its start, as SRT or WebVTT. */
export function clipSubtitles(track: Track, clip: Clip, format: SidecarFormat): string {
  const cues = clipCues(track.cues, clip.startMs, clip.endMs);
  return format === 'srt' ? toSrt(cues) : toVtt(cues, track.language);
}
