import { describe, expect, it } from 'vitest';
import { scopeSpan, shiftTranscript, stretchTranscript } from '../../../shared/editor/retime';
import type { Track, Transcript } from '../../../shared/transcript/model';
import { cue, track, word } from './fixtures';

const transcriptOf = (...tracks: Track[]): Transcript => ({
  schemaVersion: 1,
  mediaId: 'm1',
  model: 'imported',
  createdAt: '2025-01-01T00:00:00.000Z',
  revision: 1,
  language: 'ur',
  tracks,
});
const urdu = track(
  [cue('u1', 1000, 2000, 'ایک', [word('ایک', 1000, 1800)]), cue('u2', 3000, 4000, 'دو')],
  'ur',
);
const english = track([cue('e1', 400, 2100, 'one'), cue('e2', 3100, 4200, 'two')]);
const times = (t: Transcript) => t.tracks.map((tr) => tr.cues.map((c) => [c.startMs, c.endMs]));

describe('shiftTranscript', () => {
  it('moves every cue of every track, words too', () => {
    const next = shiftTranscript(transcriptOf(urdu, english), 500, { kind: 'all' });
    expect(times(next)).toEqual([
      [
        [1500, 2500],
        [3500, 4500],
      ],
      [
        [900, 2600],
        [3600, 4700],
      ],
    ]);
    expect(next.tracks[0]!.cues[0]!.words[0]).toMatchObject({ startMs: 1500, endMs: 2300 });
  });

  it('stops an earlier shift at 0 for all tracks together, keeping them in step', () => {
    const next = shiftTranscript(transcriptOf(urdu, english), -5000, { kind: 'all' });
    expect(times(next)).toEqual([
      [
        [600, 1600],
        [2600, 3600],
      ],
      [
        [0, 1700],
        [2700, 3800],
      ],
    ]);
  });

  it('moves only the cues from a time on, or one cue', () => {
    const base = transcriptOf(urdu, english);
    expect(times(shiftTranscript(base, 250, { kind: 'from', startMs: 3000 }))).toEqual([
      [
        [1000, 2000],
        [3250, 4250],
      ],
      [
        [400, 2100],
        [3350, 4450],
      ],
    ]);
    const one = shiftTranscript(base, -100, { kind: 'cue', trackId: urdu.id, cueId: 'u2' });
    expect(times(one)).toEqual([
      [
        [1000, 2000],
        [2900, 3900],
      ],
      [
        [400, 2100],
        [3100, 4200],
      ],
    ]);
    expect(one.tracks[1]).toBe(english);
    expect(shiftTranscript(base, 0, { kind: 'all' })).toBe(base);
    expect(shiftTranscript(base, 100, { kind: 'from', startMs: 99_000 })).toBe(base);
  });
});

describe('stretchTranscript', () => {
  it('maps the first start and the last end onto the new times, linearly', () => {
    const base = transcriptOf(urdu, english);
    expect(scopeSpan(base, { kind: 'all' })).toEqual({ startMs: 400, endMs: 4200 });
    const next = stretchTranscript(base, { kind: 'all' }, 800, 8400);
    // factor 2 around 400, then +400: t → 2t.
    expect(times(next)).toEqual([
      [
        [2000, 4000],
        [6000, 8000],
      ],
      [
        [800, 4200],
        [6200, 8400],
      ],
    ]);
  });

  it('refuses an empty or reversed span', () => {
    const base = transcriptOf(urdu, english);
    expect(stretchTranscript(base, { kind: 'all' }, 5000, 5000)).toBe(base);
    expect(stretchTranscript(base, { kind: 'all' }, 5000, 1000)).toBe(base);
  });
});
