import { describe, expect, it } from 'vitest';
import { decideVad, type VadChoice, type VadDecision } from '../../../shared/transcript/vadPolicy';

const minute = 60_000;

describe('decideVad', () => {
  it.each<[VadChoice, number, boolean, boolean, VadDecision]>([
    ['auto', 11_000, true, true, { use: false, reason: 'short-recording' }],
    ['auto', minute, true, true, { use: false, reason: 'short-recording' }],
    ['auto', minute + 1, true, true, { use: true, reason: 'long-recording' }],
    ['auto', 2 * 3600_000, true, true, { use: true, reason: 'long-recording' }],
    ['auto', 10 * minute, false, true, { use: false, reason: 'no-vad-build', refused: false }],
    ['auto', 10 * minute, true, false, { use: false, reason: 'no-vad-model', refused: false }],
    ['on', 11_000, true, true, { use: true, reason: 'chosen' }],
    ['on', 11_000, false, true, { use: false, reason: 'no-vad-build', refused: true }],
    ['on', 10 * minute, true, false, { use: false, reason: 'no-vad-model', refused: true }],
    ['off', 10 * minute, true, true, { use: false, reason: 'chosen' }],
    ['off', 11_000, false, false, { use: false, reason: 'chosen' }],
  ])('%s, %i ms, build has VAD %s, model %s', (choice, durationMs, buildHasVad, modelInstalled, expected) => {
    expect(decideVad({ choice, durationMs, buildHasVad, modelInstalled })).toEqual(expected);
  });
});
