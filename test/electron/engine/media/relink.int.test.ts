import { renameSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Media } from '../../../../shared/model/media';
import type { Session } from '../../../../shared/model/session';
import { importAndWait, startTestEngine, type TestEngine } from '../../../support/engine';
import { makeMedia } from '../../../support/makeMedia';

let t: TestEngine;
let session: Session;
let media: Media;
let original: string;

beforeAll(async () => {
  t = await startTestEngine();
  session = await t.engine.api['sessions.create']({ title: 'Moved footage' });
  original = makeMedia(t.mediaDir, 'original.mp4', { durationS: 2, width: 160, height: 120 });
  const [job] = await importAndWait(t.engine, session.id, [original]);
  expect(job?.state).toBe('succeeded');
  const { session: saved } = await t.engine.api['sessions.get']({ sessionId: session.id });
  if (!saved.media[0]) throw new Error('import failed');
  media = saved.media[0];
});

afterAll(async () => {
  await t.dispose();
});

describe('a source file that moved', () => {
  const moved = () => path.join(t.mediaDir, 'renamed', 'moved interview.mp4');

  it('is listed as missing, and relinking to the moved file fixes it', async () => {
    renameSync(original, path.join(t.mediaDir, 'tmp.mp4'));
    const { missingSourceIds } = await t.engine.api['sessions.get']({ sessionId: session.id });
    expect(missingSourceIds).toEqual([media.id]);
    await expect(t.engine.resolveMediaAsset(session.id, media.id, 'source')).resolves.toBe(original);

    makeMedia(path.dirname(moved()), 'placeholder.mp4', { durationS: 1, width: 64, height: 48 });
    renameSync(path.join(t.mediaDir, 'tmp.mp4'), moved());
    const relinked = await t.engine.api['media.relink']({
      sessionId: session.id,
      mediaId: media.id,
      path: moved(),
    });
    expect(relinked).toMatchObject({
      id: media.id,
      sourcePath: moved(),
      fileName: 'moved interview.mp4',
      fingerprint: media.fingerprint,
    });

    const view = await t.engine.api['sessions.get']({ sessionId: session.id });
    expect(view.missingSourceIds).toEqual([]);
    expect(view.session.media[0]?.sourcePath).toBe(moved());
    await expect(t.engine.resolveMediaAsset(session.id, media.id, 'source')).resolves.toBe(moved());
  });

  it("refuses to relink to a different recording with 'invalid-request'", async () => {
    const other = path.join(path.dirname(moved()), 'placeholder.mp4');
    const error: unknown = await t.engine.api['media.relink']({
      sessionId: session.id,
      mediaId: media.id,
      path: other,
    }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'invalid-request' });
    expect((error as { hint: string }).hint).not.toBe('');
    expect((await t.engine.api['sessions.get']({ sessionId: session.id })).session.media[0]?.sourcePath).toBe(
      moved(),
    );
  });

  it("says 'source-missing' for a path that does not exist and 'not-found' for unknown media", async () => {
    await expect(
      t.engine.api['media.relink']({
        sessionId: session.id,
        mediaId: media.id,
        path: path.join(t.mediaDir, 'nope.mp4'),
      }),
    ).rejects.toMatchObject({ code: 'source-missing' });
    await expect(
      t.engine.api['media.relink']({ sessionId: session.id, mediaId: 'm-unknown', path: moved() }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('re-importing the moved file points the media at its new place when the old one is gone', async () => {
    const again = path.join(t.mediaDir, 'again.mp4');
    renameSync(moved(), again);
    const [job] = await importAndWait(t.engine, session.id, [again]);
    expect(job?.state).toBe('succeeded');
    const view = await t.engine.api['sessions.get']({ sessionId: session.id });
    expect(view.session.media).toHaveLength(1);
    expect(view.session.media[0]).toMatchObject({ sourcePath: again, fileName: 'again.mp4' });
    expect(view.missingSourceIds).toEqual([]);
  });
});
