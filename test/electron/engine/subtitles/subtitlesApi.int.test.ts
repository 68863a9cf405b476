import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSrt } from '../../../../shared/subtitles/srt';
import { importAndWait, startTestEngine, type TestEngine } from '../../../support/engine';
import { makeMedia } from '../../../support/makeMedia';
import { sharedFixture, haveSharedFixtures } from '../../../support/sharedFixtures';
import { encodeWindows1256, toWindows1256Text } from './encodeText';

const fixtures = path.join(__dirname, '../../../fixtures/subtitles');
let test: TestEngine;
beforeEach(async () => {
  test = await startTestEngine();
});
afterEach(async () => test.dispose());

/** A session with one real 640×360 clip imported. */
async function sessionWithClip(): Promise<{ sessionId: string; mediaId: string }> {
  const { engine } = test;
  const session = await engine.api['sessions.create']({ title: 'Karachi dialogue' });
  const file = makeMedia(test.mediaDir, 'interview one.mp4', { durationS: 2, width: 640, height: 360 });
  const [job] = await importAndWait(engine, session.id, [file]);
  expect(job?.state).toBe('succeeded');
  const view = await engine.api['sessions.get']({ sessionId: session.id });
  return { sessionId: session.id, mediaId: view.session.media[0]?.id ?? '' };
}

describe.runIf(haveSharedFixtures())('subtitles.import and subtitles.export through the engine', () => {
  const fixture = sharedFixture('subtitles/interview-ur-en.srt');

  it('imports the Urdu/English SRT as a new transcript, exports it back identically in every format', async () => {
    const { engine } = test;
    const { sessionId, mediaId } = await sessionWithClip();
    const imported = await engine.api['subtitles.import']({
      sessionId,
      mediaId,
      path: fixture,
      language: 'ur',
    });
    expect(imported).toMatchObject({ trackId: 'import-ur-1', format: 'srt', encoding: 'utf-8', repairs: [] });
    expect(imported.transcript).toMatchObject({ mediaId, model: 'imported', language: 'ur', revision: 0 });
    const [track] = imported.transcript.tracks;
    expect(track).toMatchObject({ id: 'import-ur-1', language: 'ur', direction: 'rtl', kind: 'transcript' });
    expect(track?.cues.map((cue) => cue.text)).toEqual(
      parseSrt(readFileSync(fixture, 'utf8')).cues.map((c) => c.text),
    );
    expect(track?.cues[4]).toEqual({
      id: 'import-ur-1-5',
      startMs: 14_300,
      endMs: 18_600,
      text: 'Dialogue is the first step\ntowards tolerance on campus.',
      words: [],
    });
    expect((await engine.api['transcripts.get']({ sessionId, mediaId })).transcript).toEqual(
      imported.transcript,
    );

    const srt = await engine.api['subtitles.export']({
      sessionId,
      mediaId,
      trackId: 'import-ur-1',
      format: 'srt',
    });
    expect(srt.fileName).toBe('interview one.ur.srt');
    expect(srt.path).toBe(
      path.join(test.workspacePath, 'sessions', sessionId, 'exports', 'interview one.ur.srt'),
    );
    expect(readFileSync(srt.path, 'utf8')).toBe(srt.text);
    expect(srt.text).toBe(`${readFileSync(fixture, 'utf8').trimEnd()}\n`);

    const ass = await engine.api['subtitles.export']({
      sessionId,
      mediaId,
      trackId: 'import-ur-1',
      format: 'ass',
    });
    expect(ass.text).toContain('PlayResX: 640\nPlayResY: 360\n');
    expect(ass.text).toContain('Noto Naskh Arabic');

    for (const format of ['vtt', 'ass', 'txt'] as const) {
      const target = path.join(test.root, `round.${format}`);
      const exported = await engine.api['subtitles.export']({
        sessionId,
        mediaId,
        trackId: 'import-ur-1',
        format,
        path: target,
      });
      expect(exported).toMatchObject({ path: target, fileName: `round.${format}` });
      const again = await engine.api['subtitles.import']({
        sessionId,
        mediaId,
        path: target,
        language: 'ur',
      });
      expect(again.format).toBe(format);
      expect(
        again.transcript.tracks.at(-1)?.cues.map(({ startMs, endMs, text }) => ({ startMs, endMs, text })),
      ).toEqual(track?.cues.map(({ startMs, endMs, text }) => ({ startMs, endMs, text })));
    }
    const final = (await engine.api['transcripts.get']({ sessionId, mediaId })).transcript;
    expect(final?.tracks.map((t) => t.id)).toEqual([
      'import-ur-1',
      'import-ur-2',
      'import-ur-3',
      'import-ur-4',
    ]);
    expect(final?.revision).toBe(3);
  });

  it('imports a Windows-1256 file as an English-language translation track when asked', async () => {
    const { engine } = test;
    const { sessionId, mediaId } = await sessionWithClip();
    await engine.api['subtitles.import']({ sessionId, mediaId, path: fixture, language: 'ur' });
    const legacy = path.join(test.root, 'old.srt');
    writeFileSync(legacy, encodeWindows1256(toWindows1256Text(readFileSync(fixture, 'utf8'))));
    const result = await engine.api['subtitles.import']({
      sessionId,
      mediaId,
      path: legacy,
      language: 'en',
      trackKind: 'translation',
    });
    expect(result.encoding).toBe('windows-1256');
    expect(result.transcript.tracks.map((t) => [t.id, t.kind, t.direction])).toEqual([
      ['import-ur-1', 'transcript', 'rtl'],
      ['import-en-1', 'translation', 'ltr'],
    ]);
    expect(result.transcript.tracks[1]?.cues[0]?.text).toBe(
      toWindows1256Text('میرا نام عائشہ ہے، میں کراچی سے آئی ہوں۔'),
    );
  });

  it('strict import of a malformed file names the line; lenient import lists the repairs', async () => {
    const { engine } = test;
    const { sessionId, mediaId } = await sessionWithClip();
    const malformed = path.join(fixtures, 'malformed.srt');
    await expect(
      engine.api['subtitles.import']({ sessionId, mediaId, path: malformed, language: 'ur' }),
    ).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/^Line 7: /) as unknown,
    });
    expect((await engine.api['transcripts.get']({ sessionId, mediaId })).transcript).toBeNull();
    const lenient = await engine.api['subtitles.import']({
      sessionId,
      mediaId,
      path: malformed,
      language: 'ur',
      lenient: true,
    });
    expect(lenient.repairs.map((repair) => repair.line)).toEqual([4, 7, 7, 10, 14, 18, 23]);
    expect(lenient.transcript.tracks[0]?.cues).toHaveLength(5);
  });

  it('answers not-found and file-unreadable with hints', async () => {
    const { engine } = test;
    const { sessionId, mediaId } = await sessionWithClip();
    const exportRequest = { sessionId, mediaId, trackId: 'import-ur-1', format: 'srt' } as const;
    await expect(engine.api['subtitles.export'](exportRequest)).rejects.toMatchObject({
      code: 'not-found',
      message: 'interview one.mp4 has no transcript yet.',
    });
    await engine.api['subtitles.import']({ sessionId, mediaId, path: fixture, language: 'ur' });
    await expect(engine.api['subtitles.export']({ ...exportRequest, trackId: 'nope' })).rejects.toMatchObject(
      {
        code: 'not-found',
        message: 'interview one.mp4 has no track "nope".',
      },
    );
    await expect(
      engine.api['subtitles.import']({ sessionId, mediaId: 'no-such-media', path: fixture, language: 'ur' }),
    ).rejects.toMatchObject({ code: 'not-found' });
    const missing = await engine.api['subtitles.import']({
      sessionId,
      mediaId,
      path: path.join(test.root, 'missing.srt'),
      language: 'ur',
    }).catch((error: unknown) => error);
    expect(missing).toMatchObject({ code: 'file-unreadable' });
    expect((missing as { hint: string }).hint).not.toBe('');
    await expect(
      engine.api['subtitles.import']({ sessionId, mediaId, path: fixture, language: 'Urdu' }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
  });
});
