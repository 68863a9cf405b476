import { describe, expect, it } from 'vitest';
import type { Clip, ExportJobRecord } from '../../../shared/model/clips';
import {
  canStart,
  canStartSkipping,
  consentBlocks,
  fileNameOf,
  hardErrors,
  overrideKey,
  presetAspect,
  summariseBatches,
  templateExample,
  type ConsentWarning,
} from '../../../renderer/src/clips/exportPlan';

const clip = (id: string, speakerId?: string): Clip => ({
  id,
  mediaId: 'm1',
  startMs: 0,
  endMs: 30_000,
  title: `Clip ${id}`,
  tags: [],
  hashtags: [],
  createdAt: '2026-11-01T00:00:00Z',
  ...(speakerId ? { speakerId } : {}),
});
const consent = (clipId: string, participantId?: string): ConsentWarning => ({
  kind: 'consent',
  severity: 'error',
  clipId,
  message: 'Sana Baloch gave consent for internal use only; this clip cannot be published.',
  ...(participantId ? { participantId } : {}),
});

describe('file-name template example', () => {
  it('fills the tokens with the first chosen clip and preset', () => {
    const today = new Date('2026-11-21T10:00:00Z');
    expect(
      templateExample(
        '{session}_{speaker}_{preset}_{n}',
        { session: 'Campus dialogue', speaker: 'Ayesha Khan', presetId: 'reels' },
        today,
      ),
    ).toBe('Campus-dialogue_Ayesha-Khan_reels_1');
    expect(
      templateExample(
        '{date}-{clip}-{topic}-{lang}',
        { session: 's', clip: { title: 'امن: پہلا قدم', topic: 'Peace' } },
        today,
      ),
    ).toBe('2026-11-21-امن-پہلا-قدم-Peace-ur');
  });

  it('drops an empty token with its separator, and never gives an empty name', () => {
    expect(templateExample('{session}_{speaker}_{n}', { session: 'Dialogue' })).toBe('Dialogue_1');
    expect(templateExample('{speaker}', { session: 'x' })).toBe('clip');
  });
});

describe('consent refusals and overrides', () => {
  const clips = [clip('c1', 'p1'), clip('c2', 'p2')];

  it('gives one block per refused clip, naming the participant (else the clip’s speaker)', () => {
    const blocks = consentBlocks([consent('c1', 'p9'), consent('c1', 'p9'), consent('c2')], clips);
    expect(blocks).toEqual([
      { clipId: 'c1', participantId: 'p9', message: expect.stringContaining('internal use only') },
      { clipId: 'c2', participantId: 'p2', message: expect.stringContaining('internal use only') },
    ]);
  });

  it('starts only when every refusal has an override and nothing else blocks', () => {
    const warnings = [consent('c1', 'p1')];
    expect(canStart(warnings, clips, new Map())).toBe(false);
    expect(canStart(warnings, clips, new Map([['c1', 'o-1']]))).toBe(false);
    const key = overrideKey({ clipId: 'c1', participantId: 'p1' });
    expect(canStart(warnings, clips, new Map([[key, 'o-1']]))).toBe(true);
    const unknown: ConsentWarning = {
      kind: 'unknown-preset',
      severity: 'error',
      presetId: 'zz',
      message: 'no',
    };
    expect(hardErrors([unknown, consent('c1')])).toEqual([unknown]);
    expect(canStart([unknown], clips, new Map())).toBe(false);
    const advice: ConsentWarning = { kind: 'too-long', severity: 'warning', clipId: 'c1', message: 'long' };
    expect(canStart([advice], clips, new Map())).toBe(true);
  });

  it('gives one block per refused participant of a clip, and wants an override for each', () => {
    const warnings = [consent('c1', 'p1'), consent('c1', 'p7'), consent('c1', 'p7')];
    const blocks = consentBlocks(warnings, clips);
    expect(blocks.map((block) => [block.clipId, block.participantId])).toEqual([
      ['c1', 'p1'],
      ['c1', 'p7'],
    ]);
    const first = overrideKey({ clipId: 'c1', participantId: 'p1' });
    const second = overrideKey({ clipId: 'c1', participantId: 'p7' });
    expect(first).not.toBe(second);
    expect(canStart(warnings, clips, new Map([[first, 'o-1']]))).toBe(false);
    expect(
      canStart(
        warnings,
        clips,
        new Map([
          [first, 'o-1'],
          [second, 'o-2'],
        ]),
      ),
    ).toBe(true);
  });

  it('with refused clips skipped, starts when at least one chosen clip is free of refusals', () => {
    const warnings = [consent('c1', 'p1')];
    expect(canStartSkipping(warnings, clips, new Map())).toBe(true);
    expect(canStartSkipping(warnings, [clip('c1', 'p1')], new Map())).toBe(false);
    const key = overrideKey({ clipId: 'c1', participantId: 'p1' });
    expect(canStartSkipping(warnings, [clip('c1', 'p1')], new Map([[key, 'o-1']]))).toBe(true);
    const unknown: ConsentWarning = { kind: 'unknown-clip', severity: 'error', clipId: 'zz', message: 'no' };
    expect(canStartSkipping([unknown], clips, new Map())).toBe(false);
  });
});

describe('export batches', () => {
  const record = (
    id: string,
    batchId: string,
    state: ExportJobRecord['state'],
    createdAt: string,
  ): ExportJobRecord => ({
    id,
    batchId,
    sessionId: 's1',
    clipId: 'c1',
    presetId: id,
    options: {
      burnIn: true,
      softSubtitles: false,
      sidecars: [],
      normaliseLoudness: true,
      fileNameTemplate: '{n}',
    },
    outputFolder: `/exports/${batchId}`,
    fileStem: id,
    n: 1,
    state,
    jobId: `job-${id}`,
    attempts: 1,
    createdAt,
    updatedAt: createdAt,
    sidecarPaths: [],
  });

  it('groups per batch, newest first, with overall progress from the running jobs', () => {
    const batches = summariseBatches(
      [
        record('reels', 'b1', 'succeeded', '2026-11-01T10:00:00Z'),
        record('x', 'b1', 'running', '2026-11-01T10:00:00Z'),
        record('master', 'b2', 'failed', '2026-11-02T10:00:00Z'),
      ],
      new Map([['job-x', 0.5]]),
    );
    expect(batches.map((batch) => [batch.batchId, batch.state, batch.progress])).toEqual([
      ['b2', 'failed', 1],
      ['b1', 'running', 0.75],
    ]);
    expect(batches[1]?.outputFolder).toBe('/exports/b1');
  });

  it('names files and aspects', () => {
    expect(fileNameOf('C:\\exports\\b1\\a.mp4')).toBe('a.mp4');
    expect(fileNameOf('/exports/b1/a.mp4')).toBe('a.mp4');
    expect(presetAspect({ widthPx: 1080, heightPx: 1920 })).toBe('9:16');
    expect(presetAspect({ widthPx: 1080, heightPx: 1350 })).toBe('4:5');
    expect(presetAspect({ widthPx: 0, heightPx: 0 })).toBe('source');
  });
});
