import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../../../shared/model/clips';
import type { Participant } from '../../../../shared/model/programme';
import { createEngine } from '../../../../electron/engine/engine';
import { waitForJobs } from '../../../support/waitForJobs';
import { assignSpeakers, setUpExport, type ExportWorld } from './exportFixture';
import { failure, formatTags } from './probeTags';

const REFUSAL = 'Ayesha Khan gave consent for internal use only; this clip cannot be published.';
const HINT = 'Give a written reason to override, or take the clip out of the batch.';
const REASON = 'She agreed on camera; the signed form follows on Monday.';

let world: ExportWorld;
let named: { participant: Participant; clip: Clip };
let unlisted: Clip;
let other: Participant;

beforeAll(async () => {
  // Ayesha Khan (internal use only) speaks in world.clip; Bilal Ahmed (publish named) in his own clip;
  // a third clip names a speaker id that is no participant; Chand Bibi has given no consent.
  world = await setUpExport({ speaker: { name: 'Ayesha Khan', scope: 'internal' } });
  const { engine, sessionId, mediaId } = world;
  const add = async (name: string, scope: Participant['consent']['scope']) =>
    (
      await engine.api['participants.add']({
        sessionId,
        participant: { name, gender: 'man', consent: { scope } },
      })
    ).participant;
  const bilal = await add('Bilal Ahmed', 'publish-named');
  other = await add('Chand Bibi', 'none');
  const clipOf = (title: string, speakerId: string) =>
    engine.api['clips.save']({ sessionId, clip: { mediaId, startMs: 0, endMs: 2_000, title, speakerId } });
  named = { participant: bilal, clip: await clipOf('Bilal on water', bilal.id) };
  unlisted = await clipOf('Someone', 'Somebody Raw');
});
afterAll(async () => {
  await world.dispose();
});

const options = { normaliseLoudness: false, fileNameTemplate: '{speaker}_{preset}_{n}' };

describe('consent in the export', () => {
  it('warns in export.check with the refusal and the participant to override', async () => {
    const { engine, sessionId, clip, participant } = world;
    const { warnings } = await engine.api['export.check']({
      sessionId,
      clipIds: [clip.id, named.clip.id, unlisted.id],
      presetIds: ['test-small'],
    });
    expect(warnings.filter((warning) => warning.kind === 'consent')).toEqual([
      {
        kind: 'consent',
        severity: 'error',
        clipId: clip.id,
        participantId: participant.id,
        message: REFUSAL,
        params: { code: 'consent-refused', clip: clip.title, name: 'Ayesha Khan', scope: 'internal' },
      },
    ]);
  });

  it('refuses a clip whose speaker may not be published: the message, a hint, no job, no file', async () => {
    const { engine, sessionId, clip, workspacePath } = world;
    const error = await failure(
      engine.api['export.start']({ sessionId, clipIds: [clip.id], presetIds: ['test-small'], options }),
    );
    expect([error.code, error.message, error.hint]).toEqual(['invalid-request', REFUSAL, HINT]);
    expect((await engine.api['jobs.list']({})).filter((job) => job.kind === 'export')).toEqual([]);
    expect(await engine.api['export.queue']({ sessionId })).toEqual([]);
    expect(existsSync(path.join(workspacePath, 'sessions', sessionId, 'exports'))).toBe(false);
  });

  it("rejects an override that is not the speaker's, or not an override", async () => {
    const { engine, sessionId, clip } = world;
    const { overrideId } = await engine.api['consent.override']({
      sessionId,
      participantId: other.id,
      purpose: 'publish',
      reason: 'Chand agreed by phone, form pending.',
    });
    const start = (id: string) =>
      engine.api['export.start']({
        sessionId,
        clipIds: [clip.id],
        presetIds: ['test-small'],
        options,
        overrides: [{ clipId: clip.id, overrideId: id }],
      });
    const error = await failure(start(overrideId));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('is not an override for publishing clips of Ayesha Khan');
    const { session } = await engine.api['sessions.get']({ sessionId });
    const added = session.history.find((event) => event.kind === 'participant-added');
    await expect(start(added?.id ?? '')).rejects.toThrow(/is not an override/);
    expect(await engine.api['export.queue']({ sessionId })).toEqual([]);
  });

  it('exports with an override, named speakers by name and unknown speaker ids by no name', async () => {
    const { engine, sessionId, clip, participant } = world;
    const { overrideId } = await engine.api['consent.override']({
      sessionId,
      participantId: participant.id,
      purpose: 'publish',
      reason: REASON,
    });
    const started = await engine.api['export.start']({
      sessionId,
      clipIds: [clip.id, named.clip.id, unlisted.id],
      presetIds: ['test-small'],
      options,
      overrides: [{ clipId: clip.id, overrideId }],
    });
    const jobs = await waitForJobs(engine, started.jobIds);
    expect(jobs.map((job) => job.state)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    const records = await engine.api['export.queue']({ batchId: started.batchId });
    const recordOf = (clipId: string) => records.find((record) => record.clipId === clipId);
    const overridden = recordOf(clip.id);
    expect(overridden).toMatchObject({ overrideId, overrideReason: REASON, consentScope: 'internal' });

    const fileOf = (clipId: string) => path.basename(recordOf(clipId)?.outputPath ?? '');
    expect(fileOf(clip.id)).toBe('Ayesha-Khan_test-small_1.mp4');
    expect(fileOf(named.clip.id)).toBe('Bilal-Ahmed_test-small_2.mp4');
    expect(fileOf(unlisted.id)).toBe('test-small_3.mp4');
    const bilalTags = formatTags(recordOf(named.clip.id)?.outputPath ?? '');
    expect(bilalTags['artist']).toBe('Bilal Ahmed');
    expect(bilalTags['comment']).toContain('Speaker: Bilal Ahmed');
    const unlistedTags = formatTags(recordOf(unlisted.id)?.outputPath ?? '');
    expect(unlistedTags['artist']).toBeUndefined();
    expect(JSON.stringify(unlistedTags)).not.toContain('Somebody');
    const unlistedJson = recordOf(unlisted.id)?.sidecarPaths.find((file) => file.endsWith('.json')) ?? '';
    expect(readFileSync(unlistedJson, 'utf8')).not.toContain('Somebody');

    const manifest = readFileSync(path.join(started.outputFolder, 'manifest.csv'), 'utf8');
    const row = manifest.split('\r\n').find((line) => line.includes(clip.id)) ?? '';
    expect(row).toContain(`,Ayesha Khan,`);
    expect(row).toContain(`,internal,${overrideId},${REASON},`);
    expect(manifest).not.toContain('Somebody');

    const { session } = await engine.api['sessions.get']({ sessionId });
    const exported = session.history.filter((event) => event.kind === 'clip-exported');
    expect(exported).toHaveLength(3);
    expect(exported.find((event) => event.clipId === clip.id)).toMatchObject({
      participantId: participant.id,
      platform: 'test-small',
      fileName: 'Ayesha-Khan_test-small_1.mp4',
      overrideId,
      fromScope: 'internal',
    });
    expect(exported.find((event) => event.clipId === named.clip.id)?.overrideId).toBeUndefined();

    const report = await engine.api['reports.get']({});
    expect(report.clips.byPlatform).toEqual([{ platform: 'test-small', count: 3 }]);
    expect(report.sessions.list.find((line) => line.id === sessionId)?.clips).toBe(3);
  });
});

describe('consent of everyone who speaks in the clip', () => {
  // Bilal Ahmed (publish named) speaks the clip (0–3 s); Sana Baloch (internal use only) says its second
  // cue (2–3.9 s, both tracks), so the clip may be published only with an override for her.
  const SANA_REFUSAL = 'Sana Baloch gave consent for internal use only; this clip cannot be published.';
  let heard: ExportWorld;
  let sana: Participant;

  beforeAll(async () => {
    heard = await setUpExport({ speaker: { name: 'Bilal Ahmed', scope: 'publish-named' } });
    const { engine, sessionId, mediaId } = heard;
    sana = (
      await engine.api['participants.add']({
        sessionId,
        participant: { name: 'Sana Baloch', gender: 'woman', consent: { scope: 'internal' } },
      })
    ).participant;
    await assignSpeakers(engine, sessionId, mediaId, {
      u1: heard.participant.id,
      e1: heard.participant.id,
      u2: sana.id,
      e2: sana.id,
    });
  });
  afterAll(async () => {
    await heard.dispose();
  });

  it('refuses the clip of a named speaker when an internal-only participant speaks in it', async () => {
    const { engine, sessionId, clip } = heard;
    const { warnings } = await engine.api['export.check']({
      sessionId,
      clipIds: [clip.id],
      presetIds: ['test-small'],
    });
    expect(warnings.filter((warning) => warning.kind === 'consent')).toEqual([
      {
        kind: 'consent',
        severity: 'error',
        clipId: clip.id,
        participantId: sana.id,
        message: SANA_REFUSAL,
        params: { code: 'consent-refused', clip: clip.title, name: 'Sana Baloch', scope: 'internal' },
      },
    ]);
    const error = await failure(
      engine.api['export.start']({ sessionId, clipIds: [clip.id], presetIds: ['test-small'], options }),
    );
    expect([error.code, error.message, error.hint]).toEqual(['invalid-request', SANA_REFUSAL, HINT]);
    expect(await engine.api['export.queue']({ sessionId })).toEqual([]);
  });

  it('exports it with an override for her, recorded in the record, the manifest and the history', async () => {
    const { engine, sessionId, clip, participant } = heard;
    const { overrideId } = await engine.api['consent.override']({
      sessionId,
      participantId: sana.id,
      purpose: 'publish',
      reason: REASON,
    });
    const started = await engine.api['export.start']({
      sessionId,
      clipIds: [clip.id],
      presetIds: ['test-small'],
      options,
      overrides: [{ clipId: clip.id, overrideId }],
    });
    const [job] = await waitForJobs(engine, started.jobIds);
    expect(job?.state, JSON.stringify(job?.error)).toBe('succeeded');
    const [record] = await engine.api['export.queue']({ batchId: started.batchId });
    expect(record).toMatchObject({
      participantId: participant.id,
      consentScope: 'publish-named',
      speakerName: 'Bilal Ahmed',
      coSpeakers: [{ participantId: sana.id, consentScope: 'internal' }],
      overrideId,
      overrideReason: REASON,
      overrides: [{ participantId: sana.id, overrideId, reason: REASON }],
    });
    expect(path.basename(record?.outputPath ?? '')).toBe('Bilal-Ahmed_test-small_1.mp4');

    const manifest = readFileSync(path.join(started.outputFolder, 'manifest.csv'), 'utf8');
    const row = manifest.split('\r\n').find((line) => line.includes(clip.id)) ?? '';
    expect(row).toContain(',Bilal Ahmed,');
    expect(row).toContain(`,publish-named,${overrideId},${REASON},`);

    const { session } = await engine.api['sessions.get']({ sessionId });
    const exported = session.history.filter((event) => event.kind === 'clip-exported');
    expect(exported).toEqual([
      expect.objectContaining({
        clipId: clip.id,
        participantId: participant.id,
        fromScope: 'publish-named',
        platform: 'test-small',
        overrideId,
      }),
    ]);
    const report = await engine.api['reports.get']({});
    expect(report.clips.byPlatform).toEqual([{ platform: 'test-small', count: 1 }]);
  });
});

describe('an export with no consent information', () => {
  it('is refused when the session’s participant list is missing, and nothing is queued', async () => {
    const bare = await setUpExport();
    try {
      const { engine, sessionId, clip, workspacePath } = bare;
      const file = path.join(workspacePath, 'sessions', sessionId, 'session.json');
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      delete stored['participants'];
      writeFileSync(file, JSON.stringify(stored));
      const request = { sessionId, clipIds: [clip.id], presetIds: ['test-small'] };
      await expect(engine.api['export.check'](request)).rejects.toThrow();
      const error = await failure(engine.api['export.start']({ ...request, options }));
      expect(error.message).toMatch(/session/i);
      expect(await engine.api['export.queue']({ sessionId })).toEqual([]);
      expect(existsSync(path.join(workspacePath, 'sessions', sessionId, 'exports'))).toBe(false);
    } finally {
      await bare.dispose();
    }
  });
});

describe('an export planned again just before it runs', () => {
  it('fails, naming the change, when the speaker’s consent changed after it was queued', async () => {
    const changed = await setUpExport();
    try {
      const { sessionId, clip, participant, workspacePath, configDir } = changed;
      const first = changed.engine;
      const started = await first.api['export.start']({
        sessionId,
        clipIds: [clip.id],
        presetIds: ['test-small'],
        options,
      });
      await first.close();
      // Between queueing and running, Ayesha asks to be published anonymously (a CLI engine resumes nothing).
      const editor = await createEngine({ workspacePath, configDir, binding: 'cli' });
      await editor.api['participants.update']({
        sessionId,
        participantId: participant.id,
        patch: { consent: { scope: 'publish-anonymous' } },
      });
      await editor.close();
      const second = await changed.restart();
      const [record] = await second.api['export.queue']({ batchId: started.batchId });
      const [job] = await waitForJobs(second, [record?.jobId ?? '']);
      expect(job?.state).toBe('failed');
      expect(job?.error?.message).toBe(
        'Who speaks in this clip, or their consent, changed after this export was queued.',
      );
      expect(job?.error?.hint).toBe('Export the clip again, so it follows the consent as it is now.');
      expect(existsSync(path.join(started.outputFolder, `${record?.fileStem ?? ''}.mp4`))).toBe(false);
    } finally {
      await changed.dispose();
    }
  });
});
