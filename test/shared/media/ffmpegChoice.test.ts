import { describe, expect, it } from 'vitest';
import { chooseFfmpeg, type FfmpegChoice, type FfmpegFacts } from '../../../shared/media/ffmpegChoice';

describe('chooseFfmpeg', () => {
  it.each<[string, FfmpegFacts, FfmpegChoice]>([
    [
      'a path wins over automatic',
      { setting: 'auto', customPath: '/opt/ff/ffmpeg', system: { shaper: 'harfbuzz' } },
      { origin: 'custom', reason: 'path-set' },
    ],
    [
      'a path wins over bundled',
      { setting: 'bundled', customPath: '/opt/ff/ffmpeg' },
      { origin: 'custom', reason: 'path-set' },
    ],
    [
      'automatic takes a HarfBuzz system ffmpeg',
      { setting: 'auto', system: { shaper: 'harfbuzz' } },
      { origin: 'system', reason: 'auto-system-harfbuzz' },
    ],
    [
      'automatic keeps the bundled one when there is no system ffmpeg',
      { setting: 'auto' },
      { origin: 'bundled', reason: 'auto-no-system' },
    ],
    [
      'automatic skips a FriBidi-only system ffmpeg',
      { setting: 'auto', system: { shaper: 'fribidi' } },
      { origin: 'bundled', reason: 'auto-system-fribidi' },
    ],
    [
      'automatic treats an unknown shaper like FriBidi',
      { setting: 'auto', system: { shaper: 'unknown' } },
      { origin: 'bundled', reason: 'auto-system-fribidi' },
    ],
    [
      'automatic skips a system ffmpeg without libass',
      { setting: 'auto', system: { shaper: 'none' } },
      { origin: 'bundled', reason: 'auto-system-no-libass' },
    ],
    [
      'automatic skips a system ffmpeg whose probe failed',
      { setting: 'auto', system: { probeFailed: true } },
      { origin: 'bundled', reason: 'auto-system-probe-failed' },
    ],
    [
      'system is obeyed even with FriBidi',
      { setting: 'system', system: { shaper: 'fribidi' } },
      { origin: 'system', reason: 'system-chosen' },
    ],
    [
      'bundled is obeyed even with a HarfBuzz system ffmpeg',
      { setting: 'bundled', system: { shaper: 'harfbuzz' } },
      { origin: 'bundled', reason: 'bundled-chosen' },
    ],
    [
      'custom without a path falls back to bundled',
      { setting: 'custom' },
      { origin: 'bundled', reason: 'bundled-chosen' },
    ],
  ])('%s', (_name, facts, expected) => {
    expect(chooseFfmpeg(facts)).toEqual(expected);
  });
});
