import { describe, expect, it } from 'vitest';
import {
  compileQuery,
  expandReplacement,
  findMatches,
  replaceAll,
  replaceMatch,
} from '../../../shared/editor/find';
import { cue, track, word } from './fixtures';

const t = track(
  [
    cue('a', 0, 1000, 'ہم نے social media پر', [word('social', 100, 300, 0.4)]),
    cue('b', 1100, 2000, 'Social Media is social'),
  ],
  'ur',
);

const compiled = (query: string, regex = false, caseSensitive = false): RegExp => {
  const result = compileQuery(query, { regex, caseSensitive });
  if (!result.ok) throw new Error(result.message);
  return result.pattern;
};

describe('find and replace', () => {
  it('finds plain text, with or without case, special characters literal', () => {
    expect(findMatches(t, compiled('social')).map((m) => [m.cueId, m.start])).toEqual([
      ['a', 6],
      ['b', 0],
      ['b', 16],
    ]);
    expect(findMatches(t, compiled('social', false, true))).toHaveLength(2);
    expect(findMatches(t, compiled('a.'))).toEqual([]);
  });

  it('reports an invalid regular expression and an empty query', () => {
    expect(compileQuery('(', { regex: true, caseSensitive: false }).ok).toBe(false);
    expect(compileQuery('', { regex: false, caseSensitive: false }).ok).toBe(false);
  });

  it('replaces one match or all, with regex groups; words follow and lose uncertainty', () => {
    const one = replaceMatch(t, compiled('social'), { cueId: 'b', start: 16, end: 22 }, 'public');
    expect(one.cues[1]?.text).toBe('Social Media is public');
    expect(replaceMatch(t, compiled('social'), { cueId: 'b', start: 3, end: 9 }, 'x')).toBe(t);
    const all = replaceAll(t, compiled('social (media)', true), 'سوشل $1');
    expect(all.count).toBe(2);
    expect(all.track.cues.map((c) => c.text)).toEqual(['ہم نے سوشل media پر', 'سوشل Media is social']);
    expect(all.track.cues[0]?.words.every((w) => w.probability === 1)).toBe(true);
    expect(replaceAll(t, compiled('zzz'), 'y').track).toBe(t);
  });

  it('expands replacement templates like String.replace', () => {
    const found = /(?<first>a)(b)/.exec('xaby')!;
    expect(expandReplacement("[$&|$1|$2|$<first>|$$|$`|$'|$9]", found, 'xaby')).toBe('[ab|a|b|a|$|x|y|$9]');
  });
});
