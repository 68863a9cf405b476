import type { Frame } from './captionLayout';
import type { Preset } from './presets';

/** ISO 639-2 codes, as MP4 stores a stream's language ('ur' → 'urd'). */
const iso639_2: Readonly<Record<string, string>> = {
  ur: 'urd',
  en: 'eng',
  sd: 'snd',
  pa: 'pan',
  pnb: 'pnb',
  ps: 'pus',
  ar: 'ara',
  fa: 'fas',
  hi: 'hin',
  bn: 'ben',
};

export function mp4Language(language: string | undefined): string {
  const primary = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{3}$/.test(primary)) return primary;
  return iso639_2[primary] ?? 'und';
}

export interface EncodeArgsInput {
  sourcePath: string;
  startMs: number;
  durationMs: number;
  /** False for an audio-only recording: a black frame of `output` size is the picture. */
  hasVideo: boolean;
  hasAudio: boolean;
  output: Frame;
  /** -filter_complex from [0:v] to [v] (reframe.ts). */
  videoFilter: string;
  /** -af chain (loudness.ts). */
  audioFilter: string;
  preset: Preset;
  /** A mov_text stream made from this SRT file (times relative to the clip). */
  softSubtitles?: { path: string; language: string };
  /** Format-level tags: title, comment, date, … */
  metadata: Record<string, string>;
  audioLanguage?: string;
  outputPath: string;
}

const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);

/**
 * ffmpeg arguments for one output (after -hide_banner -y …). Cuts with -ss before -i and -t (frame-accurate
 * because everything is re-encoded), drops the source's own tags (a phone's GPS position), x264 with the
 * preset's profile/crf/maxrate, AAC 48 kHz, +faststart so the platforms can start playing at once.
 */
export function buildEncodeArgs(input: EncodeArgsInput): string[] {
  const { preset } = input;
  const args: string[] = [];
  // Input 0 is the recording; an audio-only one gets a black picture as input 1; subtitles come last.
  args.push('-ss', seconds(input.startMs), '-t', seconds(input.durationMs), '-i', input.sourcePath);
  const videoInput = input.hasVideo ? 0 : 1;
  if (!input.hasVideo)
    args.push('-f', 'lavfi', '-i', `color=c=black:s=${input.output.widthPx}x${input.output.heightPx}:r=30`);
  const subtitleInput = input.softSubtitles ? videoInput + 1 : undefined;
  if (input.softSubtitles) args.push('-i', input.softSubtitles.path);
  const graph = input.videoFilter.replace('[0:v]', `[${videoInput}:v]`);
  args.push('-filter_complex', graph, '-map', '[v]');
  if (input.hasAudio) args.push('-map', '0:a:0', '-af', input.audioFilter);
  if (subtitleInput !== undefined) args.push('-map', `${subtitleInput}:0`);
  args.push('-map_metadata', '-1', '-map_chapters', '-1');
  args.push(
    '-c:v',
    'libx264',
    '-profile:v',
    preset.video.profile,
    '-preset',
    preset.video.preset,
    '-crf',
    String(preset.video.crf),
  );
  if (preset.video.maxBitrateKbps) {
    args.push(
      '-maxrate',
      `${preset.video.maxBitrateKbps}k`,
      '-bufsize',
      `${preset.video.maxBitrateKbps * 2}k`,
    );
  }
  args.push('-pix_fmt', 'yuv420p');
  if (input.hasAudio) {
    args.push(
      '-c:a',
      'aac',
      '-b:a',
      `${preset.audio.bitrateKbps}k`,
      '-ar',
      String(preset.audio.sampleRateHz),
    );
    args.push('-metadata:s:a:0', `language=${mp4Language(input.audioLanguage)}`);
  }
  if (input.softSubtitles) {
    args.push('-c:s', 'mov_text', '-metadata:s:s:0', `language=${mp4Language(input.softSubtitles.language)}`);
  }
  for (const [key, value] of Object.entries(input.metadata)) args.push('-metadata', `${key}=${value}`);
  args.push('-t', seconds(input.durationMs), '-movflags', '+faststart', '-f', 'mp4', input.outputPath);
  return args;
}
