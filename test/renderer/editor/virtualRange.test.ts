import { describe, expect, it } from 'vitest';
import { alignRows } from '../../../shared/editor/align';
import type { Cue, Track } from '../../../shared/transcript/model';
import { rowHeights } from '../../../renderer/src/editor/rowLayout';
import { rowAt, rowOffsets, scrollToShow, visibleRange } from '../../../renderer/src/editor/virtualRange';

const cues = (count: number, text: (index: number) => string): Cue[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `c${index}`,
    startMs: index * 3000,
    endMs: index * 3000 + 2500,
    text: text(index),
    words: [],
  }));

describe('the virtualised cue list', () => {
  it('renders only a window of rows for 2,500 cues', () => {
    const track: Track = {
      id: 'ur',
      language: 'ur',
      direction: 'rtl',
      kind: 'transcript',
      cues: cues(2500, (index) => (index % 3 === 0 ? 'ایک\nدو\nتین' : 'ایک دو')),
    };
    const rows = alignRows([track]);
    const heights = rowHeights(rows, [track], 'nastaliq');
    const offsets = rowOffsets(heights);
    expect(offsets).toHaveLength(2501);
    expect(offsets[2500]).toBe(heights.reduce((sum, height) => sum + height, 0));

    const viewport = 600;
    for (const scrollTop of [0, 12_345, offsets[1250]!, offsets[2500]! - viewport]) {
      const range = visibleRange(offsets, scrollTop, viewport, 4);
      const rendered = range.end - range.first;
      expect(rendered).toBeGreaterThan(0);
      expect(rendered).toBeLessThanOrEqual(Math.ceil(viewport / Math.min(...heights)) + 1 + 8);
      // The rows rendered cover the viewport.
      expect(offsets[range.first]!).toBeLessThanOrEqual(scrollTop);
      expect(offsets[range.end]!).toBeGreaterThanOrEqual(Math.min(scrollTop + viewport, offsets[2500]!));
    }
    expect(visibleRange(offsets, 0, viewport).first).toBe(0);
    expect(visibleRange(offsets, offsets[2500]!, viewport).end).toBe(2500);
  });

  it('finds the row at a height and scrolls a row into view only when needed', () => {
    const offsets = rowOffsets([100, 50, 100, 100]);
    expect(offsets).toEqual([0, 100, 150, 250, 350]);
    expect([
      rowAt(offsets, 0),
      rowAt(offsets, 99),
      rowAt(offsets, 100),
      rowAt(offsets, 349),
      rowAt(offsets, 999),
    ]).toEqual([0, 0, 1, 3, 3]);
    expect(scrollToShow(offsets, 2, 0, 200)).toBe(50);
    expect(scrollToShow(offsets, 0, 120, 200)).toBe(0);
    expect(scrollToShow(offsets, 1, 90, 200)).toBe(90);
    expect(scrollToShow(offsets, 9, 90, 200)).toBe(90);
    expect(visibleRange(rowOffsets([]), 0, 500)).toEqual({ first: 0, end: 0 });
  });
});
