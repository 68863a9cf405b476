import { describe, expect, it } from 'vitest';
import { alignedCueIds, setSpeaker } from '../../../shared/editor/speakers';
import type { Track, Transcript } from '../../../shared/transcript/model';
import { cue, track } from './fixtures';

const transcriptOf = (...tracks: Track[]): Transcript => ({
  schemaVersion: 1,
  mediaId: 'm1',
  model: 'imported',
  createdAt: '2025-01-01T00:00:00.000Z',
  revision: 3,
  language: 'ur',
  tracks,
});

const urdu = track(
  [cue('u1', 0, 2000, 'ایک'), cue('u2', 2000, 5000, 'دو'), cue('u3', 5000, 6000, 'تین')],
  'ur',
);
const english = {
  ...track([cue('e1', 100, 1900, 'one'), cue('e2', 1800, 4500, 'two'), cue('e3', 4800, 6500, 'three')]),
  kind: 'translation' as const,
};

describe('setSpeaker', () => {
  it('sets the speaker on the cue and on the cues said at the same time in the other tracks', () => {
    const next = setSpeaker(
      transcriptOf(urdu, english),
      { trackId: urdu.id, cueId: 'u2', scope: 'aligned' },
      'p1',
    );
    expect(next.tracks[0]!.cues.map((c) => c.speakerId)).toEqual([undefined, 'p1', undefined]);
    expect(next.tracks[1]!.cues.map((c) => c.speakerId)).toEqual([undefined, 'p1', undefined]);
  });

  it('with scope track, leaves the other tracks alone', () => {
    const next = setSpeaker(
      transcriptOf(urdu, english),
      { trackId: english.id, cueId: 'e3', scope: 'track' },
      'p2',
    );
    expect(next.tracks[0]).toBe(urdu);
    expect(next.tracks[1]!.cues.map((c) => c.speakerId)).toEqual([undefined, undefined, 'p2']);
  });

  it('clears the speaker (the property goes) and returns the same transcript when nothing changes', () => {
    const base = transcriptOf(urdu, english);
    const set = setSpeaker(base, { trackId: urdu.id, cueId: 'u1', scope: 'aligned' }, 'p1');
    const cleared = setSpeaker(set, { trackId: urdu.id, cueId: 'u1', scope: 'aligned' }, undefined);
    expect('speakerId' in cleared.tracks[0]!.cues[0]!).toBe(false);
    expect('speakerId' in cleared.tracks[1]!.cues[0]!).toBe(false);
    expect(setSpeaker(set, { trackId: urdu.id, cueId: 'u1', scope: 'aligned' }, 'p1')).toBe(set);
    expect(setSpeaker(base, { trackId: urdu.id, cueId: 'nope', scope: 'aligned' }, 'p1')).toBe(base);
    expect(base.tracks[0]!.cues[0]!.speakerId).toBeUndefined();
  });

  it('gives a cue of another track to the cue it overlaps most', () => {
    // e2 (1800–4500) overlaps u1 by 100 ms and u2 by 2500 ms: it goes with u2, not u1.
    expect(alignedCueIds(urdu, urdu.cues[0]!, english)).toEqual(['e1']);
    expect(alignedCueIds(urdu, urdu.cues[1]!, english)).toEqual(['e2']);
    // e3 (4800–6500): 200 ms with u2, 1000 ms with u3.
    expect(alignedCueIds(urdu, urdu.cues[2]!, english)).toEqual(['e3']);
    const point = track([cue('z', 3000, 3000, '')], 'sd');
    expect(alignedCueIds(urdu, urdu.cues[1]!, point)).toEqual(['z']);
  });
});
