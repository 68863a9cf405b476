import { describe, expect, it } from 'vitest';
import {
  diskErrorWords,
  diskProblemInToolOutput,
  diskProblemOfErrno,
  failedAction,
} from '../../shared/diskErrors';
import { toErrorInfo } from '../../shared/errors';

const errno = (code: string, path: string, syscall: string) =>
  Object.assign(new Error(`${code}: failed, ${syscall} '${path}'`), { code, path, syscall });

describe('disk problems', () => {
  it.each([
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EROFS', 'read-only'],
    ['EACCES', 'permission-denied'],
    ['EPERM', 'permission-denied'],
    ['ENOENT', undefined],
    ['EIO', undefined],
    [undefined, undefined],
  ])('errno %s is %s', (code, problem) => {
    expect(diskProblemOfErrno(code)).toBe(problem);
  });

  it.each([
    ['av_interleaved_write_frame(): No space left on device', 'disk-full'],
    ['Error writing trailer of /w/a.wav: Disk quota exceeded', 'disk-full'],
    ['/w/out.mp4: Read-only file system', 'read-only'],
    ['/w/out.mp4: Permission denied', 'permission-denied'],
    ['moov atom not found', undefined],
    ['', undefined],
  ])('tool output %j is %s', (output, problem) => {
    expect(diskProblemInToolOutput(output)).toBe(problem);
  });

  it.each([
    ['write', 'written'],
    ['rename', 'written'],
    ['mkdir', 'written'],
    ['open', 'opened'],
    ['scandir', 'read'],
    ['read', 'read'],
    [undefined, 'written'],
  ])('syscall %s: the file could not be %s', (syscall, action) => {
    expect(failedAction(syscall)).toBe(action);
  });

  it.each(['disk-full', 'read-only', 'permission-denied'] as const)(
    '%s names the file and says what to do, naming the folder where it helps',
    (problem) => {
      const words = diskErrorWords(problem, {
        filePath: '/home/sana/Guftagu/sessions/a/session.json',
        keptNote: 'The last saved copy is intact.',
      });
      expect(words.code).toBe(problem);
      expect(words.message).toMatch(
        /^session\.json could not be written: .+\. The last saved copy is intact\.$/,
      );
      expect(words.hint).not.toBe('');
      if (problem !== 'disk-full') expect(words.hint).toContain('/home/sana/Guftagu/sessions/a');
    },
  );

  it('uses the words of what failed when given, on Windows paths too', () => {
    const words = diskErrorWords('read-only', {
      filePath: 'D:\\Interviews\\out.mp4',
      what: 'The clip could not be exported',
    });
    expect(words.message).toBe('The clip could not be exported: the disk is read-only.');
    expect(words.hint).toContain('D:\\Interviews');
  });
});

describe('toErrorInfo of a system error', () => {
  it.each([
    ['ENOSPC', 'disk-full', 'written'],
    ['EROFS', 'read-only', 'written'],
    ['EACCES', 'permission-denied', 'written'],
  ] as const)('%s from fs becomes %s with a hint, never "something went wrong"', (code, expected, action) => {
    const info = toErrorInfo(errno(code, '/w/sessions/a/media/x/audio.wav', 'write'));
    expect(info.code).toBe(expected);
    expect(info.message).toBe(
      diskErrorWords(expected, { filePath: '/w/sessions/a/media/x/audio.wav', action }).message,
    );
    expect(info.message).not.toContain('Something went wrong');
    expect(info.hint).not.toContain('bug report');
    // The stack stays for the log and --verbose.
    expect(info.details).toContain(code);
  });

  it('says "could not be read" for a denied folder listing', () => {
    expect(toErrorInfo(errno('EACCES', '/w/sessions', 'scandir')).message).toBe(
      'sessions could not be read: permission was denied.',
    );
  });

  it('leaves other system errors as internal', () => {
    expect(toErrorInfo(errno('EIO', '/w/a', 'read')).code).toBe('internal');
  });
});
