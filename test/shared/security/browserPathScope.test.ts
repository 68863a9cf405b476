import { describe, expect, it } from 'vitest';
import { isInsideFolder, isWorkspaceOutput, pathsInPayload } from '../../../shared/security/browserPathScope';

describe('paths the browser page may name', () => {
  it.each([
    [
      'media.import',
      { sessionId: 's', paths: ['/w/uploads/a.mp4', '/etc/passwd'] },
      ['read:/w/uploads/a.mp4', 'read:/etc/passwd'],
    ],
    ['subtitles.import', { path: '/etc/hostname' }, ['read:/etc/hostname']],
    ['subtitles.export', { path: '/home/u/.bashrc' }, ['write:/home/u/.bashrc']],
    ['subtitles.export', {}, []],
    ['export.start', { outputFolder: '/tmp/x' }, ['write:/tmp/x']],
    ['settings.update', { ffmpegPath: '/bin/sh', uiLanguage: 'ur' }, ['desktop-only:/bin/sh']],
    ['settings.update', { uiLanguage: 'ur', ffmpegConcurrency: 2 }, []],
    ['transcripts.start', { model: 'small' }, []],
    ['transcripts.start', { model: '../../x.bin' }, ['read:../../x.bin']],
    ['transcripts.start', { model: 'C:model.bin' }, ['read:C:model.bin']],
    ['transcripts.dtwSupport', { model: 'small' }, []],
    ['transcripts.dtwSupport', { model: '/etc/x.bin' }, ['read:/etc/x.bin']],
    ['sessions.create', { title: '/etc/passwd' }, []],
    ['media.import', 'not an object', []],
    ['media.import', { paths: [3, null] }, []],
  ])('%s %j', (method, payload, expected) => {
    expect(pathsInPayload(method, payload).map((entry) => `${entry.access}:${entry.value}`)).toEqual(
      expected,
    );
  });

  it.each([
    ['/w/sessions/a/exports/b', true],
    ['/w', true],
    ['/w2/x', false],
    ['/', false],
    ['/W/x', false],
  ])('containment of %s in /w', (candidate, inside) => {
    expect(isInsideFolder(candidate, '/w', '/')).toBe(inside);
  });

  it('folds case where the file system does', () => {
    expect(isInsideFolder('C:\\WS\\x', 'c:\\ws', '\\', true)).toBe(true);
  });

  it.each([
    [['exports', 'a.srt'], true],
    [['exports'], false],
    [['sessions', 's1', 'exports'], true],
    [['sessions', 's1', 'exports', 'b1', 'clip.mp4'], true],
    [['sessions', 's1', 'session.json'], false],
    [['sessions', 's1', 'media', 'm', 'audio.wav'], false],
    [['uploads', 'x.mp4'], false],
    [['sessions', '..', 'exports', 'x'], false],
  ])('%j is a workspace output: %s', (parts, expected) => {
    expect(isWorkspaceOutput(parts)).toBe(expected);
  });
});
