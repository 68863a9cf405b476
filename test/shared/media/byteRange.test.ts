import { describe, expect, it } from 'vitest';
import { parseRangeHeader } from '../../../shared/media/byteRange';

describe('parseRangeHeader', () => {
  it('has nothing to honour without a byte range', () => {
    expect(parseRangeHeader(undefined, 100)).toBeUndefined();
    expect(parseRangeHeader(null, 100)).toBeUndefined();
    expect(parseRangeHeader('', 100)).toBeUndefined();
    expect(parseRangeHeader('items=0-5', 100)).toBeUndefined();
    // Several ranges would need multipart: the whole file is sent instead.
    expect(parseRangeHeader('bytes=0-1, 5-6', 100)).toBeUndefined();
  });

  it('reads first-last, open-ended and suffix ranges, clamped to the file', () => {
    expect(parseRangeHeader('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(parseRangeHeader('bytes=10-', 100)).toEqual({ start: 10, end: 99 });
    expect(parseRangeHeader('bytes=90-500', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRangeHeader('bytes=0-99999999999999999999999', 100)).toEqual({ start: 0, end: 99 });
    expect(parseRangeHeader('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRangeHeader('bytes=-500', 100)).toEqual({ start: 0, end: 99 });
    expect(parseRangeHeader(' Bytes = 5-5 ', 100)).toEqual({ start: 5, end: 5 });
  });

  it('calls impossible or malformed byte ranges unsatisfiable', () => {
    for (const header of [
      'bytes=100-',
      'bytes=100-200',
      'bytes=5-2',
      'bytes=-0',
      'bytes=-',
      'bytes=a-b',
      'bytes=1-2-3',
      'bytes',
    ]) {
      expect(parseRangeHeader(header, 100), header).toBe('unsatisfiable');
    }
    expect(parseRangeHeader('bytes=0-', 0)).toBe('unsatisfiable');
    expect(parseRangeHeader('bytes=-5', 0)).toBe('unsatisfiable');
  });
});
