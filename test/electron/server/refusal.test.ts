import { describe, expect, it } from 'vitest';
import { publicErrorInfo, RequestRefused, statusOf } from '../../../electron/server/refusal';
import { encodePath, parseRequestTarget } from '../../../electron/server/requestTarget';
import { GuftaguError } from '../../../shared/errors';

describe('what a client may see of an error', () => {
  it('turns an internal failure into a reference; the message and stack go to the log', () => {
    const lines: string[] = [];
    const error = new Error(
      "ENOENT: no such file or directory, open '/opt/guftagu/resources/app.asar/x.json'",
    );
    const info = publicErrorInfo(error, (line) => lines.push(line));
    expect(info.code).toBe('internal');
    expect(info.message).toMatch(/^Something went wrong in the Guftagu server \(reference [0-9a-f]{8}\)\.$/);
    expect(JSON.stringify(info)).not.toMatch(/opt\/guftagu|\n\s+at /);
    expect(info.details).toBeUndefined();
    const reference = /reference ([0-9a-f]{8})/.exec(info.message)?.[1] ?? 'none';
    expect(lines.join('\n')).toContain(reference);
    expect(lines.join('\n')).toContain('/opt/guftagu/resources/app.asar/x.json');
    expect(statusOf(error, info)).toBe(500);
  });

  it('keeps a user-facing error, dropping details that carry a stack', () => {
    const lines: string[] = [];
    const stacked = new GuftaguError('tool-failed', 'ffmpeg failed.', 'Try again.', {
      details: 'Error: x\n    at run (/home/u/guftagu/electron/engine/media/ffmpegRun.ts:10:5)',
    });
    expect(publicErrorInfo(stacked, (line) => lines.push(line))).toEqual({
      code: 'tool-failed',
      message: 'ffmpeg failed.',
      hint: 'Try again.',
    });
    expect(lines).toHaveLength(1);
    const words = new GuftaguError('tool-failed', 'ffmpeg failed.', 'Try again.', {
      details: 'Invalid data found',
    });
    expect(publicErrorInfo(words, () => {})).toMatchObject({ details: 'Invalid data found' });
    const refused = new RequestRefused(413, 'invalid-request', 'Too big.', 'Send less.');
    expect(
      statusOf(
        refused,
        publicErrorInfo(refused, () => {}),
      ),
    ).toBe(413);
  });
});

describe('request targets are parsed without throwing', () => {
  it.each([
    ['/', []],
    ['//', []],
    ['/api/sessions.list', ['api', 'sessions.list']],
    ['/media/s%201/m/source?exp=1&sig=a', ['media', 's 1', 'm', 'source']],
    ['/%D8%A7%D8%B1%D8%AF%D9%88', ['اردو']],
  ])('%s → %j', (raw, segments) => {
    expect(parseRequestTarget(raw)?.segments).toEqual(segments);
  });

  it.each(['/%', '/%E0%A4%A', '/a/%00', '/a/..%2Fb', '/%2e%2e', '/a%5Cb', 'http://[::1', '*', '', undefined])(
    '%j is not a target',
    (raw) => {
      expect(parseRequestTarget(raw)).toBeUndefined();
    },
  );

  it('encodes segments back the way the page signs them', () => {
    expect(encodePath(['media', 's/1', 'm 2', 'source'])).toBe('/media/s%2F1/m%202/source');
  });
});
