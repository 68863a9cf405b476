import { describe, expect, it } from 'vitest';
import { buildVideoFilter, coverRegion, fitContain, outputFrame } from '../../../shared/export/reframe';

const source = { widthPx: 1920, heightPx: 1080, fps: 25 };
const vertical = { widthPx: 1080, heightPx: 1920 };
const captions = { assFile: 'captions.ass', fontsDir: 'fonts' };

describe('buildVideoFilter', () => {
  it('crop: cuts a 9:16 window around the focus point, then scales', () => {
    const left = buildVideoFilter({
      source,
      output: vertical,
      mode: 'crop',
      focusX: 0,
      maxFps: 30,
      captions,
    });
    expect(left).toBe(
      '[0:v]crop=608:1080:0:0,scale=1080:1920,setsar=1,ass=captions.ass:fontsdir=fonts,format=yuv420p[v]',
    );
    const right = buildVideoFilter({ source, output: vertical, mode: 'crop', focusX: 1, maxFps: 30 });
    expect(right).toContain('crop=608:1080:1312:0');
    expect(right).not.toContain('ass=');
  });

  it('blur: a blurred, cropped background with the whole picture fitted on top, centred', () => {
    const graph = buildVideoFilter({
      source,
      output: vertical,
      mode: 'blur',
      focusX: 0.5,
      maxFps: 30,
      captions,
    });
    expect(graph).toContain('[0:v]split=2[bg][fg]');
    expect(graph).toMatch(/\[bg\]crop=608:1080:656:0,scale=270:480,boxblur=\d+:2,scale=1080:1920\[bgb\]/);
    expect(graph).toContain('[fg]scale=1080:608[fgs]');
    expect(graph).toContain(
      '[bgb][fgs]overlay=0:656,setsar=1,ass=captions.ass:fontsdir=fonts,format=yuv420p[v]',
    );
  });

  it('bars: fits and pads with black', () => {
    const graph = buildVideoFilter({
      source: { ...vertical, fps: 30 },
      output: { widthPx: 1280, heightPx: 720 },
      mode: 'bars',
      focusX: 0.5,
      maxFps: 30,
    });
    expect(graph).toBe('[0:v]scale=406:720,pad=1280:720:437:0:black,setsar=1,format=yuv420p[v]');
  });

  it('caps the frame rate only when the source is faster', () => {
    const fast = buildVideoFilter({
      source: { ...source, fps: 59.94 },
      output: vertical,
      mode: 'crop',
      focusX: 0.5,
      maxFps: 30,
    });
    expect(fast.startsWith('[0:v]fps=30,')).toBe(true);
    const slow = buildVideoFilter({ source, output: vertical, mode: 'crop', focusX: 0.5, maxFps: 30 });
    expect(slow).not.toContain('fps=');
  });

  it('refuses caption paths that would need escaping', () => {
    expect(() =>
      buildVideoFilter({
        source,
        output: vertical,
        mode: 'crop',
        focusX: 0.5,
        maxFps: 30,
        captions: { assFile: 'a:b.ass', fontsDir: 'fonts' },
      }),
    ).toThrow(/plain ASCII/);
  });
});

describe('sizes', () => {
  it('keeps every size even', () => {
    expect(fitContain({ widthPx: 1080, heightPx: 1920 }, { widthPx: 1280, heightPx: 720 })).toEqual({
      widthPx: 406,
      heightPx: 720,
    });
    expect(coverRegion({ widthPx: 1080, heightPx: 1920 }, { widthPx: 1280, heightPx: 720 }, 0.5)).toEqual({
      widthPx: 1080,
      heightPx: 608,
      x: 0,
      y: 656,
    });
  });

  it('the master keeps the source size, rounded to even numbers', () => {
    expect(outputFrame({ widthPx: 0, heightPx: 0 }, { widthPx: 641, heightPx: 359 })).toEqual({
      widthPx: 642,
      heightPx: 360,
    });
    expect(outputFrame({ widthPx: 1280, heightPx: 720 }, { widthPx: 641, heightPx: 359 })).toEqual({
      widthPx: 1280,
      heightPx: 720,
    });
  });
});
