import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildAssDocument } from '../../../shared/export/assDocument';
import { captionFontFamily, type Frame, type Shaper } from '../../../shared/export/captionLayout';
import { clipCues } from '../../../shared/export/clipCues';
import type { SafeZone } from '../../../shared/export/presets';
import type { CaptionStyle, Clip, SidecarFormat } from '../../../shared/model/clips';
import { toSrt, toVtt } from '../../../shared/subtitles/writeSubtitles';
import type { Track, Transcript } from '../../../shared/transcript/model';
import { copyFonts } from './tools';

export interface CaptionTracks {
  primary?: Track;
  secondary?: Track;
}

/** The style's tracks: by id, else by language, else (primary only) the transcript's first track. */
export function pickTracks(transcript: Transcript | undefined, style: CaptionStyle): CaptionTracks {
  if (!transcript || transcript.tracks.length === 0) return {};
  const find = (trackId?: string, language?: string) =>
    transcript.tracks.find((track) => track.id === trackId) ??
    (language ? transcript.tracks.find((track) => track.language === language) : undefined);
  const primary = find(style.primaryTrackId, style.primaryLanguage) ?? transcript.tracks[0];
  const secondaryCandidate = find(style.secondaryTrackId, style.secondaryLanguage);
  const secondary = secondaryCandidate && secondaryCandidate !== primary ? secondaryCandidate : undefined;
  return { ...(primary ? { primary } : {}), ...(secondary ? { secondary } : {}) };
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
  const primaryFont = captionFontFamily(style.font, primary.direction, shaper);
  const secondaryFont = secondary ? captionFontFamily(style.font, secondary.direction, shaper) : undefined;
  const ass = buildAssDocument({
    frame: options.frame,
    startMs: options.clip.startMs,
    endMs: options.clip.endMs,
    style,
    safeZone: options.safeZone,
    title: options.clip.title,
    primary: { cues: primary.cues, direction: primary.direction, fontFamily: primaryFont },
    ...(secondary && secondaryFont
      ? { secondary: { cues: secondary.cues, direction: secondary.direction, fontFamily: secondaryFont } }
      : {}),
  });
  await fs.writeFile(path.join(options.tempFolder, 'captions.ass'), ass, 'utf8');
  await copyFonts(
    [primaryFont, ...(secondaryFont ? [secondaryFont] : [])],
    path.join(options.tempFolder, 'fonts'),
  );
  const rtlFont = [primary, secondary].find((track) => track?.direction === 'rtl')
    ? primary.direction === 'rtl'
      ? primaryFont
      : secondaryFont
    : primaryFont;
  return { assFile: 'captions.ass', fontsDir: 'fonts', fontLabel: `${rtlFont ?? primaryFont} (${shaper})` };
}

/** A track's cues within the clip, relative to its start, as SRT or WebVTT. */
export function clipSubtitles(track: Track, clip: Clip, format: SidecarFormat): string {
  const cues = clipCues(track.cues, clip.startMs, clip.endMs);
  return format === 'srt' ? toSrt(cues) : toVtt(cues, track.language);
}
