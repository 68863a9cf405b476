import { describe, expect, it } from 'vitest';
import { expectUrduCatalogue } from '../i18n/catalogCheck';
import { markSpans, percentOf } from '../../../renderer/src/editor/cueMarks';
import {
  rowHeights,
  lineHeightPx,
  visibleLines,
  CELL_CHROME_PX,
} from '../../../renderer/src/editor/rowLayout';
import {
  msToPx,
  peakWindow,
  pxToMs,
  scrollAfterZoom,
  zoomed,
  MAX_PX_PER_SECOND,
} from '../../../renderer/src/editor/timeScale';
import { editorCatalogs } from '../../../renderer/src/editor/i18n/useEditorT';
import type { Track } from '../../../shared/transcript/model';

const word = (text: string, probability: number) => ({ text, startMs: 0, endMs: 1, probability });

describe('cue marks', () => {
  it('cuts the text into plain, uncertain and spoken spans that join back to the text', () => {
    const cue = {
      text: 'میرا نام عائشہ ہے',
      words: [word('میرا', 0.9), word('نام', 0.9), word('عائشہ', 0.42), word('ہے', 0.9)],
    };
    const spans = markSpans(cue, 1);
    expect(spans.map((span) => span.text).join('')).toBe(cue.text);
    expect(spans).toEqual([
      { text: 'میرا ' },
      { text: 'نام', active: true },
      { text: ' ' },
      { text: 'عائشہ', uncertain: 42 },
      { text: ' ہے' },
    ]);
    expect(markSpans({ text: 'no words', words: [] }, -1)).toEqual([{ text: 'no words' }]);
    expect(percentOf(0.599)).toBe(59);
  });
});

describe('row layout', () => {
  it('gives Nastaliq rows more room than Naskh and Latin, and grows with lines', () => {
    expect(lineHeightPx('rtl', 'nastaliq')).toBeGreaterThan(lineHeightPx('rtl', 'naskh'));
    expect(lineHeightPx('rtl', 'naskh')).toBeGreaterThan(lineHeightPx('ltr', 'nastaliq'));
    expect([visibleLines('a'), visibleLines('a\nb\nc'), visibleLines('1\n2\n3\n4\n5\n6')]).toEqual([2, 3, 4]);
    const ur: Track = {
      id: 'ur',
      language: 'ur',
      direction: 'rtl',
      kind: 'transcript',
      cues: [{ id: 'a', startMs: 0, endMs: 1, text: 'a\nb\nc', words: [] }],
    };
    const en: Track = { ...ur, id: 'en', language: 'en', direction: 'ltr', cues: [] };
    expect(rowHeights([{ startMs: 0, cells: [0, undefined] }], [ur, en], 'naskh')).toEqual([
      3 * 34 + CELL_CHROME_PX,
    ]);
  });
});

describe('time scale', () => {
  it('converts between ms and px, zooms within limits around a point', () => {
    expect(msToPx(1500, { pxPerSecond: 80 })).toBe(120);
    expect(pxToMs(120, { pxPerSecond: 80 })).toBe(1500);
    expect(zoomed(700, 2)).toBe(MAX_PX_PER_SECOND);
    expect(scrollAfterZoom(100, 50, 80, 160)).toBe(250);
    expect(peakWindow(100, 10, 55, 105)).toEqual([5, 11]);
    expect(peakWindow(0, 10, 0, 100)).toEqual([0, 0]);
  });
});

describe('editor strings', () => {
  it('has the same keys and placeholders in Urdu, written in Urdu', () => {
    expectUrduCatalogue(editorCatalogs.en, editorCatalogs.ur);
  });
});
