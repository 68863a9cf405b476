import { describe, expect, it } from 'vitest';
import {
  assTimeStyle,
  formatAssTimestamp,
  parseTimestamp,
  srtTimeStyle,
  textTimeStyle,
  vttTimeStyle,
} from '../../../shared/subtitles/timestamps';

describe('parseTimestamp', () => {
  it('reads standard times into integer milliseconds, past 24 hours too', () => {
    expect(parseTimestamp('00:01:02,345', srtTimeStyle)).toEqual({ timeMs: 62_345, slips: [] });
    expect(parseTimestamp('25:00:00,001', srtTimeStyle)).toEqual({ timeMs: 90_000_001, slips: [] });
    expect(parseTimestamp('100:00:00.000', vttTimeStyle)?.timeMs).toBe(360_000_000);
    expect(parseTimestamp('01:02.345', vttTimeStyle)).toEqual({ timeMs: 62_345, slips: [] });
    expect(parseTimestamp('0:00:01.50', assTimeStyle)).toEqual({ timeMs: 1500, slips: [] });
    expect(parseTimestamp('[', textTimeStyle)).toBeUndefined();
    expect(parseTimestamp('01:02', textTimeStyle)).toEqual({ timeMs: 62_000, slips: [] });
  });

  it('reads a short fraction as a decimal fraction (00:00:01,5 is 1500 ms, not 1005)', () => {
    expect(parseTimestamp('00:00:01,5', srtTimeStyle)).toEqual({
      timeMs: 1500,
      slips: ['short-fraction'],
    });
    expect(parseTimestamp('00:00:01,05', srtTimeStyle)?.timeMs).toBe(1050);
    expect(parseTimestamp('00:00:01,5004', srtTimeStyle)?.timeMs).toBe(1500);
  });

  it('names every slip from the format’s own shape', () => {
    expect(parseTimestamp('00:00:01.500', srtTimeStyle)?.slips).toEqual(['wrong-separator']);
    expect(parseTimestamp('00:01,500', srtTimeStyle)?.slips).toEqual(['no-hours']);
    expect(parseTimestamp('0:0:01,500', srtTimeStyle)?.slips).toEqual(['one-digit-field']);
    expect(parseTimestamp('00:00:01', srtTimeStyle)).toEqual({
      timeMs: 1000,
      slips: ['no-fraction'],
    });
  });

  it('refuses what is not a time', () => {
    for (const text of ['00:00:0x,500', '', '00:60:00,000', '00:00:60,000', '-00:00:01,000', '1', 'a:b:c'])
      expect(parseTimestamp(text, srtTimeStyle), text).toBeUndefined();
  });
});

describe('formatAssTimestamp', () => {
  it('writes centiseconds and unpadded hours, rounding to 10 ms', () => {
    expect(formatAssTimestamp(400)).toBe('0:00:00.40');
    expect(formatAssTimestamp(1234)).toBe('0:00:01.23');
    expect(formatAssTimestamp(1235)).toBe('0:00:01.24');
    expect(formatAssTimestamp(25 * 3_600_000 + 61_500)).toBe('25:01:01.50');
  });
});
