import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLoudnessWindows } from '../../../../electron/engine/media/loudness';
import { GuftaguError } from '../../../../shared/errors';
import { expandLoudness, LOUDNESS_FLOOR_DBFS } from '../../../../shared/media/loudness';
import { silentShare } from '../../../../shared/transcript/hallucination';
import { importAndWait, startTestEngine, type TestEngine } from '../../../support/engine';
import { bundledFfmpeg } from '../../../support/makeMedia';
import { makeToneAndSilence } from '../../../support/toneAndSilence';

let folder: string;
let wav: string;

/** The 16 kHz mono WAV the import makes, straight from ffmpeg. */
function toWav(source: string, name: string): string {
  const output = path.join(folder, name);
  const result = spawnSync(
    bundledFfmpeg(),
    [
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      '-i',
      source,
      '-ac',
      '1',
      '-ar',
      '16000',
      '-c:a',
      'pcm_s16le',
      output,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return output;
}

beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'guftagu-loudness-'));
  const source = makeToneAndSilence(folder, 'source.wav', [
    { kind: 'tone', seconds: 2 },
    { kind: 'silence', seconds: 3 },
    { kind: 'tone', seconds: 1.05 },
  ]);
  wav = toWav(source, 'audio.wav');
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('readLoudnessWindows on a real WAV (tone 2 s, silence 3 s, tone 1.05 s)', () => {
  it('measures the tone near −13.5 dBFS RMS and the silence far below −50 dBFS, window by window', async () => {
    const windows = await readLoudnessWindows(wav, 100);
    expect(windows).toHaveLength(61);
    expect(windows[0]).toMatchObject({ startMs: 0, endMs: 100 });
    expect(windows.at(-1)).toMatchObject({ startMs: 6000, endMs: 6050 });
    windows.slice(1).forEach((window, index) => expect(window.startMs).toBe(windows[index]!.endMs));
    for (const window of windows.slice(0, 19)) expect(window.rmsDbfs).toBeCloseTo(-13.5, 0);
    for (const window of windows.slice(21, 49)) {
      expect(window.rmsDbfs).toBeLessThan(-65);
      expect(window.rmsDbfs).toBeGreaterThan(-90);
    }
    for (const window of windows.slice(51, 60)) expect(window.rmsDbfs).toBeCloseTo(-13.5, 0);
    // A cue over the silence is silent; one over the tone is not.
    expect(silentShare({ startMs: 2200, endMs: 4800 }, windows)).toBe(1);
    expect(silentShare({ startMs: 200, endMs: 1800 }, windows)).toBe(0);
  });

  it('reports digital silence as −∞ and refuses a file that is not a 16-bit mono WAV', async () => {
    const zeros = path.join(folder, 'zeros.wav');
    const header = Buffer.alloc(44);
    header.write('RIFF', 0, 'ascii');
    header.writeUInt32LE(36 + 3200, 4);
    header.write('WAVEfmt ', 8, 'ascii');
    header.writeUInt32LE(16, 16);
    header.writeUInt16LE(1, 20);
    header.writeUInt16LE(1, 22);
    header.writeUInt32LE(16_000, 24);
    header.writeUInt32LE(32_000, 28);
    header.writeUInt16LE(2, 32);
    header.writeUInt16LE(16, 34);
    header.write('data', 36, 'ascii');
    header.writeUInt32LE(3200, 40);
    writeFileSync(zeros, Buffer.concat([header, Buffer.alloc(3200)]));
    expect(await readLoudnessWindows(zeros, 50)).toEqual([
      { startMs: 0, endMs: 50, rmsDbfs: -Infinity },
      { startMs: 50, endMs: 100, rmsDbfs: -Infinity },
    ]);
    const text = path.join(folder, 'notes.wav');
    writeFileSync(text, 'not a wav at all');
    await expect(readLoudnessWindows(text, 100)).rejects.toMatchObject({ code: 'file-damaged' });
    await expect(readLoudnessWindows(zeros, 0)).rejects.toBeInstanceOf(GuftaguError);
  });
});

describe('media.loudness', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await startTestEngine();
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('serves the imported recording’s loudness, compact, and refuses media not in the session', async () => {
    const session = await t.engine.api['sessions.create']({ title: 'Loudness' });
    const video = makeToneAndSilence(
      t.mediaDir,
      'panel.mp4',
      [
        { kind: 'tone', seconds: 2 },
        { kind: 'silence', seconds: 3 },
        { kind: 'tone', seconds: 2 },
      ],
      { video: true },
    );
    const [job] = await importAndWait(t.engine, session.id, [video]);
    expect(job?.state, JSON.stringify(job?.error)).toBe('succeeded');
    const { session: saved } = await t.engine.api['sessions.get']({ sessionId: session.id });
    const mediaId = saved.media[0]?.id ?? '';
    const compact = await t.engine.api['media.loudness']({ sessionId: session.id, mediaId });
    expect(compact.windowMs).toBe(100);
    expect(Math.abs(compact.durationMs - 7000)).toBeLessThanOrEqual(100);
    expect(compact.rmsDbfs.every((level) => level >= LOUDNESS_FLOOR_DBFS)).toBe(true);
    const windows = expandLoudness(compact);
    expect(silentShare({ startMs: 2300, endMs: 4700 }, windows)).toBe(1);
    expect(silentShare({ startMs: 300, endMs: 1700 }, windows)).toBe(0);
    const coarse = await t.engine.api['media.loudness']({ sessionId: session.id, mediaId, windowMs: 1000 });
    expect(coarse.rmsDbfs.length).toBe(Math.ceil(coarse.durationMs / 1000));
    await expect(
      t.engine.api['media.loudness']({ sessionId: session.id, mediaId: 'm-nope' }),
    ).rejects.toMatchObject({ code: 'not-found' });
    // Asked again: the same answer (kept while the WAV is unchanged).
    expect(await t.engine.api['media.loudness']({ sessionId: session.id, mediaId })).toEqual(compact);
    // The extracted sound gone: a clear error, not an old answer.
    const audio = saved.media[0]?.assets.audio ?? 'missing';
    rmSync(path.join(t.workspacePath, 'sessions', session.id, audio));
    await expect(t.engine.api['media.loudness']({ sessionId: session.id, mediaId })).rejects.toMatchObject({
      code: 'file-unreadable',
      hint: 'Import the recording again.',
    });
  });
});
