import { describe, expect, it } from 'vitest';
import { errorInfoSchema, GuftaguError, toErrorInfo } from '../../shared/errors';

describe('GuftaguError', () => {
  it('carries a code, a message and a hint, and is an Error', () => {
    const error = new GuftaguError('file-empty', 'The file is empty.', 'Copy it again.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('GuftaguError');
    expect(error.toInfo()).toEqual({
      code: 'file-empty',
      message: 'The file is empty.',
      hint: 'Copy it again.',
    });
    expect('details' in error.toInfo()).toBe(false);
  });

  it('keeps details and the cause', () => {
    const cause = new Error('ENOSPC');
    const error = new GuftaguError('disk-full', 'Full.', 'Free space.', { details: 'stderr tail', cause });
    expect(error.cause).toBe(cause);
    expect(error.toInfo()).toEqual({
      code: 'disk-full',
      message: 'Full.',
      hint: 'Free space.',
      details: 'stderr tail',
    });
  });

  it('round-trips through ErrorInfo, as across the bridge', () => {
    const original = new GuftaguError('tool-failed', 'ffmpeg failed.', 'See details.', {
      details: 'moov atom not found',
    });
    const info = errorInfoSchema.parse(JSON.parse(JSON.stringify(original.toInfo())));
    const copy = GuftaguError.fromInfo(info);
    expect(copy).toBeInstanceOf(GuftaguError);
    expect(copy.code).toBe('tool-failed');
    expect(copy.message).toBe('ffmpeg failed.');
    expect(copy.hint).toBe('See details.');
    expect(copy.details).toBe('moov atom not found');
    expect(copy.toInfo()).toEqual(original.toInfo());
    expect(GuftaguError.fromInfo({ code: 'locked', message: 'm', hint: 'h' }).details).toBeUndefined();
  });
});

describe('toErrorInfo', () => {
  it('passes a GuftaguError through unchanged', () => {
    const error = new GuftaguError('not-found', 'Gone.', 'Pick another.');
    expect(toErrorInfo(error)).toEqual(error.toInfo());
  });

  it("turns a plain Error into 'internal' keeping its message and stack", () => {
    const error = new TypeError('x is undefined');
    const info = toErrorInfo(error);
    expect(info.code).toBe('internal');
    expect(info.message).toContain('x is undefined');
    expect(info.hint).not.toBe('');
    expect(info.details).toContain('TypeError');
    expect(errorInfoSchema.safeParse(info).success).toBe(true);
  });

  it('turns anything else thrown into a message', () => {
    expect(toErrorInfo('boom').message).toContain('boom');
    expect(toErrorInfo(42).message).toContain('42');
    expect(toErrorInfo(undefined).details).toBeUndefined();
  });
});
