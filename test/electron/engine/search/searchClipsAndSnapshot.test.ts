import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchIndexFolder } from '../../../../electron/engine/search/indexFolder';
import { shardFilePath } from '../../../../electron/engine/search/shardFile';
import { snapshotFilePath } from '../../../../electron/engine/search/snapshotFile';
import { WorkspaceSearchIndex } from '../../../../electron/engine/search/workspaceSearchIndex';
import { TranscriptStore } from '../../../../electron/engine/transcription/transcriptStore';
import { SessionStore } from '../../../../electron/engine/workspace/sessionStore';
import type { SearchResult } from '../../../../shared/programme/schemas';
import type { Transcript } from '../../../../shared/transcript/model';
import { startTestEngine, type TestEngine } from '../../../support/engine';
import { media } from '../../../shared/programme/fixture';

let test: TestEngine;
beforeEach(async () => {
  test = await startTestEngine();
});
afterEach(async () => {
  await test.dispose();
});

const transcript = (mediaId: string, cues: Array<[string, number, string, string?]>): Transcript => ({
  schemaVersion: 1,
  mediaId,
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
      cues: cues.map(([id, startMs, text, speakerId]) => ({
        id,
        startMs,
        endMs: startMs + 2000,
        text,
        words: [],
        ...(speakerId ? { speakerId } : {}),
      })),
    },
  ],
});

async function sessionWith(title: string, cues: Array<[string, number, string, string?]> = []) {
  const api = test.engine.api;
  const { id: sessionId } = await api['sessions.create']({ title });
  const store = new SessionStore(test.workspacePath);
  await store.update(sessionId, (session) => {
    session.media.push({ ...media('m-one'), fileName: 'interview one.mp4' });
  });
  await new TranscriptStore(store).save(sessionId, transcript('m-one', cues));
  return sessionId;
}

const search = async (text: string) => (await test.engine.api['search.query']({ text })).results;
const clipsFound = async (text: string) => (await search(text)).filter((result) => result.kind === 'clip');

const freshIndex = () => {
  const sessions = new SessionStore(test.workspacePath);
  return new WorkspaceSearchIndex({
    sessions,
    transcripts: new TranscriptStore(sessions),
    indexFolder: searchIndexFolder(test.workspacePath),
  });
};

describe('clips in workspace search', () => {
  it('finds a clip by title, tags and hashtags, and follows it when renamed and removed', async () => {
    const sessionId = await sessionWith('Lahore dialogue');
    const api = test.engine.api;
    expect(await clipsFound('برداشت')).toEqual([]);
    const clip = await api['clips.save']({
      sessionId,
      clip: {
        mediaId: 'm-one',
        startMs: 12_000,
        endMs: 42_000,
        title: 'برداشت پر Ali کی بات، ۲ منٹ میں۔',
        tags: ['youth voices'],
        hashtags: ['#پاكستان'],
      },
    });
    const [hit, ...rest] = await clipsFound('برداشت');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({
      kind: 'clip',
      sessionId,
      sessionTitle: 'Lahore dialogue',
      mediaId: 'm-one',
      mediaName: 'interview one.mp4',
      clipId: clip.id,
      startMs: 12_000,
      snippet: 'برداشت پر Ali کی بات، ۲ منٹ میں۔',
    });
    // Tags, hashtags (Arabic-keyboard kaf finds the Urdu one) and Urdu digits.
    expect(await clipsFound('youth')).toHaveLength(1);
    expect(await clipsFound('پاکستان')).toHaveLength(1);
    expect(await clipsFound('ali 2')).toHaveLength(1);

    await api['clips.save']({ sessionId, clip: { ...clip, title: 'امن کی بات' } });
    expect(await clipsFound('برداشت')).toEqual([]);
    expect((await clipsFound('امن'))[0]).toMatchObject({ clipId: clip.id, snippet: 'امن کی بات' });

    await api['clips.remove']({ sessionId, clipId: clip.id });
    expect(await clipsFound('امن')).toEqual([]);
  });

  it('never shows the real name of a participant who publishes anonymously with a clip', async () => {
    const api = test.engine.api;
    const sessionId = await sessionWith('Quetta', []);
    const { participant: anonymous } = await api['participants.add']({
      sessionId,
      participant: {
        name: 'Zainab Bibi',
        otherNames: ['زینب بی بی'],
        gender: 'woman',
        consent: { scope: 'publish-anonymous' },
      },
    });
    const { participant: named } = await api['participants.add']({
      sessionId,
      participant: { name: 'Ayesha Khan', gender: 'woman', consent: { scope: 'publish-named' } },
    });
    // Zainab speaks (40 s) inside the second clip, whose speaker is Ayesha.
    const store = new TranscriptStore(new SessionStore(test.workspacePath));
    const saved = await store.get(sessionId, 'm-one');
    await store.save(
      sessionId,
      transcript('m-one', [['c1', 40_000, 'تعلیم ضروری ہے', anonymous.id]]),
      saved?.revision,
    );
    await api['clips.save']({
      sessionId,
      clip: {
        mediaId: 'm-one',
        startMs: 0,
        endMs: 30_000,
        title: 'Zainab Bibi on tolerance',
        speakerId: anonymous.id,
      },
    });
    await api['clips.save']({
      sessionId,
      clip: {
        mediaId: 'm-one',
        startMs: 35_000,
        endMs: 58_000,
        title: 'تعلیم: زینب بی بی اور Ayesha',
        speakerId: named.id,
      },
    });

    const clipTexts = (results: SearchResult[]) => results.map((result) => result.snippet);
    // Her names find her participant entry (the session's own list), never a clip.
    expect(await clipsFound('zainab')).toEqual([]);
    expect(await clipsFound('زینب')).toEqual([]);
    expect((await search('zainab')).map((result) => result.kind)).toEqual(['participant']);
    // The clips are found by the rest of their texts, and show "Participant 1" in her place.
    const shown = clipTexts(await clipsFound('tolerance'));
    expect(shown).toEqual(['Participant 1 on tolerance · Participant 1']);
    expect(clipTexts(await clipsFound('تعلیم'))).toEqual(['تعلیم: Participant 1 اور Ayesha · Ayesha Khan']);
    expect(await clipsFound('participant')).toHaveLength(2);
    for (const result of await search('participant')) expect(result.snippet).not.toMatch(/zainab|زینب/i);
  });

  it('picks up a session folder copied in from elsewhere with its clips', async () => {
    const sessionId = await sessionWith('Multan');
    await test.engine.api['clips.save']({
      sessionId,
      clip: { mediaId: 'm-one', startMs: 0, endMs: 30_000, title: 'pani ka masla' },
    });
    expect(await clipsFound('pani')).toHaveLength(1);
    const sessionsRoot = path.join(test.workspacePath, 'sessions');
    const copyId = 'copied-session-1';
    cpSync(path.join(sessionsRoot, sessionId), path.join(sessionsRoot, copyId), {
      recursive: true,
      preserveTimestamps: true,
    });
    const copied = path.join(sessionsRoot, copyId, 'session.json');
    writeFileSync(copied, readFileSync(copied, 'utf8').replace(`"id": "${sessionId}"`, `"id": "${copyId}"`));
    expect((await clipsFound('pani')).map((result) => result.sessionId).sort()).toEqual(
      [copyId, sessionId].sort(),
    );
  });
});

describe('the workspace snapshot', () => {
  it('loads the index from the snapshot and reads a session only when a result needs it', async () => {
    const first = await sessionWith('Sukkur', [['c1', 0, 'darya ka kinara']]);
    await sessionWith('Hyderabad', [['c1', 0, 'sadak ki baat']]);
    const building = freshIndex();
    expect(await building.rebuild()).toMatchObject({ sessions: 2, built: 2 });
    expect(existsSync(snapshotFilePath(searchIndexFolder(test.workspacePath)))).toBe(true);

    const loading = freshIndex();
    expect(await loading.refresh()).toMatchObject({ sessions: 2, fromSnapshot: 2, loaded: 0, built: 0 });
    expect((await loading.query('darya')).results).toMatchObject([
      { kind: 'cue', sessionId: first, snippet: 'darya ka kinara' },
    ]);

    // A session changed since the snapshot is replaced from its documents; the rest stays.
    const store = new TranscriptStore(new SessionStore(test.workspacePath));
    const saved = await store.get(first, 'm-one');
    await store.save(first, transcript('m-one', [['c1', 0, 'naya kinara']]), saved?.revision);
    const after = freshIndex();
    expect(await after.refresh()).toMatchObject({ fromSnapshot: 2, built: 1 });
    expect((await after.query('darya')).results).toEqual([]);
    expect((await after.query('kinara')).results.map((result) => result.snippet)).toEqual(['naya kinara']);
    expect((await after.query('sadak')).results.map((result) => result.snippet)).toEqual(['sadak ki baat']);
  });

  it('rebuilds a corrupt shard behind a good snapshot, and ignores a corrupt snapshot', async () => {
    const sessionId = await sessionWith('Sukkur', [['c1', 0, 'darya ka kinara']]);
    await freshIndex().rebuild();
    const folder = searchIndexFolder(test.workspacePath);
    const shard = shardFilePath(folder, sessionId);
    writeFileSync(shard, readFileSync(shard, 'utf8').replace('darya', 'nadii'));
    const index = freshIndex();
    expect(await index.refresh()).toMatchObject({ fromSnapshot: 1, built: 0 });
    expect((await index.query('darya')).results.map((result) => result.snippet)).toEqual(['darya ka kinara']);
    expect(readFileSync(shard, 'utf8')).toContain('darya');

    const snapshot = snapshotFilePath(folder);
    for (const damaged of ['', 'not a snapshot', readFileSync(snapshot, 'utf8').replace('darya', 'nadii')]) {
      writeFileSync(snapshot, damaged);
      const fresh = freshIndex();
      expect(await fresh.refresh()).toMatchObject({ fromSnapshot: 0, loaded: 1, built: 0 });
      expect((await fresh.query('darya')).results.map((result) => result.snippet)).toEqual([
        'darya ka kinara',
      ]);
      await fresh.saveSnapshot();
      expect(await freshIndex().refresh()).toMatchObject({ fromSnapshot: 1, loaded: 0, built: 0 });
    }
  });
});
