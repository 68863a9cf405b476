import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClipsApi } from '../../../../electron/engine/api/clipsApi';
import { createEventHub } from '../../../../electron/engine/events';
import { JobQueue } from '../../../../electron/engine/jobs/queue';
import { resolveFfmpegTools } from '../../../../electron/engine/media/binaries';
import { TranscriptStore } from '../../../../electron/engine/transcription/transcriptStore';
import { SessionStore } from '../../../../electron/engine/workspace/sessionStore';
import { builtInPresets } from '../../../../shared/export/presets';
import { setUpExport, type ExportWorld } from './exportFixture';

let world: ExportWorld;
beforeAll(async () => {
  world = await setUpExport();
});
afterAll(async () => {
  await world.dispose();
});

describe('clips API', () => {
  it('creates, updates and removes clips in clips.json, checking the range', async () => {
    const { engine, sessionId, mediaId } = world;
    const created = await engine.api['clips.save']({
      sessionId,
      clip: { mediaId, startMs: 500, endMs: 2_500, title: 'Second' },
    });
    expect(created.id).toMatch(/^c-/);
    const updated = await engine.api['clips.save']({ sessionId, clip: { ...created, title: 'Renamed' } });
    expect(updated.createdAt).toBe(created.createdAt);
    const listed = await engine.api['clips.list']({ sessionId });
    expect(listed.clips.map((clip) => clip.title)).toEqual(['پانی', 'Renamed']);
    expect(listed.styles.some((style) => style.id === listed.defaultStyleId)).toBe(true);
    await expect(
      engine.api['clips.save']({ sessionId, clip: { mediaId, startMs: 2_000, endMs: 2_000, title: 'x' } }),
    ).rejects.toThrow(/end after it starts/);
    await expect(
      engine.api['clips.save']({ sessionId, clip: { mediaId, startMs: 0, endMs: 60_000, title: 'x' } }),
    ).rejects.toThrow(/outside the recording/);
    expect(await engine.api['clips.remove']({ sessionId, clipId: created.id })).toEqual({ removed: true });
  });

  it('snaps clip ends to word boundaries when asked', async () => {
    const { engine, sessionId, mediaId } = world;
    // Urdu words of the first cue: 200–520, 540–860, … 1560–1880 (sampleTranscript); 700 is inside the
    // second word, and 1950 is 50 ms after the cue's end (1900).
    const clip = await engine.api['clips.save']({
      sessionId,
      snap: true,
      clip: { mediaId, startMs: 700, endMs: 1_950, title: 'Snapped' },
    });
    expect(clip.startMs).toBe(540);
    expect(clip.endMs).toBe(1_900);
  });

  it('edits a built-in preset as a copy and brings the original back on remove', async () => {
    const { engine } = world;
    const reels = builtInPresets.find((preset) => preset.id === 'reels');
    if (!reels) throw new Error('no reels');
    await engine.api['presets.save']({ preset: { ...reels, video: { ...reels.video, crf: 20 } } });
    const edited = (await engine.api['presets.list']({})).find((preset) => preset.id === 'reels');
    expect([edited?.video.crf, edited?.builtIn]).toEqual([20, false]);
    expect(await engine.api['presets.remove']({ presetId: 'reels' })).toEqual({
      removed: true,
      restoredBuiltIn: true,
    });
    const restored = (await engine.api['presets.list']({})).find((preset) => preset.id === 'reels');
    expect([restored?.video.crf, restored?.builtIn]).toEqual([23, true]);
    await expect(engine.api['presets.remove']({ presetId: 'reels' })).rejects.toThrow(/cannot be removed/);
  });

  it('saves named styles in the workspace', async () => {
    const { engine, sessionId } = world;
    await engine.api['styles.save']({ style: { id: 'big-box', name: 'Big box', box: true, sizePct: 9 } });
    const { styles } = await engine.api['clips.list']({ sessionId });
    expect(styles.find((style) => style.id === 'big-box')?.box).toBe(true);
    expect(await engine.api['styles.remove']({ styleId: 'big-box' })).toEqual({ removed: true });
  });

  it('warns before exporting what a platform will refuse', async () => {
    const { engine, sessionId, mediaId } = world;
    const clip = await engine.api['clips.save']({
      sessionId,
      clip: { mediaId, startMs: 0, endMs: 2_000, title: 'Short' },
    });
    const { warnings } = await engine.api['export.check']({
      sessionId,
      clipIds: [clip.id, 'missing'],
      presetIds: ['reels', 'x', 'nope'],
    });
    expect(warnings.map((warning) => `${warning.kind}:${warning.presetId ?? warning.clipId}`).sort()).toEqual(
      ['too-short:reels', 'unknown-clip:missing', 'unknown-preset:nope'].sort(),
    );
  });

  it('refuses before queueing when a speaker’s consent does not allow publishing (no stand-in rule)', async () => {
    const { engine, sessionId, mediaId } = world;
    const { participant } = await engine.api['participants.add']({
      sessionId,
      participant: { name: 'Ayesha Khan', gender: 'woman', consent: { scope: 'internal' } },
    });
    const refused = await engine.api['clips.save']({
      sessionId,
      clip: { mediaId, startMs: 0, endMs: 2_000, title: 'Internal only', speakerId: participant.id },
    });
    const sessions = new SessionStore(world.workspacePath);
    const queue = new JobQueue(() => undefined, { ffmpeg: 1 });
    const api = createClipsApi(queue, {
      sessions,
      transcripts: new TranscriptStore(sessions),
      tools: () => resolveFfmpegTools({ ffmpegSource: 'bundled' }),
      workspacePath: world.workspacePath,
      events: createEventHub(),
    });
    const request = { sessionId, clipIds: [refused.id], presetIds: ['x'] };
    const { warnings } = await api['export.check'](request);
    expect(warnings.find((warning) => warning.kind === 'consent')?.severity).toBe('error');
    await expect(
      api['export.start']({
        ...request,
        options: {
          burnIn: true,
          softSubtitles: false,
          sidecars: [],
          normaliseLoudness: true,
          fileNameTemplate: '{n}',
        },
      }),
    ).rejects.toThrow('Ayesha Khan gave consent for internal use only; this clip cannot be published.');
    expect(queue.list()).toEqual([]);
    await queue.close();
  });
});
