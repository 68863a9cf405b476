import { describe, expect, it } from 'vitest';
import { parseTimeInputMs } from '../../../shared/format/timeInput';

describe('parseTimeInputMs', () => {
  it.each([
    ['0', 0],
    ['75', 75_000],
    ['75.5', 75_500],
    ['2.25', 2_250],
    ['0.001', 1],
    ['1:15', 75_000],
    ['01:15.250', 75_250],
    ['1:15,250', 75_250],
    ['90:00', 5_400_000],
    ['1:02:03.456', 3_723_456],
    ['00:00:01.5', 1_500],
    [' 12 ', 12_000],
  ])('%s → %i ms', (input, expected) => {
    expect(parseTimeInputMs(input)).toBe(expected);
  });

  it.each(['', 'abc', '-1', '1:60', '1:60:00', '1:2:3:4', '1.2345', '1:', ':15', '1e3', '١٢'])(
    'refuses %j',
    (input) => {
      expect(parseTimeInputMs(input)).toBeUndefined();
    },
  );
});
