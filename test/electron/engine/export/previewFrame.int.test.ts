import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledFfmpeg } from '../../../support/makeMedia';
import { waitForJobs } from '../../../support/waitForJobs';
import { cue, setUpExport, transcriptOf, type ExportWorld } from './exportFixture';

/**
 * The clip editor's "as it will burn" still (export.previewFrame) against the exported file: the caption ink
 * (what differs from the same export without captions) must sit on the same pixels.
 */
let world: ExportWorld | undefined;
afterEach(async () => {
  await world?.dispose();
  world = undefined;
});

const W = 270;
const H = 480;

/** One frame as raw RGB: from a PNG data URL, or from a video at `atS` seconds. */
function decode(input: { dataUrl: string } | { video: string; atS: number }): Buffer {
  const args = ['-hide_banner', '-loglevel', 'error'];
  if ('video' in input) args.push('-ss', input.atS.toFixed(3), '-i', input.video);
  else args.push('-f', 'png_pipe', '-i', 'pipe:0');
  args.push('-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1');
  const stdin = 'dataUrl' in input ? Buffer.from(input.dataUrl.split(',')[1] ?? '', 'base64') : undefined;
  const result = spawnSync(bundledFfmpeg(), args, {
    maxBuffer: 50_000_000,
    ...(stdin ? { input: stdin } : {}),
  });
  if (result.status !== 0) throw new Error(String(result.stderr));
  expect(result.stdout.length).toBe(W * H * 3);
  return result.stdout;
}

/** Pixels where a captioned frame differs clearly from the same frame without captions. */
const inkMask = (captioned: Buffer, plain: Buffer) =>
  Array.from({ length: W * H }, (_, pixel) => {
    let diff = 0;
    for (let channel = 0; channel < 3; channel++)
      diff += Math.abs((captioned[pixel * 3 + channel] ?? 0) - (plain[pixel * 3 + channel] ?? 0));
    return diff > 150;
  });

describe('export.previewFrame', () => {
  it('renders the frame at the playhead as the export burns it (same caption pixels)', async () => {
    // Ayesha consented to publish anonymously: the export (and so the preview) replaces her name.
    world = await setUpExport({
      speaker: { name: 'Ayesha', scope: 'publish-anonymous' },
      transcript: (mediaId) =>
        transcriptOf(
          mediaId,
          [cue('u1', 200, 2_400, 'Ayesha نے social media پر 3 campaigns کیں۔')],
          [cue('e1', 200, 2_400, 'Ayesha ran 3 campaigns on social media.')],
        ),
    });
    const { engine, sessionId, clip, mediaId } = world;
    const request = {
      sessionId,
      mediaId,
      startMs: clip.startMs,
      endMs: clip.endMs,
      atMs: 1_000,
      presetId: 'test-small',
    };
    const preview = await engine.api['export.previewFrame']({ ...request, speakerId: clip.speakerId ?? '' });
    const named = await engine.api['export.previewFrame'](request);
    expect([preview.widthPx, preview.heightPx]).toEqual([W, H]);
    expect(preview.captionFont).toMatch(/^Noto (Naskh Arabic|Nastaliq Urdu) \((fribidi|harfbuzz)/);

    const exported = async (burnIn: boolean) => {
      const started = await engine.api['export.start']({
        sessionId,
        clipIds: [clip.id],
        presetIds: ['test-small'],
        options: { burnIn, sidecars: [] },
      });
      const [job] = await waitForJobs(engine, started.jobIds);
      expect(job?.state, JSON.stringify(job?.error)).toBe('succeeded');
      const [record] = await engine.api['export.queue']({ batchId: started.batchId });
      return { path: record?.outputPath ?? '', captionFont: record?.captionFont };
    };
    const burned = await exported(true);
    const plain = await exported(false);
    expect(burned.captionFont).toBe(preview.captionFont);
    const plainFrame = decode({ video: plain.path, atS: 1 });
    const burnMask = inkMask(decode({ video: burned.path, atS: 1 }), plainFrame);
    const previewMask = inkMask(decode(preview), plainFrame);
    const both = burnMask.filter((lit, pixel) => lit && previewMask[pixel]).length;
    const either = burnMask.filter((lit, pixel) => lit || previewMask[pixel]).length;
    expect(burnMask.filter(Boolean).length).toBeGreaterThan(300);
    expect(both / either).toBeGreaterThan(0.85);
    // Without the speaker the name stays, so the caption pixels differ from the burn.
    const namedMask = inkMask(decode(named), plainFrame);
    const same = burnMask.filter((lit, pixel) => lit && namedMask[pixel]).length;
    const any = burnMask.filter((lit, pixel) => lit || namedMask[pixel]).length;
    expect(same / any).toBeLessThan(0.7);

    await expect(
      engine.api['export.previewFrame']({
        sessionId,
        mediaId,
        startMs: clip.startMs,
        endMs: clip.endMs,
        atMs: clip.endMs + 10,
        presetId: 'test-small',
      }),
    ).rejects.toThrow(/outside the clip/);
  });
});
