import { describe, expect, it } from 'vitest';
import { applyAllFixes, applyFix } from '../../../shared/editor/fixes';
import { checkTrack, type Problem } from '../../../shared/editor/qc';
import { defaultSegmentationRules as rules } from '../../../shared/transcript/rules';
import { cue, track } from './fixtures';

const kinds = (problems: Problem[]) => problems.map((problem) => [problem.cueId, problem.kind, problem.fix]);

describe('QC checks', () => {
  it('passes a well-made cue', () => {
    expect(checkTrack(track([cue('a', 0, 2000, 'Dialogue is the first step')]), rules)).toEqual([]);
  });

  it('flags long lines and too many lines, offering a re-break when the words fit', () => {
    const long = 'Dialogue is the first step towards tolerance on campus.';
    const problems = checkTrack(
      track([cue('a', 0, 5000, long), cue('b', 6000, 9000, 'one\ntwo\nthree')]),
      rules,
    );
    expect(kinds(problems)).toEqual([
      ['a', 'line-too-long', 'rebreak'],
      ['b', 'too-many-lines', 'rebreak'],
    ]);
    expect(problems[0]).toMatchObject({ actual: 55, limit: 42, severity: 'error' });
  });

  it('flags reading speed, short and long cues, overlaps, small gaps and chainable gaps', () => {
    const problems = checkTrack(
      track([
        cue('fast', 0, 1000, 'This sentence is far too long to read in a second'),
        cue('short', 1100, 1500, 'Hi'),
        cue('long', 1550, 9000, 'Hello there'),
        cue('over', 8900, 10_000, 'Overlap'),
        cue('chain', 10_300, 11_500, 'Chain me'),
        cue('empty', 12_000, 13_000, ' '),
      ]),
      rules,
    );
    expect(kinds(problems)).toEqual([
      ['fast', 'line-too-long', 'rebreak'],
      ['fast', 'too-fast', undefined],
      ['fast', 'chainable-gap', 'chain'],
      ['short', 'too-short', undefined],
      ['short', 'gap-too-small', undefined],
      ['long', 'too-long', undefined],
      ['long', 'overlap', 'trim-end'],
      ['over', 'chainable-gap', 'chain'],
      ['chain', 'chainable-gap', 'chain'],
      ['empty', 'empty', undefined],
    ]);
    expect(problems.find((p) => p.kind === 'too-fast')?.actual).toBe(49);
  });
});

describe('fixes', () => {
  it('re-breaks lines, extends into free time, trims overlaps and chains gaps', () => {
    const long = 'Dialogue is the first step towards tolerance on campus.';
    const t = track([
      cue('a', 0, 5000, long),
      cue('b', 6000, 6300, 'Short one'),
      cue('c', 9000, 10_100, 'Overlap'),
      cue('d', 10_000, 11_000, 'Next'),
      cue('e', 11_300, 12_500, 'Chained'),
    ]);
    expect(applyFix(t, 'a', 'rebreak', rules).cues[0]?.text).toBe(
      'Dialogue is the first step\ntowards tolerance on campus.',
    );
    expect(applyFix(t, 'b', 'extend', rules).cues[1]?.endMs).toBe(6000 + 833);
    expect(applyFix(t, 'c', 'trim-end', rules).cues[2]?.endMs).toBe(10_000 - 83);
    expect(applyFix(t, 'd', 'chain', rules).cues[3]?.endMs).toBe(11_300 - 83);
    expect(applyFix(t, 'e', 'chain', rules)).toBe(t);
    const fixed = applyAllFixes(t, rules);
    expect(checkTrack(fixed, rules).filter((p) => p.fix !== undefined)).toEqual([]);
    expect(fixed.cues.map((c) => c.text.replace('\n', ' '))).toEqual(t.cues.map((c) => c.text));
  });

  it('does not extend a cue into the next one', () => {
    const t = track([cue('a', 0, 300, 'Hi'), cue('b', 500, 2000, 'There')]);
    expect(checkTrack(t, rules).find((p) => p.kind === 'too-short')?.fix).toBeUndefined();
    expect(applyFix(t, 'a', 'extend', rules).cues[0]?.endMs).toBe(417);
  });
});
