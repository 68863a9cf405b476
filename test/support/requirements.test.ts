import { afterEach, describe, expect, it, vi } from 'vitest';
import { isCi, needs } from './requirements';

afterEach(() => vi.restoreAllMocks());

describe('needs: the one rule for tests that need a fixture or a binary', () => {
  it.each([
    [{ CI: 'true' }, true],
    [{ CI: '1' }, true],
    [{ CI: 'false' }, false],
    [{}, false],
  ])('isCi(%j) is %s', (env, expected) => {
    expect(isCi(env)).toBe(expected);
  });

  it('lets the tests run when what they need is here, in CI or not', () => {
    expect(needs('whisper-cli', true, {})).toBe(true);
    expect(needs('whisper-cli', true, { CI: 'true' })).toBe(true);
  });

  it('skips them on a developer machine, saying what is missing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(needs('the shared fixtures at /x', false, {})).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the shared fixtures at /x'));
  });

  it('fails the run in CI (CI=true) instead of skipping', () => {
    expect(() => needs('the shared fixtures at /x', false, { CI: 'true' })).toThrow(
      /CI=true and a test needs the shared fixtures at \/x, which is missing/,
    );
  });
});
