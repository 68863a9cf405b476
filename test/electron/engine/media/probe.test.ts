import { describe, expect, it } from 'vitest';
import { classifyProbeFailure } from '../../../../electron/engine/media/probe';

const moov =
  '[mov,mp4,m4a,3gp,3g2,mj2 @ 0x1] moov atom not found\n/x/a.mp4: Invalid data found when processing input';

describe('classifyProbeFailure', () => {
  it("calls an MP4 without its moov atom 'file-damaged' when the file starts like an MP4", () => {
    const error = classifyProbeFailure('/x/a.mp4', moov, true);
    expect(error.code).toBe('file-damaged');
    expect(error.details).toBe(moov);
    expect(error.hint).toContain('Copy it again');
  });

  it("calls a document renamed .mp4 'not-media' although ffprobe also misses the moov atom", () => {
    const error = classifyProbeFailure('/x/a.mp4', moov, false);
    expect(error.code).toBe('not-media');
    expect(error.hint).toContain('renamed');
  });

  it('recognises other damage, garbage and permission problems', () => {
    expect(classifyProbeFailure('a.mts', 'Packet corrupt\nInvalid NAL unit size', false).code).toBe(
      'file-damaged',
    );
    expect(classifyProbeFailure('a.bin', 'a.bin: Invalid data found when processing input').code).toBe(
      'not-media',
    );
    expect(classifyProbeFailure('a.mp4', 'a.mp4: Permission denied').code).toBe('file-unreadable');
    const unknown = classifyProbeFailure('a.mp4', '');
    expect(unknown.code).toBe('not-media');
    expect(unknown.hint).not.toBe('');
  });
});
