import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatCommandLine, quoteArgument } from '../../../../electron/engine/process/commandLine';

/** Runs a logged command line through a real POSIX shell and returns the arguments it saw. */
function argumentsSeenByShell(commandLine: string): string[] {
  const result = spawnSync('/bin/sh', ['-c', commandLine], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.split('\0').slice(0, -1);
}

const awkward = [
  'plain',
  'with space',
  "it's",
  'say "hi"',
  'a:b:c',
  'x,y',
  '[1]',
  '100%',
  'گفتگو',
  `it's "a": test [1], 100% گفتگو.mp4`,
  '',
  '$HOME',
  '`date`',
  'semi;colon',
  'back\\slash',
  'star*',
  'tab\there',
  'line\nbreak',
  '-vf',
  "scale=-2:'min(720,ih)'",
  'out_time=00:00:01.5',
  '~',
  '!bang',
  '#hash',
  '&amp',
  'a|b',
  '(x)',
  '<in>',
  '{a,b}',
];

describe('quoteArgument / formatCommandLine', () => {
  it('leaves plain words readable', () => {
    expect(quoteArgument('-hide_banner')).toBe('-hide_banner');
    expect(quoteArgument('/usr/bin/ffmpeg')).toBe('/usr/bin/ffmpeg');
    expect(quoteArgument('pipe:1')).toBe('pipe:1');
    expect(quoteArgument('')).toBe("''");
    expect(quoteArgument('a b')).toBe("'a b'");
    expect(quoteArgument("it's")).toBe("'it'\\''s'");
  });

  it('round-trips every argument through /bin/sh exactly', () => {
    const line = formatCommandLine('printf', ['%s\\0', ...awkward]);
    expect(argumentsSeenByShell(line)).toEqual(awkward);
  });

  it('round-trips each argument on its own', () => {
    for (const argument of awkward) {
      expect(argumentsSeenByShell(formatCommandLine('printf', ['%s\\0', argument])), argument).toEqual([
        argument,
      ]);
    }
  });

  it('quotes a binary path with spaces', () => {
    expect(formatCommandLine('/opt/My Tools/ffmpeg', ['-i', 'a.mp4'])).toBe(
      "'/opt/My Tools/ffmpeg' -i a.mp4",
    );
  });
});
