import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../../../../shared/transcript/model';
import { rawFrame } from '../../../support/framePixels';
import { waitForJobs } from '../../../support/waitForJobs';
import { cue, setUpExport, smallPreset, transcriptOf, type ExportWorld } from './exportFixture';

const W = smallPreset.widthPx;
const H = smallPreset.heightPx;

// The clip runs 1.0 s → 5.0 s of the source; cue 1 at 1.3–2.5 s, a gap, cue 2 at 3.7–4.9 s.
const CLIP_START_MS = 1_000;
const CLIP_END_MS = 5_000;

function gappedTranscript(mediaId: string): Transcript {
  return transcriptOf(mediaId, [
    cue('u1', 1_300, 2_500, 'پانی کی کمی پر بات'),
    cue('u2', 3_700, 4_900, 'نوجوانوں کی آواز'),
  ]);
}

/** One frame of the file at `seconds` (from its start), as W×H grey bytes. */
function frameAt(file: string, seconds: number): Buffer {
  const frame = rawFrame(file, seconds, 'gray');
  expect(frame.length).toBe(W * H);
  return frame;
}

/** Pixels of the caption area (mid-frame down into the bottom safe margin) that differ clearly: the "ink". */
function captionAreaChange(a: Buffer, b: Buffer): number {
  const top = Math.floor(H / 2);
  const bottom = H - Math.floor(smallPreset.safeZone.bottomPx / 2);
  let changed = 0;
  for (let row = top; row < bottom; row++)
    for (let column = 0; column < W; column++) {
      const index = row * W + column;
      if (Math.abs((a[index] ?? 0) - (b[index] ?? 0)) > 40) changed++;
    }
  return changed;
}

let world: ExportWorld | undefined;
afterEach(async () => {
  await world?.dispose();
  world = undefined;
});

describe('burned captions follow the cue times inside the clip', () => {
  it('shows cue 1 and cue 2 at their times and nothing in the gap between them', async () => {
    world = await setUpExport({ durationS: 6, transcript: gappedTranscript });
    const { engine, sessionId, clip } = world;
    await engine.api['clips.save']({
      sessionId,
      clip: { ...clip, startMs: CLIP_START_MS, endMs: CLIP_END_MS },
    });
    const exportWith = async (burnIn: boolean): Promise<string> => {
      const started = await engine.api['export.start']({
        sessionId,
        clipIds: [clip.id],
        presetIds: [smallPreset.id],
        options: { burnIn, normaliseLoudness: false },
      });
      const [job] = await waitForJobs(engine, started.jobIds);
      expect(job?.state, JSON.stringify(job?.error)).toBe('succeeded');
      const [record] = await engine.api['export.queue']({ batchId: started.batchId });
      return record?.outputPath ?? '';
    };
    const burned = await exportWith(true);
    const plain = await exportWith(false);

    // Times relative to the clip's start: in cue 1, in the gap, in cue 2 (frame centres at 25 fps).
    const change = (seconds: number) => captionAreaChange(frameAt(burned, seconds), frameAt(plain, seconds));
    const inCue1 = change(0.9);
    const inGap = change(2.1);
    const inCue2 = change(3.3);
    // A line of text at this size inks a few hundred pixels; two encodes of the same frame differ by a handful.
    expect(inCue1).toBeGreaterThan(250);
    expect(inCue2).toBeGreaterThan(250);
    expect(inGap).toBeLessThan(20);
    // Just outside the cues: before cue 1 starts and after cue 2 ends nothing is drawn either.
    expect(change(0.1)).toBeLessThan(20);
    expect(change(3.96)).toBeLessThan(20);
  });
});
