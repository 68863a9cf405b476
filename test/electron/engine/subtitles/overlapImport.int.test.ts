import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editText } from '../../../../shared/editor/cueOps';
import { checkTrack } from '../../../../shared/editor/qc';
import { defaultSegmentationRules } from '../../../../shared/transcript/rules';
import { importAndWait, startTestEngine, type TestEngine } from '../../../support/engine';
import { makeMedia } from '../../../support/makeMedia';

/*
 * Two people speaking at once, in a file made elsewhere: imported as written (SRT and WebVTT, default
 * import), edited, exported, imported again; the overlap is a QC problem with its usual fix; a clip over the
 * overlap brings both speakers to the consent gate.
 */

let test: TestEngine;
beforeEach(async () => {
  test = await startTestEngine();
});
afterEach(async () => test.dispose());

const files = {
  srt: [
    '1\n00:00:00,200 --> 00:00:01,500\nعائشہ: ہم نے social media پر 3 campaigns کیں۔',
    '2\n00:00:00,700 --> 00:00:01,900\nBilal: but who paid, and how?',
    '3\n00:00:00,900 --> 00:00:01,200\n  (laughter)',
  ].join('\n\n'),
  vtt: [
    'WEBVTT',
    '00:00.200 --> 00:01.500 line:85% align:start\nعائشہ: ہم نے social media پر 3 campaigns کیں۔',
    '00:00.700 --> 00:01.900 line:10%\nBilal: but who paid, and how?',
    '00:00.900 --> 00:01.200\n  (laughter)',
  ].join('\n\n'),
} as const;

describe.each(['srt', 'vtt'] as const)('overlapping cues in %s', (format) => {
  it('import → edit → export → import gives the same cues; QC flags the overlap; consent hears both', async () => {
    const { engine } = test;
    const session = await engine.api['sessions.create']({ title: 'Two at once' });
    const sessionId = session.id;
    const media = makeMedia(test.mediaDir, 'panel.mp4', { durationS: 2, width: 640, height: 360 });
    const [job] = await importAndWait(engine, sessionId, [media]);
    expect(job?.state).toBe('succeeded');
    const mediaId = (await engine.api['sessions.get']({ sessionId })).session.media[0]?.id ?? '';
    const source = path.join(test.mediaDir, `overlap.${format}`);
    writeFileSync(source, files[format], 'utf8');

    const imported = await engine.api['subtitles.import']({
      sessionId,
      mediaId,
      path: source,
      language: 'ur',
    });
    expect(imported.repairs).toEqual([]);
    expect(imported.skipped).toEqual([]);
    const track = imported.transcript.tracks[0];
    expect(track?.cues.map(({ startMs, endMs, text }) => [startMs, endMs, text])).toEqual([
      [200, 1500, 'عائشہ: ہم نے social media پر 3 campaigns کیں۔'],
      [700, 1900, 'Bilal: but who paid, and how?'],
      [900, 1200, '  (laughter)'],
    ]);
    if (!track) return;

    // QC: the overlap is an error, with the fix it always offers when the cue can be trimmed.
    const overlaps = checkTrack(track, defaultSegmentationRules).filter(
      (problem) => problem.kind === 'overlap',
    );
    expect(overlaps.map((problem) => [problem.cueId, problem.actual])).toEqual([
      [track.cues[0]?.id, 800],
      [track.cues[1]?.id, 1000],
    ]);

    // Edit (as the editor does) and save; then export and import the export again.
    const edited = editText(track, track.cues[1]?.id ?? '', 'Bilal: but who paid for them، and how؟');
    const saved = await engine.api['transcripts.save']({
      sessionId,
      transcript: { ...imported.transcript, tracks: [edited] },
      baseRevision: imported.transcript.revision,
    });
    const exported = await engine.api['subtitles.export']({
      sessionId,
      mediaId,
      trackId: track.id,
      format,
      path: path.join(test.mediaDir, `exported.${format}`),
    });
    const again = await engine.api['subtitles.import']({
      sessionId,
      mediaId,
      path: exported.path,
      language: 'ur',
    });
    const plain = (cues: typeof edited.cues) =>
      cues.map(({ startMs, endMs, text, settings }) => ({ startMs, endMs, text, settings }));
    expect(again.transcript.revision).toBeGreaterThan(saved.transcript.revision);
    expect(plain(again.transcript.tracks[1]?.cues ?? [])).toEqual(plain(edited.cues));
    if (format === 'vtt')
      expect(exported.text).toContain('00:00:00.200 --> 00:00:01.500 line:85% align:start\n');

    // Each overlapping cue's speaker is heard in a clip over the overlap.
    const add = async (name: string) =>
      (
        await engine.api['participants.add']({
          sessionId,
          participant: { name, gender: 'woman', consent: { scope: 'internal' } },
        })
      ).participant;
    const ayesha = await add('Ayesha Khan');
    const bilal = await add('Bilal Ahmed');
    const cueIds = (again.transcript.tracks[1]?.cues ?? []).map((cue) => cue.id);
    const trackId = again.transcript.tracks[1]?.id ?? '';
    await engine.api['transcripts.assignSpeaker']({
      sessionId,
      mediaId,
      trackId,
      cueIds: [cueIds[0] ?? ''],
      participantId: ayesha.id,
    });
    await engine.api['transcripts.assignSpeaker']({
      sessionId,
      mediaId,
      trackId,
      cueIds: [cueIds[1] ?? ''],
      participantId: bilal.id,
    });
    const clip = await engine.api['clips.save']({
      sessionId,
      clip: { mediaId, startMs: 1000, endMs: 1400, title: 'Both at once', speakerId: ayesha.id },
    });
    const { warnings } = await engine.api['export.check']({
      sessionId,
      clipIds: [clip.id],
      presetIds: ['x'],
    });
    const consent = warnings.filter((warning) => warning.kind === 'consent');
    expect(consent.map((warning) => warning.participantId).sort()).toEqual([ayesha.id, bilal.id].sort());
    expect(consent.every((warning) => warning.severity === 'error')).toBe(true);
  });
});
