import { describe, expect, it } from 'vitest';
import { decideProxy } from '../../../shared/media/playability';
import type { AudioStream, MediaProbe, VideoStream } from '../../../shared/model/media';

const MP4 = 'mov,mp4,m4a,3gp,3g2,mj2';

function video(codec: string, extra: Partial<VideoStream> = {}): VideoStream {
  return {
    codec,
    width: 1920,
    height: 1080,
    displayWidth: 1920,
    displayHeight: 1080,
    rotationDeg: 0,
    fps: 25,
    averageFps: 25,
    variableFrameRate: false,
    ...extra,
  };
}

const audio = (codec: string): AudioStream => ({ codec, sampleRateHz: 48_000, channels: 2 });

function probe(formatName: string, streams: { video?: VideoStream; audio?: AudioStream }): MediaProbe {
  return { formatName, durationMs: 60_000, sizeBytes: 1_000_000, streamCount: 2, ...streams };
}

describe('decideProxy', () => {
  it('plays H.264 + AAC in MP4 as is', () => {
    const decision = decideProxy(
      probe(MP4, { video: video('h264', { pixelFormat: 'yuv420p' }), audio: audio('aac') }),
    );
    expect(decision).toEqual({ needed: false });
  });

  it('plays audio-only MP3, WAV and M4A as is', () => {
    expect(decideProxy(probe('mp3', { audio: audio('mp3') })).needed).toBe(false);
    expect(decideProxy(probe('wav', { audio: audio('pcm_s16le') })).needed).toBe(false);
    expect(decideProxy(probe(MP4, { audio: audio('aac') })).needed).toBe(false);
  });

  it('makes a proxy for HEVC and ProRes video, naming the codec', () => {
    const hevc = decideProxy(probe(MP4, { video: video('hevc'), audio: audio('aac') }));
    expect(hevc.needed).toBe(true);
    expect(hevc.reason).toContain('hevc');
    const prores = decideProxy(probe(MP4, { video: video('prores'), audio: audio('pcm_s16le') }));
    expect(prores.needed).toBe(true);
    expect(prores.reason).toContain('prores');
  });

  it('makes a proxy for MPEG-2 in MPEG-TS (.MTS), because of the container first', () => {
    const decision = decideProxy(probe('mpegts', { video: video('mpeg2video'), audio: audio('ac3') }));
    expect(decision.needed).toBe(true);
    expect(decision.reason).toContain('mpegts');
  });

  it('makes a proxy for AVCHD (H.264 in MPEG-TS) too', () => {
    expect(decideProxy(probe('mpegts', { video: video('h264'), audio: audio('ac3') })).needed).toBe(true);
  });

  it('plays H.264 with 16-bit little-endian PCM in MOV, but not big-endian or 24-bit PCM', () => {
    expect(decideProxy(probe(MP4, { video: video('h264'), audio: audio('pcm_s16le') })).needed).toBe(false);
    const twos = decideProxy(probe(MP4, { video: video('h264'), audio: audio('pcm_s16be') }));
    expect(twos).toEqual({ needed: true, reason: 'audio codec pcm_s16be does not play in the app' });
    expect(decideProxy(probe(MP4, { video: video('h264'), audio: audio('pcm_s24le') })).needed).toBe(true);
  });

  it('makes a proxy for WMA (ASF container)', () => {
    const decision = decideProxy(probe('asf', { audio: audio('wmav2') }));
    expect(decision.needed).toBe(true);
    expect(decision.reason).toContain('asf');
  });

  it('makes a proxy for 10-bit or 4:2:2 H.264 but not for 8-bit 4:2:0', () => {
    for (const pixelFormat of ['yuv420p10le', 'yuv422p', 'yuv444p', 'yuv422p10le']) {
      const decision = decideProxy(
        probe(MP4, { video: video('h264', { pixelFormat }), audio: audio('aac') }),
      );
      expect(decision.needed, pixelFormat).toBe(true);
    }
    expect(
      decideProxy(probe(MP4, { video: video('h264', { pixelFormat: 'yuvj420p' }), audio: audio('aac') }))
        .needed,
    ).toBe(false);
  });

  it('plays VP9 + Opus in WebM (matroska,webm)', () => {
    expect(decideProxy(probe('matroska,webm', { video: video('vp9'), audio: audio('opus') })).needed).toBe(
      false,
    );
  });
});
