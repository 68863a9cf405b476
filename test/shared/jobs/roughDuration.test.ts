import { describe, expect, it } from 'vitest';
import { englishRoughDuration, roughDuration, type RoughDuration } from '../../../shared/jobs/roughDuration';

describe('roughDuration', () => {
  it.each<[number, RoughDuration, string]>([
    [0, { unit: 'under-minute' }, 'less than a minute'],
    [44_000, { unit: 'under-minute' }, 'less than a minute'],
    [45_000, { unit: 'minutes', count: 1 }, 'about 1 min'],
    [170_000, { unit: 'minutes', count: 3 }, 'about 3 min'],
    [89 * 60_000, { unit: 'minutes', count: 89 }, 'about 89 min'],
    [90 * 60_000, { unit: 'hours', count: 1.5 }, 'about 1.5 h'],
    [200 * 60_000, { unit: 'hours', count: 3.5 }, 'about 3.5 h'],
    [-5, { unit: 'under-minute' }, 'less than a minute'],
  ])('%i ms', (ms, rough, english) => {
    expect(roughDuration(ms)).toEqual(rough);
    expect(englishRoughDuration(ms)).toBe(english);
  });
});
