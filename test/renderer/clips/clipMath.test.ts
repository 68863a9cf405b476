import { describe, expect, it } from 'vitest';
import { coverRegion } from '../../../shared/export/reframe';
import type { Track } from '../../../shared/transcript/model';
import {
  clipFromCues,
  cropWindow,
  fitBox,
  focusForCentre,
  formatClipDuration,
  formatClipTime,
  formatRange,
  parseClipTime,
  splitList,
  titleFromText,
} from '../../../renderer/src/clips/clipMath';

const cue = (id: string, startMs: number, endMs: number, text: string, speakerId?: string) => ({
  id,
  startMs,
  endMs,
  text,
  words: [],
  ...(speakerId ? { speakerId } : {}),
});
const track: Pick<Track, 'cues'> = {
  cues: [
    cue('a', 400, 3200, 'میرا نام عائشہ ہے،', 'p1'),
    cue('b', 3400, 7100, 'اس مکالمے نے\nمجھے سکھایا۔', 'p1'),
    cue('c', 7300, 10_900, 'We started 3 campaigns.', 'p2'),
  ],
};

describe('crop window from the focus point and the aspect', () => {
  const source = { widthPx: 1920, heightPx: 1080 };
  const vertical = { widthPx: 1080, heightPx: 1920 };

  it('keeps the full height and the output shape, moved sideways by the focus', () => {
    const centre = cropWindow(source, vertical, 0.5);
    expect(centre.width).toBeCloseTo((9 / 16) * (9 / 16), 5);
    expect(centre.left).toBeCloseTo((1 - centre.width) / 2, 5);
    expect(cropWindow(source, vertical, 0).left).toBe(0);
    expect(cropWindow(source, vertical, 1).left + cropWindow(source, vertical, 1).width).toBeCloseTo(1, 5);
    expect(cropWindow(source, vertical, 7).left).toBeCloseTo(cropWindow(source, vertical, 1).left, 5);
  });

  it('agrees with the export’s crop region', () => {
    for (const focus of [0, 0.3, 0.5, 1]) {
      const region = coverRegion(source, vertical, focus);
      const window = cropWindow(source, vertical, focus);
      expect(window.left * source.widthPx).toBeCloseTo(region.x, -1);
      expect(window.width * source.widthPx).toBeCloseTo(region.widthPx, -1);
    }
  });

  it('cuts nothing sideways when the source is narrower than the output', () => {
    expect(cropWindow(vertical, source, 0.2)).toEqual({ left: 0, width: 1 });
    expect(cropWindow(source, { widthPx: 1280, heightPx: 720 }, 0)).toEqual({ left: 0, width: 1 });
  });

  it('turns a dragged centre back into a focus point, clamped', () => {
    const width = 0.25;
    expect(focusForCentre(0.5, width)).toBeCloseTo(0.5, 5);
    expect(focusForCentre(0, width)).toBe(0);
    expect(focusForCentre(1, width)).toBe(1);
    const focus = focusForCentre(0.3, width);
    const window = cropWindow(
      { widthPx: 1600, heightPx: 900 },
      { widthPx: 900 * 0.25 * (16 / 9), heightPx: 900 },
      focus,
    );
    expect(window.left + window.width / 2).toBeCloseTo(0.3, 2);
    expect(focusForCentre(0.9, 1)).toBe(0.5);
  });

  it('fits a preview box of the preset’s shape', () => {
    expect(fitBox(vertical, 420, 420)).toEqual({ widthPx: 236, heightPx: 420 });
    expect(fitBox(source, 420, 420)).toEqual({ widthPx: 420, heightPx: 236 });
  });
});

describe('clip from a cue selection', () => {
  it('spans the chosen cues in track order, with their text and common speaker', () => {
    expect(clipFromCues(track, ['b', 'a'])).toEqual({
      startMs: 400,
      endMs: 7100,
      text: 'میرا نام عائشہ ہے، اس مکالمے نے مجھے سکھایا۔',
      speakerId: 'p1',
    });
  });

  it('leaves the speaker out when the cues have different ones, and gives nothing for no cues', () => {
    expect(clipFromCues(track, ['b', 'c'])).toEqual({
      startMs: 3400,
      endMs: 10_900,
      text: 'اس مکالمے نے مجھے سکھایا۔ We started 3 campaigns.',
    });
    expect(clipFromCues(track, [])).toBeUndefined();
    expect(clipFromCues(track, ['gone'])).toBeUndefined();
  });

  it('titles a clip from its first words', () => {
    expect(titleFromText('short title')).toBe('short title');
    expect(titleFromText('one two three four five six seven', 20)).toBe('one two three four…');
  });
});

describe('times and lists', () => {
  it('formats and parses clip times', () => {
    expect(formatClipTime(65_300)).toBe('1:05');
    expect(formatClipTime(65_300, true)).toBe('1:05.3');
    // One length formatter for the dialog and the list: 59.6 s is neither "1:00" nor "0:59".
    expect(formatClipDuration(59_600)).toBe('0:59.6');
    expect(formatClipDuration(60_000)).toBe('1:00.0');
    expect(formatRange(400, 7100)).toBe('0:00–0:07');
    expect(parseClipTime('1:05.3')).toBe(65_300);
    expect(parseClipTime(' 65 ')).toBe(65_000);
    expect(parseClipTime('0:07,5')).toBe(7500);
    expect(parseClipTime('1:75')).toBeUndefined();
    expect(parseClipTime('soon')).toBeUndefined();
  });

  it('splits tags and hashtags', () => {
    expect(splitList('peace, youth،, Peace ,')).toEqual(['peace', 'youth']);
    expect(splitList('PeaceTalks, #campus, peace talks, #', true)).toEqual(['#PeaceTalks', '#campus']);
  });
});
