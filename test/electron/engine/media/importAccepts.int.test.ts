import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Media } from '../../../../shared/model/media';
import type { Session } from '../../../../shared/model/session';
import { importAndWait, jobTempFolders, startTestEngine, type TestEngine } from '../../../support/engine';
import { bundledFfmpeg, makeMedia } from '../../../support/makeMedia';
import { jpegSize, probeStreams } from '../../../support/mediaFiles';

let t: TestEngine;
let session: Session;

beforeAll(async () => {
  t = await startTestEngine();
  session = await t.engine.api['sessions.create']({ title: 'Accepted inputs' });
});

afterAll(async () => {
  expect(jobTempFolders(t.workspacePath)).toEqual([]);
  await t.dispose();
});

/** Imports one file, expects success, and returns its media item. */
async function importOne(filePath: string): Promise<Media> {
  const [job] = await importAndWait(t.engine, session.id, [filePath]);
  expect(job?.state, JSON.stringify(job?.error)).toBe('succeeded');
  const { session: saved } = await t.engine.api['sessions.get']({ sessionId: session.id });
  const media = saved.media.find((item) => item.sourcePath === path.resolve(filePath));
  if (!media) throw new Error(`${filePath} is not in the session`);
  expect(media.status).toBe('ready');
  return media;
}

const assetPath = (relative: string | undefined) =>
  path.join(t.workspacePath, 'sessions', session.id, relative ?? 'missing');

/** 25 fps for the first second, then every fifth frame only: a variable frame rate, as phones record. */
function makeVfr(fileName: string): string {
  const output = path.join(t.mediaDir, fileName);
  const args = ['-hide_banner', '-loglevel', 'error', '-y'];
  args.push('-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=25:duration=3');
  args.push('-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=3');
  args.push('-vf', "select='lt(t\\,1)+not(mod(n\\,5))'", '-vsync', 'vfr');
  args.push('-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', output);
  const result = spawnSync(bundledFfmpeg(), args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`ffmpeg could not make ${fileName}: ${result.stderr}`);
  return output;
}

describe('import accepts real-world footage', () => {
  it('audio only (MP3): ready, no thumbnail, no proxy', async () => {
    const media = await importOne(makeMedia(t.mediaDir, 'talk.mp3', { video: false, container: 'mp3' }));
    expect(media.probe.video).toBeUndefined();
    expect(media.probe.audio?.codec).toBe('mp3');
    expect(media.probe.formatName).toBe('mp3');
    expect(media.assets.thumbnail).toBeUndefined();
    expect(media.assets.proxy).toBeUndefined();
    expect(existsSync(assetPath(media.assets.audio))).toBe(true);
    expect(existsSync(assetPath(media.assets.peaks))).toBe(true);
  });

  it('a phone video rotated 90°: portrait display size and an upright portrait thumbnail', async () => {
    const media = await importOne(
      makeMedia(t.mediaDir, 'phone.mp4', { width: 320, height: 240, rotateDeg: 90 }),
    );
    expect(media.probe.video).toMatchObject({
      width: 320,
      height: 240,
      rotationDeg: 90,
      displayWidth: 240,
      displayHeight: 320,
    });
    const thumbnail = jpegSize(assetPath(media.assets.thumbnail));
    expect(thumbnail.height).toBeGreaterThan(thumbnail.width);
    expect(thumbnail.width).toBe(320);
  });

  it('variable frame rate is detected', async () => {
    const media = await importOne(makeVfr('vfr.mp4'));
    expect(media.probe.video?.fps).toBe(25);
    expect(media.probe.video?.averageFps).toBeLessThan(20);
    expect(media.probe.video?.variableFrameRate).toBe(true);
  });

  it('a file name with spaces, quotes, colons, commas, brackets, % and Urdu letters', async () => {
    const plain = makeMedia(t.mediaDir, 'plain-for-name.mp4', { durationS: 2, width: 160, height: 120 });
    const awkward = path.join(t.mediaDir, `it's "a": test [1], 100% گفتگو.mp4`);
    copyFileSync(plain, awkward);
    const media = await importOne(awkward);
    expect(media.fileName).toBe(`it's "a": test [1], 100% گفتگو.mp4`);
    expect(Math.abs(media.probe.durationMs - 2_000)).toBeLessThanOrEqual(100);
    expect(existsSync(assetPath(media.assets.thumbnail))).toBe(true);
    const log = path.join(t.configDir, 'logs', 'guftagu.log');
    expect(existsSync(log)).toBe(true);
  });

  it('MPEG-2 in MPEG-TS (.mts) gets an H.264 proxy', async () => {
    const mts = makeMedia(t.mediaDir, 'camera.mts', {
      durationS: 2,
      codec: 'mpeg2video',
      container: 'mpegts',
    });
    const media = await importOne(mts);
    expect(media.probe.formatName).toBe('mpegts');
    expect(media.probe.video?.codec).toBe('mpeg2video');
    expect(media.assets.proxy).toBeDefined();
    const streams = probeStreams(assetPath(media.assets.proxy));
    expect(streams.find((stream) => stream.codec_type === 'video')).toMatchObject({
      codec_name: 'h264',
      width: 320,
      height: 240,
    });
    expect(streams.find((stream) => stream.codec_type === 'audio')?.codec_name).toBe('aac');
    const proxyPath = await t.engine.resolveMediaAsset(session.id, media.id, 'proxy');
    expect(proxyPath).toBe(assetPath(media.assets.proxy));
  });
});
