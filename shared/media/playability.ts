import type { MediaProbe } from '../model/media';

/**
 * Codecs Chromium (and so Electron) plays natively. Anything else (HEVC, ProRes, MPEG-2, DNxHD, AVCHD
 * in .MTS, WMV, …) gets an H.264 proxy for playback.
 */
const playableVideoCodecs = new Set(['h264', 'vp8', 'vp9', 'av1', 'theora']);
const playableAudioCodecs = new Set([
  'aac',
  'mp3',
  'opus',
  'vorbis',
  'flac',
  'pcm_s16le',
  'pcm_u8',
  'pcm_f32le',
]);
/** ffprobe's format names that Chromium demuxes. */
const playableContainers = ['mov', 'mp4', 'm4a', 'webm', 'matroska', 'ogg', 'mp3', 'wav', 'flac', 'aac'];

export interface ProxyDecision {
  needed: boolean;
  reason?: string;
}

export function decideProxy(probe: MediaProbe): ProxyDecision {
  const formats = probe.formatName.split(',');
  if (!formats.some((format) => playableContainers.includes(format))) {
    return { needed: true, reason: `container ${probe.formatName} does not play in the app` };
  }
  if (probe.video && !playableVideoCodecs.has(probe.video.codec)) {
    return { needed: true, reason: `video codec ${probe.video.codec} does not play in the app` };
  }
  if (
    probe.video?.pixelFormat &&
    /(10|12)(le|be)$|422|444/.test(probe.video.pixelFormat) &&
    probe.video.codec === 'h264'
  ) {
    return { needed: true, reason: `H.264 ${probe.video.pixelFormat} does not play in the app` };
  }
  if (probe.audio && !playableAudioCodecs.has(probe.audio.codec)) {
    return { needed: true, reason: `audio codec ${probe.audio.codec} does not play in the app` };
  }
  return { needed: false };
}
