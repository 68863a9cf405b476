import { describe, expect, it } from 'vitest';
import { formatTimestamp } from '../../../shared/subtitles/timestamps';
import { toSrt, toVtt } from '../../../shared/subtitles/writeSubtitles';

describe('subtitle timestamps', () => {
  it('formats integer milliseconds for SRT and WebVTT', () => {
    expect(formatTimestamp(1500, ',')).toBe('00:00:01,500');
    expect(formatTimestamp(3_723_045, '.')).toBe('01:02:03.045');
  });

  it('keeps counting hours past a day instead of wrapping', () => {
    expect(formatTimestamp(25 * 3_600_000 + 1, ',')).toBe('25:00:00,001');
    expect(formatTimestamp(100 * 3_600_000, ',')).toBe('100:00:00,000');
  });
});

describe('writing SRT and WebVTT', () => {
  const cues = [
    { startMs: 0, endMs: 1200, text: 'ہم نے بات کی۔' },
    { startMs: 1300, endMs: 4000, text: 'Line one\n\nLine two' },
  ];

  it('writes numbered SRT cues with Urdu kept in logical order', () => {
    expect(toSrt(cues)).toBe(
      '1\n00:00:00,000 --> 00:00:01,200\nہم نے بات کی۔\n\n2\n00:00:01,300 --> 00:00:04,000\nLine one\nLine two\n',
    );
  });

  it('writes WebVTT with a header and no blank line inside a cue', () => {
    expect(toVtt(cues, 'ur')).toBe(
      'WEBVTT\nLanguage: ur\n\n00:00:00.000 --> 00:00:01.200\nہم نے بات کی۔\n\n00:00:01.300 --> 00:00:04.000\nLine one\nLine two\n',
    );
    expect(toVtt([])).toBe('WEBVTT\n');
  });
});
