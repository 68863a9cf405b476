import { describe, expect, it } from 'vitest';
import { formatBytes, formatDurationMs, parseClockToMs } from '../../../shared/format/duration';

describe('formatDurationMs', () => {
  it('writes minutes and seconds under an hour', () => {
    expect(formatDurationMs(0)).toBe('0:00');
    expect(formatDurationMs(7_000)).toBe('0:07');
    expect(formatDurationMs(245_000)).toBe('4:05');
    expect(formatDurationMs(3_599_000)).toBe('59:59');
  });

  it('adds hours with two-digit minutes from an hour on', () => {
    expect(formatDurationMs(3_600_000)).toBe('1:00:00');
    expect(formatDurationMs(3_723_000)).toBe('1:02:03');
    expect(formatDurationMs(90_061_000)).toBe('25:01:01');
  });

  it('rounds to the nearest second and never goes negative', () => {
    expect(formatDurationMs(1_499)).toBe('0:01');
    expect(formatDurationMs(1_500)).toBe('0:02');
    expect(formatDurationMs(59_600)).toBe('1:00');
    expect(formatDurationMs(-5_000)).toBe('0:00');
  });
});

describe('parseClockToMs', () => {
  it("reads ffmpeg's clock times in integer milliseconds", () => {
    expect(parseClockToMs('00:00:01.500000')).toBe(1_500);
    expect(parseClockToMs('01:02:03.04')).toBe(3_723_040);
    expect(parseClockToMs('0:00:07')).toBe(7_000);
    expect(parseClockToMs('  00:01:00.000  ')).toBe(60_000);
  });

  it('reads plain seconds', () => {
    expect(parseClockToMs('3.0016')).toBe(3_002);
    expect(parseClockToMs('42')).toBe(42_000);
  });

  it('says undefined for anything that is not a time', () => {
    for (const text of ['', 'N/A', '-1', '1:2', '00:00:01,5', 'abc', '1e3']) {
      expect(parseClockToMs(text), text).toBeUndefined();
    }
  });
});

describe('formatBytes', () => {
  it('uses decimal units with one decimal below ten', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1_000)).toBe('1.0 KB');
    expect(formatBytes(1_500_000)).toBe('1.5 MB');
    expect(formatBytes(25_000_000)).toBe('25 MB');
    expect(formatBytes(2_100_000_000)).toBe('2.1 GB');
    expect(formatBytes(3_000_000_000_000_000)).toBe('3000 TB');
  });
});
