import { describe, expect, it } from 'vitest';
import { parseUploadReply } from '../../../renderer/src/api/upload';

describe('parseUploadReply', () => {
  it('returns the stored path', () => {
    expect(parseUploadReply(200, JSON.stringify({ path: '/tmp/up/a.mp4' }), 'a.mp4')).toBe('/tmp/up/a.mp4');
  });

  it('throws the server error as sent', () => {
    const body = JSON.stringify({
      code: 'disk-full',
      message: 'The disk is full.',
      hint: 'Free some space.',
    });
    expect(() => parseUploadReply(507, body, 'a.mp4')).toThrow(
      expect.objectContaining({ code: 'disk-full', hint: 'Free some space.' }),
    );
  });

  it('explains an answer it cannot read', () => {
    expect(() => parseUploadReply(502, '<html>Bad gateway</html>', 'a.mp4')).toThrow(
      /Uploading a\.mp4 failed \(HTTP 502\)/,
    );
    expect(() => parseUploadReply(200, '{}', 'a.mp4')).toThrow(/HTTP 200/);
  });
});
