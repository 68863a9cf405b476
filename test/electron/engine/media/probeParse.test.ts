import { describe, expect, it } from 'vitest';
import { GuftaguError } from '../../../../shared/errors';
import {
  isVariableFrameRate,
  parseProbeOutput,
  parseRate,
  readRotation,
} from '../../../../electron/engine/media/probeParse';

type Json = Record<string, unknown>;

const h264 = (extra: Json = {}): Json => ({
  index: 0,
  codec_name: 'h264',
  codec_type: 'video',
  profile: 'High',
  pix_fmt: 'yuv420p',
  width: 1920,
  height: 1080,
  r_frame_rate: '25/1',
  avg_frame_rate: '25/1',
  duration: '12.000000',
  disposition: { default: 1, attached_pic: 0 },
  ...extra,
});

const aac = (extra: Json = {}): Json => ({
  index: 1,
  codec_name: 'aac',
  codec_type: 'audio',
  sample_rate: '48000',
  channels: 2,
  duration: '12.010000',
  tags: { language: 'urd', handler_name: 'SoundHandler' },
  ...extra,
});

const ffprobe = (streams: Json[], format: Json = {}): Json => ({
  streams,
  format: {
    filename: '/x/a.mp4',
    format_name: 'mov,mp4,m4a,3gp,3g2,mj2',
    duration: '12.012000',
    size: '1234567',
    bit_rate: '822310',
    tags: { creation_time: '2026-11-02T10:00:00.000000Z' },
    ...format,
  },
});

function errorOf(run: () => unknown): GuftaguError {
  try {
    run();
  } catch (error) {
    if (error instanceof GuftaguError) return error;
    throw error;
  }
  throw new Error('expected a GuftaguError');
}

describe('parseProbeOutput', () => {
  it('reads an ordinary H.264/AAC MP4', () => {
    const probe = parseProbeOutput(ffprobe([h264(), aac()]), '/x/a.mp4', 1_234_567);
    expect(probe).toEqual({
      formatName: 'mov,mp4,m4a,3gp,3g2,mj2',
      durationMs: 12_012,
      sizeBytes: 1_234_567,
      bitRate: 822_310,
      video: {
        codec: 'h264',
        profile: 'High',
        pixelFormat: 'yuv420p',
        width: 1920,
        height: 1080,
        displayWidth: 1920,
        displayHeight: 1080,
        rotationDeg: 0,
        fps: 25,
        averageFps: 25,
        variableFrameRate: false,
      },
      audio: { codec: 'aac', sampleRateHz: 48_000, channels: 2, durationMs: 12_010, language: 'urd' },
      streamCount: 2,
      creationTime: '2026-11-02T10:00:00.000000Z',
    });
  });

  it('reads rotation from the old rotate tag and swaps the display size', () => {
    const probe = parseProbeOutput(ffprobe([h264({ tags: { rotate: '90' } }), aac()]), 'p.mp4', 1);
    expect(probe.video).toMatchObject({
      width: 1920,
      height: 1080,
      rotationDeg: 90,
      displayWidth: 1080,
      displayHeight: 1920,
    });
  });

  it('reads rotation from the display matrix (counter-clockwise there)', () => {
    const sideData = [{ side_data_type: 'Display Matrix', displaymatrix: '...', rotation: -90 }];
    const portrait = parseProbeOutput(ffprobe([h264({ side_data_list: sideData }), aac()]), 'p.mp4', 1);
    expect(portrait.video).toMatchObject({ rotationDeg: 90, displayWidth: 1080, displayHeight: 1920 });
    const other = parseProbeOutput(
      ffprobe([h264({ side_data_list: [{ rotation: 90 }] }), aac()]),
      'p.mp4',
      1,
    );
    expect(other.video).toMatchObject({ rotationDeg: 270, displayWidth: 1080, displayHeight: 1920 });
    const upsideDown = parseProbeOutput(
      ffprobe([h264({ side_data_list: [{ rotation: 180 }] }), aac()]),
      'p.mp4',
      1,
    );
    expect(upsideDown.video).toMatchObject({ rotationDeg: 180, displayWidth: 1920, displayHeight: 1080 });
  });

  it('detects variable frame rate from nominal against average rate', () => {
    const vfr = parseProbeOutput(
      ffprobe([h264({ r_frame_rate: '30/1', avg_frame_rate: '2400/100' }), aac()]),
      'v.mp4',
      1,
    );
    expect(vfr.video).toMatchObject({ fps: 30, averageFps: 24, variableFrameRate: true });
    const ntsc = parseProbeOutput(
      ffprobe([h264({ r_frame_rate: '30000/1001', avg_frame_rate: '30000/1001' }), aac()]),
      'c.mp4',
      1,
    );
    expect(ntsc.video).toMatchObject({ fps: 29.97, averageFps: 29.97, variableFrameRate: false });
  });

  it('rejects a video without sound as no-audio', () => {
    const error = errorOf(() => parseProbeOutput(ffprobe([h264()]), 'silent.mp4', 1));
    expect(error.code).toBe('no-audio');
    expect(error.message).toContain('silent.mp4');
    expect(error.hint).not.toBe('');
  });

  it('rejects a file with no streams as not-media, keeping the stderr', () => {
    const error = errorOf(() => parseProbeOutput(ffprobe([]), 'empty.mkv', 1, 'some stderr'));
    expect(error.code).toBe('not-media');
    expect(error.details).toBe('some stderr');
    expect(errorOf(() => parseProbeOutput({ streams: [] }, 'x', 1)).code).toBe('not-media');
    expect(errorOf(() => parseProbeOutput('nonsense', 'x', 1)).code).toBe('not-media');
    const dataOnly = ffprobe([{ codec_type: 'data', codec_name: 'bin_data' }]);
    expect(errorOf(() => parseProbeOutput(dataOnly, 'x', 1)).code).toBe('not-media');
  });

  it('accepts audio only', () => {
    const mp3 = ffprobe([aac({ codec_name: 'mp3', sample_rate: '44100', channels: 1, tags: undefined })], {
      format_name: 'mp3',
      duration: '3.030000',
    });
    const probe = parseProbeOutput(mp3, 'talk.mp3', 50_000);
    expect(probe.video).toBeUndefined();
    expect(probe.audio).toEqual({ codec: 'mp3', sampleRateHz: 44_100, channels: 1, durationMs: 12_010 });
    expect(probe.durationMs).toBe(3_030);
  });

  it('does not take cover art for video', () => {
    const cover = h264({
      codec_name: 'mjpeg',
      disposition: { default: 0, attached_pic: 1 },
      r_frame_rate: '90000/1',
    });
    const probe = parseProbeOutput(
      ffprobe([aac({ codec_name: 'mp3' }), cover], { format_name: 'mp3' }),
      'song.mp3',
      1,
    );
    expect(probe.video).toBeUndefined();
    expect(probe.audio?.codec).toBe('mp3');
    expect(probe.streamCount).toBe(2);
    const onlyCover = ffprobe([cover], { format_name: 'mp3' });
    expect(errorOf(() => parseProbeOutput(onlyCover, 'art.mp3', 1)).code).toBe('not-media');
  });

  it('falls back to the stream duration, and calls a file without one damaged', () => {
    const noFormatDuration = ffprobe([h264(), aac({ duration: '4.5' })], { duration: undefined });
    expect(parseProbeOutput(noFormatDuration, 'a.mts', 1).durationMs).toBe(4_500);
    const none = ffprobe([h264({ duration: undefined }), aac({ duration: 'N/A' })], { duration: 'N/A' });
    expect(errorOf(() => parseProbeOutput(none, 'cut.mp4', 1)).code).toBe('file-damaged');
  });
});

describe('probe helpers', () => {
  it('parses rates, with 0 for missing or 0/0', () => {
    expect(parseRate('30000/1001')).toBeCloseTo(29.97, 2);
    expect(parseRate('25/1')).toBe(25);
    expect(parseRate('0/0')).toBe(0);
    expect(parseRate(undefined)).toBe(0);
  });

  it('rounds odd rotations to quarter turns', () => {
    expect(readRotation({ tags: { rotate: '-90' } })).toBe(270);
    expect(readRotation({ tags: { rotate: '450' } })).toBe(90);
    expect(readRotation({ side_data_list: [{ rotation: -89.9 }] })).toBe(90);
    expect(readRotation({})).toBe(0);
  });

  it('ignores unknown rates and small differences', () => {
    expect(isVariableFrameRate(0, 25)).toBe(false);
    expect(isVariableFrameRate(25, 24.9)).toBe(false);
    expect(isVariableFrameRate(25, 12.3)).toBe(true);
  });
});
