import { describe, expect, it } from 'vitest';
import { parseProgressLine } from '../../../../electron/engine/media/ffmpegRun';

describe('parseProgressLine', () => {
  it('reads out_time_us and out_time_ms (both microseconds) as milliseconds', () => {
    expect(parseProgressLine('out_time_us=1500000')).toBe(1_500);
    expect(parseProgressLine('out_time_ms=2999600')).toBe(3_000);
    expect(parseProgressLine('  out_time_us=0  ')).toBe(0);
  });

  it('ignores every other progress line', () => {
    for (const line of [
      'out_time=00:00:01.500000',
      'frame=25',
      'progress=continue',
      'out_time_us=N/A',
      'out_time_us=-5',
      '',
    ]) {
      expect(parseProgressLine(line), line).toBeUndefined();
    }
  });
});
