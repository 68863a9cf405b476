import { describe, expect, it } from 'vitest';
import { parseH264Encoders, parseShaper } from '../../../electron/engine/doctor';

const encoders = ` V..... = Video
 A..... = Audio
 ------
 V..... mpeg2video           MPEG-2 video
 V..... libx264              libx264 H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10 (codec h264)
 V..... libx264rgb           libx264 H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10 RGB (codec h264)
 V....D h264_nvenc           NVIDIA NVENC H.264 encoder (codec h264)
 V..... h264_vaapi           H.264/AVC (VAAPI) (codec h264)
 V..... libx265              libx265 H.265 / HEVC (codec hevc)
 V....D hevc_nvenc           NVIDIA NVENC hevc encoder (codec hevc)
 V..... libxavs              libxavs Chinese AVS (Audio Video Standard) (codec cavs)
 A..... aac                  AAC (Advanced Audio Coding)
 S..... ass                  ASS (Advanced SubStation Alpha) subtitle
`;

describe('parseH264Encoders', () => {
  it('names the H.264 encoders and nothing else', () => {
    expect(parseH264Encoders(encoders)).toEqual(['libx264', 'libx264rgb', 'h264_nvenc', 'h264_vaapi']);
  });

  it('finds none in an ffmpeg without H.264', () => {
    expect(parseH264Encoders(' V..... mpeg4   MPEG-4 part 2\n A..... aac   AAC\n')).toEqual([]);
    expect(parseH264Encoders('')).toEqual([]);
  });
});

describe('parseShaper', () => {
  it('reads FriBidi only (the bundled 2018 ffmpeg)', () => {
    const log = [
      '[Parsed_ass_0 @ 0x55d0c5a7e2c0] libass API version: 0x1301000',
      '[Parsed_ass_0 @ 0x55d0c5a7e2c0] libass source: tarball: 0.14.0',
      '[Parsed_ass_0 @ 0x55d0c5a7e2c0] Shaper: FriBidi 0.19.7 (SIMPLE)',
      '[Parsed_ass_0 @ 0x55d0c5a7e2c0] Using font provider fontconfig',
    ].join('\n');
    expect(parseShaper(log)).toBe('fribidi');
  });

  it('reads HarfBuzz (Debian ffmpeg 5.1)', () => {
    expect(
      parseShaper('[Parsed_ass_0 @ 0x1] Shaper: FriBidi 1.0.8 (COMPLEX) HarfBuzz-ng 6.0.0 (COMPLEX)'),
    ).toBe('harfbuzz');
  });

  it("says 'unknown' when libass printed no shaper line", () => {
    expect(parseShaper('[Parsed_ass_0 @ 0x1] libass API version: 0x1301000\nframe=1')).toBe('unknown');
    expect(parseShaper('')).toBe('unknown');
  });

  it('looks only at the shaper line', () => {
    expect(parseShaper('Font: HarfBuzz Sans\nShaper: FriBidi 0.19.7 (SIMPLE)')).toBe('fribidi');
  });
});
