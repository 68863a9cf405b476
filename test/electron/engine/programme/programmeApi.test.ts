import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GuftaguError } from '../../../../shared/errors';
import { TranscriptStore } from '../../../../electron/engine/transcription/transcriptStore';
import { sessionFile } from '../../../../electron/engine/workspace/paths';
import { SessionStore } from '../../../../electron/engine/workspace/sessionStore';
import { startTestEngine, type TestEngine } from '../../../support/engine';
import { media } from '../../../shared/programme/fixture';

let test: TestEngine;
beforeEach(async () => {
  test = await startTestEngine();
});
afterEach(async () => {
  await test.dispose();
});

async function failure(promise: Promise<unknown>): Promise<GuftaguError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GuftaguError)) throw new Error(`expected a GuftaguError, got ${String(error)}`);
  return error;
}

async function sessionWithParticipant() {
  const api = test.engine.api;
  const { id: sessionId } = await api['sessions.create']({ title: 'Lahore dialogue' });
  const scan = path.join(test.root, 'form 1.pdf');
  writeFileSync(scan, '%PDF-1.4 signed');
  const { participant } = await api['participants.add']({
    sessionId,
    participant: {
      name: 'Ayesha Khan',
      gender: 'woman',
      consent: { scope: 'internal', date: '2026-01-10', formRef: 'F-1' },
      consentScanFile: scan,
    },
  });
  return { sessionId, participant };
}

describe('programme API', () => {
  it('adds a participant with a scan copied into consent/ as a relative path', async () => {
    const { sessionId, participant } = await sessionWithParticipant();
    expect(participant.consent.scanPath).toMatch(/^consent\/p-[a-z0-9-]+\.pdf$/);
    const folder = path.join(test.workspacePath, 'sessions', sessionId);
    expect(readFileSync(path.join(folder, participant.consent.scanPath ?? ''), 'utf8')).toBe(
      '%PDF-1.4 signed',
    );
    const { session } = await test.engine.api['sessions.get']({ sessionId });
    expect(session.history.map((event) => event.kind)).toEqual(['participant-added']);
  });

  it('refuses bad input with invalid-request and a hint, changing nothing', async () => {
    const { sessionId } = await sessionWithParticipant();
    const api = test.engine.api;
    const before = readFileSync(sessionFile(test.workspacePath, sessionId), 'utf8');
    const cases = [
      api['participants.add']({ sessionId, participant: { name: '  ', gender: 'man' } }),
      api['participants.add']({ sessionId, participant: { name: 'AYESHA khan', gender: 'woman' } }),
      api['participants.add']({
        sessionId,
        participant: { name: 'B', gender: 'man', consent: { scope: 'internal', date: '2999-01-01' } },
      }),
      api['sessions.updateMetadata']({ sessionId, metadata: { date: 'last week' } }),
      api['consent.override']({ sessionId, participantId: 'p-x', purpose: 'publish', reason: 'short' }),
      api['reports.get']({ from: '2026-03-01', to: '2026-01-01' }),
    ];
    for (const error of await Promise.all(cases.map(failure))) {
      expect(error.code).toBe('invalid-request');
      expect(error.hint).not.toBe('');
    }
    expect(readFileSync(sessionFile(test.workspacePath, sessionId), 'utf8')).toBe(before);
    const scans = path.join(test.workspacePath, 'sessions', sessionId, 'consent');
    const bad = path.join(test.root, 'b.pdf');
    writeFileSync(bad, 'x');
    await failure(
      api['participants.add']({
        sessionId,
        participant: { name: 'ayesha khan', gender: 'woman', consentScanFile: bad },
      }),
    );
    // The scan copied for the refused participant was removed again.
    expect(readdirSync(scans)).toHaveLength(1);
  });

  it('checks consent, records an override and an export, and the report flags a later lowering', async () => {
    const api = test.engine.api;
    const { sessionId, participant } = await sessionWithParticipant();
    const participantId = participant.id;
    expect(await api['consent.check']({ sessionId, participantId, purpose: 'publish' })).toMatchObject({
      decision: 'refused',
      message: 'Ayesha Khan gave consent for internal use only; this clip cannot be published.',
      scope: 'internal',
    });
    const { overrideId } = await api['consent.override']({
      sessionId,
      participantId,
      purpose: 'publish',
      reason: 'Written permission by e-mail on 2026-01-12',
    });
    await api['history.recordExport']({
      sessionId,
      participantId,
      platform: 'reels',
      clipId: 'c1',
      fileName: 'c1.mp4',
      overrideId,
    });
    expect(
      (
        await failure(
          api['history.recordExport']({
            sessionId,
            participantId,
            platform: 'reels',
            clipId: 'c2',
            fileName: 'c2.mp4',
            overrideId: 'nope',
          }),
        )
      ).code,
    ).toBe('invalid-request');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await api['participants.update']({ sessionId, participantId, patch: { consent: { scope: 'none' } } });
    const report = await api['reports.get']({});
    expect(report.clips).toEqual({ total: 1, byPlatform: [{ platform: 'reels', count: 1 }] });
    expect(report.flags).toHaveLength(1);
    expect(report.flags[0]).toMatchObject({
      reason: 'consent-lowered-after-export',
      participantId,
      clipId: 'c1',
    });
    const { csv, fileName } = await api['reports.csv']({});
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(fileName).toBe('guftagu-report_start_today.csv');
    const kinds = (await api['sessions.get']({ sessionId })).session.history.map((event) => event.kind);
    expect(kinds).toEqual(['participant-added', 'consent-override', 'clip-exported', 'consent-changed']);
  });

  it('sets the speaker of cues and links the participant to the media; search jumps there', async () => {
    const { sessionId, participant } = await sessionWithParticipant();
    const store = new SessionStore(test.workspacePath);
    await store.update(sessionId, (session) => {
      session.media.push(media('m-one'));
    });
    const transcripts = new TranscriptStore(store);
    await transcripts.save(sessionId, {
      schemaVersion: 1,
      mediaId: 'm-one',
      model: 'ggml-small.bin',
      createdAt: '2026-01-10T10:00:00.000Z',
      revision: 0,
      language: 'ur',
      tracks: [
        {
          id: 'ur',
          language: 'ur',
          direction: 'rtl',
          kind: 'transcript',
          cues: [
            { id: 'c1', startMs: 0, endMs: 900, text: 'السلام علیکم', words: [] },
            { id: 'c2', startMs: 1000, endMs: 1900, text: 'برداشت ضروری ہے', words: [] },
          ],
        },
      ],
    });
    const api = test.engine.api;
    const { transcript } = await api['transcripts.assignSpeaker']({
      sessionId,
      mediaId: 'm-one',
      trackId: 'ur',
      cueIds: ['c2'],
      participantId: participant.id,
    });
    expect(transcript.tracks[0]?.cues.map((cue) => cue.speakerId)).toEqual([undefined, participant.id]);
    expect(transcript.revision).toBe(1);
    const { session } = await api['sessions.get']({ sessionId });
    expect(session.participants[0]?.mediaIds).toEqual(['m-one']);
    const { results } = await api['search.query']({ text: 'برداشت' });
    expect(results).toEqual([
      expect.objectContaining({
        kind: 'cue',
        mediaId: 'm-one',
        cueId: 'c2',
        startMs: 1000,
        snippet: 'Ayesha Khan: برداشت ضروری ہے',
      }),
    ]);
    const cleared = await api['transcripts.assignSpeaker']({
      sessionId,
      mediaId: 'm-one',
      trackId: 'ur',
      cueIds: ['c2'],
      participantId: null,
    });
    expect(cleared.transcript.tracks[0]?.cues[1]?.speakerId).toBeUndefined();
    expect(
      (
        await failure(
          api['transcripts.assignSpeaker']({
            sessionId,
            mediaId: 'm-one',
            trackId: 'ur',
            cueIds: ['zz'],
            participantId: null,
          }),
        )
      ).code,
    ).toBe('invalid-request');
  });

  it('a session folder copied to another workspace opens with participants and scans intact', async () => {
    const { sessionId, participant } = await sessionWithParticipant();
    const otherWorkspace = path.join(test.root, 'other machine');
    const copiedFolder = path.join(otherWorkspace, 'sessions', sessionId);
    mkdirSync(path.dirname(copiedFolder), { recursive: true });
    cpSync(path.join(test.workspacePath, 'sessions', sessionId), copiedFolder, { recursive: true });
    const session = await new SessionStore(otherWorkspace).get(sessionId);
    const copied = session.participants[0];
    expect(copied).toEqual(participant);
    expect(existsSync(path.join(copiedFolder, copied?.consent.scanPath ?? 'x'))).toBe(true);
  });

  it('lists a session edited by hand into invalid JSON as unreadable, and the report skips it', async () => {
    const { sessionId } = await sessionWithParticipant();
    const file = sessionFile(test.workspacePath, sessionId);
    writeFileSync(file, '{"schemaVersion": 2, "title": "Lahore", "participants": [');
    const [summary] = await test.engine.api['sessions.list']({});
    expect(summary).toMatchObject({
      id: sessionId,
      state: 'unreadable',
      problem: { code: 'document-corrupt' },
    });
    expect(summary?.backupCount).toBeGreaterThanOrEqual(1);
    const report = await test.engine.api['reports.get']({});
    expect(report.sessions.total).toBe(0);
    expect(report.skipped).toEqual([
      { sessionId, message: expect.stringContaining('not valid JSON') as string },
    ]);
    const error = await failure(
      test.engine.api['participants.add']({ sessionId, participant: { name: 'New', gender: 'man' } }),
    );
    expect(error.code).toBe('document-corrupt');
    expect(readFileSync(file, 'utf8')).toBe('{"schemaVersion": 2, "title": "Lahore", "participants": [');
  });
});
