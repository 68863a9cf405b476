import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../../../shared/model/session';
import { importAndWait, jobTempFolders, startTestEngine, type TestEngine } from '../../../support/engine';
import { makeMedia } from '../../../support/makeMedia';
import { jpegSize, readWavFormat } from '../../../support/mediaFiles';

let t: TestEngine;
let session: Session;
let source: string;

beforeAll(async () => {
  t = await startTestEngine();
  session = await t.engine.api['sessions.create']({ title: 'Import' });
  source = makeMedia(t.mediaDir, 'interview.mp4', { durationS: 3, width: 320, height: 240 });
});

afterAll(async () => {
  await t.dispose();
});

describe('importing an H.264/AAC MP4', () => {
  it('makes ready media with probe, 16 kHz WAV, thumbnail and peaks', async () => {
    const [job] = await importAndWait(t.engine, session.id, [source]);
    expect(job?.state, JSON.stringify(job?.error)).toBe('succeeded');
    expect(job?.progress).toBe(1);

    const { session: saved, missingSourceIds } = await t.engine.api['sessions.get']({
      sessionId: session.id,
    });
    expect(missingSourceIds).toEqual([]);
    expect(saved.media).toHaveLength(1);
    const media = saved.media[0];
    if (!media) throw new Error('no media');
    expect(media).toMatchObject({
      status: 'ready',
      fileName: 'interview.mp4',
      sourcePath: source,
      peakRateHz: 50,
    });
    expect(media.id).toBe(`m-${media.fingerprint.slice(0, 16)}`);
    expect(Math.abs(media.probe.durationMs - 3_000)).toBeLessThanOrEqual(100);
    expect(media.probe.video).toMatchObject({
      codec: 'h264',
      displayWidth: 320,
      displayHeight: 240,
      rotationDeg: 0,
      fps: 25,
    });
    expect(media.probe.audio).toMatchObject({ codec: 'aac', sampleRateHz: 48_000, channels: 1 });
    expect(media.assets.proxy).toBeUndefined();

    const folder = path.join(t.workspacePath, 'sessions', session.id);
    const thumbnail = path.join(folder, media.assets.thumbnail ?? 'missing');
    expect([...readFileSync(thumbnail).subarray(0, 2)]).toEqual([0xff, 0xd8]);
    expect(jpegSize(thumbnail)).toEqual({ width: 320, height: 240 });

    const wav = readWavFormat(path.join(folder, media.assets.audio ?? 'missing'));
    expect(wav).toMatchObject({ audioFormat: 1, channels: 1, sampleRateHz: 16_000, bitsPerSample: 16 });
    expect(Math.abs(wav.dataBytes / 32 - 3_000)).toBeLessThanOrEqual(100);

    const peaksFile = path.join(folder, media.assets.peaks ?? 'missing');
    expect(readFileSync(peaksFile).length).toBeGreaterThan(140);
    expect(jobTempFolders(t.workspacePath)).toEqual([]);
  });

  it('serves the waveform through media.peaks', async () => {
    const { session: saved } = await t.engine.api['sessions.get']({ sessionId: session.id });
    const mediaId = saved.media[0]?.id ?? '';
    const all = await t.engine.api['media.peaks']({ sessionId: session.id, mediaId });
    expect(all.peakRateHz).toBe(50);
    expect(all.values.length).toBeGreaterThan(140);
    expect(all.values.every((value) => value >= 0 && value <= 1)).toBe(true);
    // A 440 Hz sine at ffmpeg's default level: clearly audible in every bucket but the edges.
    expect(Math.max(...all.values)).toBeGreaterThan(0.05);
    const few = await t.engine.api['media.peaks']({ sessionId: session.id, mediaId, buckets: 10 });
    expect(few.values).toHaveLength(10);
    expect(Math.max(...few.values)).toBe(Math.max(...all.values));
    expect(few.peakRateHz).toBeCloseTo((50 * 10) / all.values.length, 6);
    await expect(
      t.engine.api['media.peaks']({ sessionId: session.id, mediaId: 'm-nope' }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('reuses the media when the same file is imported again', async () => {
    const before = (await t.engine.api['sessions.get']({ sessionId: session.id })).session.media;
    const [job] = await importAndWait(t.engine, session.id, [source]);
    expect(job?.state).toBe('succeeded');
    const steps = t.jobEvents.filter((event) => event.id === job?.id).map((event) => event.step);
    expect(steps).toContain('already imported: reused');
    const after = (await t.engine.api['sessions.get']({ sessionId: session.id })).session.media;
    expect(after).toHaveLength(1);
    expect(job?.outcome).toMatchObject({ kind: 'already-imported', fileName: 'interview.mp4' });
    expect(after[0]?.importedAt).toBe(before[0]?.importedAt);
  });

  it('reuses the media for a copy of the file under another name', async () => {
    const copy = path.join(t.mediaDir, 'copy of interview.mp4');
    copyFileSync(source, copy);
    const [job] = await importAndWait(t.engine, session.id, [copy]);
    expect(job?.state).toBe('succeeded');
    expect(t.jobEvents.filter((event) => event.id === job?.id).map((event) => event.step)).toContain(
      'already imported: reused',
    );
    const { session: saved } = await t.engine.api['sessions.get']({ sessionId: session.id });
    // The job says where the content already is, so the app can say "already imported as interview.mp4".
    expect(job?.outcome).toEqual({
      kind: 'already-imported',
      mediaId: saved.media[0]?.id,
      fileName: 'interview.mp4',
    });
    expect(saved.media).toHaveLength(1);
    // The original is still there, so the media keeps pointing at it.
    expect(saved.media[0]?.sourcePath).toBe(source);
  });

  it('imports the same new file twice at once as one media item', async () => {
    const other = makeMedia(t.mediaDir, 'second.mp4', { durationS: 2, width: 160, height: 120 });
    const jobs = await importAndWait(t.engine, session.id, [other, other]);
    expect(jobs.map((job) => job.state)).toEqual(['succeeded', 'succeeded']);
    const { session: saved } = await t.engine.api['sessions.get']({ sessionId: session.id });
    expect(saved.media.map((media) => media.fileName).sort()).toEqual(['interview.mp4', 'second.mp4']);
    for (const media of saved.media) {
      for (const asset of Object.values(media.assets)) {
        expect(existsSync(path.join(t.workspacePath, 'sessions', session.id, asset))).toBe(true);
      }
    }
  });
});
