import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRANSCRIPT_SCHEMA_VERSION, type Transcript } from '../../../../shared/transcript/model';
import { importAndWait, startTestEngine, type TestEngine } from '../../../support/engine';
import { makeMedia } from '../../../support/makeMedia';

let test: TestEngine;
beforeEach(async () => {
  test = await startTestEngine();
});
afterEach(async () => test.dispose());

async function sessionWithMedia(): Promise<{ sessionId: string; mediaId: string }> {
  const { engine } = test;
  const session = await engine.api['sessions.create']({ title: 'Undo' });
  const file = makeMedia(test.mediaDir, 'panel.mp4', { durationS: 2, width: 320, height: 240 });
  const [job] = await importAndWait(engine, session.id, [file]);
  expect(job?.state).toBe('succeeded');
  const view = await engine.api['sessions.get']({ sessionId: session.id });
  return { sessionId: session.id, mediaId: view.session.media[0]?.id ?? '' };
}

function writeSrt(name: string, text: string): string {
  const file = path.join(test.mediaDir, name);
  writeFileSync(file, `1\n00:00:00,200 --> 00:00:01,800\n${text}\n`);
  return file;
}

describe('subtitles.undoImport', () => {
  it('undoes an import onto a recording with no transcript: the transcript is gone again', async () => {
    const { engine } = test;
    const { sessionId, mediaId } = await sessionWithMedia();
    const srt = writeSrt('ur.srt', 'آج ہم نے Climate Week میں 2024 کی بات کی، سب نے سنا۔');
    const imported = await engine.api['subtitles.import']({ sessionId, mediaId, path: srt });
    // No language given: Urdu from the script of the text.
    expect(imported.transcript.tracks.map((track) => track.language)).toEqual(['ur']);
    await expect(
      engine.api['subtitles.undoImport']({
        sessionId,
        mediaId,
        importedRevision: imported.transcript.revision,
        previous: null,
      }),
    ).resolves.toEqual({ transcript: null });
    expect((await engine.api['transcripts.get']({ sessionId, mediaId })).transcript).toBeNull();
  });

  it('puts back the no-speech transcript an import replaced a track of, and refuses after a later edit', async () => {
    const { engine } = test;
    const { sessionId, mediaId } = await sessionWithMedia();
    const noSpeech: Transcript = {
      schemaVersion: TRANSCRIPT_SCHEMA_VERSION,
      mediaId,
      model: 'ggml-tiny.bin',
      createdAt: new Date().toISOString(),
      revision: 0,
      language: 'ur',
      tracks: [
        { id: 'ur', language: 'ur', direction: 'rtl', kind: 'transcript', cues: [] },
        { id: 'en', language: 'en', direction: 'ltr', kind: 'translation', cues: [] },
      ],
    };
    const { transcript: before } = await engine.api['transcripts.save']({
      sessionId,
      transcript: noSpeech,
      baseRevision: 0,
    });
    const srt = writeSrt('en.srt', 'We met in Multan.');
    const imported = await engine.api['subtitles.import']({ sessionId, mediaId, path: srt });
    expect(imported.trackId).toBe('en');
    expect(imported.transcript.tracks.map((track) => track.cues.length)).toEqual([0, 1]);

    const { transcript: restored } = await engine.api['subtitles.undoImport']({
      sessionId,
      mediaId,
      importedRevision: imported.transcript.revision,
      previous: before,
    });
    expect(restored?.tracks).toEqual(before.tracks);

    // Imported again, then edited: undoing that import now would drop the edit, so it is refused.
    const again = await engine.api['subtitles.import']({ sessionId, mediaId, path: srt });
    await engine.api['transcripts.save']({
      sessionId,
      transcript: again.transcript,
      baseRevision: again.transcript.revision,
    });
    await expect(
      engine.api['subtitles.undoImport']({
        sessionId,
        mediaId,
        importedRevision: again.transcript.revision,
        previous: before,
      }),
    ).rejects.toMatchObject({ code: 'locked' });
    await expect(
      engine.api['subtitles.undoImport']({
        sessionId,
        mediaId,
        importedRevision: again.transcript.revision,
        previous: null,
      }),
    ).rejects.toMatchObject({ code: 'locked' });
    expect(
      (await engine.api['transcripts.get']({ sessionId, mediaId })).transcript?.tracks[1]?.cues,
    ).toHaveLength(1);
  });
});
