import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchIndexFolder } from '../../../../electron/engine/search/indexFolder';
import { shardFilePath } from '../../../../electron/engine/search/shardFile';
import { snapshotFilePath } from '../../../../electron/engine/search/snapshotFile';
import { TranscriptStore } from '../../../../electron/engine/transcription/transcriptStore';
import { SessionStore } from '../../../../electron/engine/workspace/sessionStore';
import { WorkspaceSearchIndex } from '../../../../electron/engine/search/workspaceSearchIndex';
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

function transcript(mediaId: string, cues: Array<[string, number, string]>, revision = 0): Transcript {
  return {
    schemaVersion: 1,
    mediaId,
    model: 'ggml-small.bin',
    createdAt: '2026-01-10T10:00:00.000Z',
    revision,
    language: 'ur',
    tracks: [
      {
        id: 'ur',
        language: 'ur',
        direction: 'rtl',
        kind: 'transcript',
        cues: cues.map(([id, startMs, text]) => ({ id, startMs, endMs: startMs + 2000, text, words: [] })),
      },
    ],
  };
}

/** A session with one recording whose transcript has the given cues, written through the engine. */
async function sessionWith(title: string, cues: Array<[string, number, string]>) {
  const api = test.engine.api;
  const { id: sessionId } = await api['sessions.create']({ title });
  const store = new SessionStore(test.workspacePath);
  await store.update(sessionId, (session) => {
    session.media.push({ ...media('m-one'), fileName: 'interview one.mp4' });
  });
  // A new transcription is saved by the transcription job, not through the API.
  await new TranscriptStore(store).save(sessionId, transcript('m-one', cues));
  return sessionId;
}

const search = async (text: string) => (await test.engine.api['search.query']({ text })).results;
const cueTexts = async (text: string) =>
  (await search(text)).filter((result) => result.kind === 'cue').map((result) => result.snippet);

describe('workspace search index', () => {
  it('finds cues ranked and grouped, with the recording, the timecode and where to jump', async () => {
    const sessionId = await sessionWith('Lahore dialogue', [
      ['c1', 0, 'ہم نے social media پر ۳ بار بات کی۔'],
      ['c2', 61_500, 'برداشت ضروری ہے، یہ سب جانتے ہیں۔'],
    ]);
    const [hit, ...rest] = await search('برداشت');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({
      kind: 'cue',
      sessionId,
      sessionTitle: 'Lahore dialogue',
      mediaId: 'm-one',
      mediaName: 'interview one.mp4',
      trackId: 'ur',
      cueId: 'c2',
      startMs: 61_500,
      snippet: 'برداشت ضروری ہے، یہ سب جانتے ہیں۔',
    });
    expect(hit?.score).toBeGreaterThan(0);
    // Prefix as you type, Urdu digits as Western, English case-folded.
    expect(await cueTexts('برد')).toHaveLength(1);
    expect(await cueTexts('SOCIAL ۳ med')).toEqual(['ہم نے social media پر ۳ بار بات کی۔']);
    // Every word must match.
    expect(await cueTexts('برداشت social')).toEqual([]);
    // One shard per session (beside them, in time, the workspace snapshot).
    const index = readdirSync(searchIndexFolder(test.workspacePath)).filter((name) => name.endsWith('.json'));
    expect(index).toEqual([`${sessionId}.json`]);
  });

  it('Urdu variant spellings find each other', async () => {
    await sessionWith('Karachi', [
      ['c1', 0, 'یہ پاکستان کی آواز ہے'],
      ['c2', 3000, 'مُحَمَّد نے بھی کہا'],
      ['c3', 6000, 'خوش\u200Cآمدید'],
    ]);
    // Typed on an Arabic keyboard: Arabic yeh, kaf and heh, alef with hamza.
    expect(await cueTexts('يه پاكستان كي أواز')).toEqual(['یہ پاکستان کی آواز ہے']);
    expect(await cueTexts('محمد بهی')).toEqual(['مُحَمَّد نے بھی کہا']);
    expect(await cueTexts('خوش آمدید')).toEqual(['خوش\u200Cآمدید']);
  });

  it('stays right after edits, deleted cues, renames and removed participants', async () => {
    const sessionId = await sessionWith('Quetta round-table', [
      ['c1', 0, 'pehla jumla about tolerance'],
      ['c2', 2000, 'doosra jumla'],
    ]);
    const api = test.engine.api;
    expect(await cueTexts('tolerance')).toHaveLength(1);

    // Edit: the old word goes, the new one is found at once.
    const { transcript: saved } = await api['transcripts.get']({ sessionId, mediaId: 'm-one' });
    const revision = saved?.revision ?? 0;
    const edited = transcript('m-one', [['c1', 0, 'pehla jumla about harmony']], revision);
    await api['transcripts.save']({ sessionId, transcript: edited, baseRevision: revision });
    expect(await cueTexts('tolerance')).toEqual([]);
    expect(await cueTexts('harmony')).toEqual(['pehla jumla about harmony']);
    // The cue c2 was deleted.
    expect(await cueTexts('doosra')).toEqual([]);

    // Rename: the new title is found and results carry it.
    await api['sessions.rename']({ sessionId, title: 'Peshawar panel' });
    expect((await search('peshawar')).map((result) => result.kind)).toEqual(['session']);
    expect((await search('harmony'))[0]?.sessionTitle).toBe('Peshawar panel');
    expect(await search('quetta')).toEqual([]);

    // A participant added, then removed.
    const { participant } = await api['participants.add']({
      sessionId,
      participant: { name: 'Zainab Bibi', gender: 'woman', organisation: 'Radio Awaz' },
    });
    expect((await search('zainab'))[0]).toMatchObject({
      kind: 'participant',
      snippet: 'Zainab Bibi (Radio Awaz)',
    });
    await api['participants.remove']({ sessionId, participantId: participant.id });
    expect(await search('zainab')).toEqual([]);
  });

  it('refreshes in the background after a change event, before the next query', async () => {
    const sessionId = await sessionWith('Hyderabad', [['c1', 0, 'pehli baat']]);
    expect(await cueTexts('pehli')).toHaveLength(1);
    const file = shardFilePath(searchIndexFolder(test.workspacePath), sessionId);
    const api = test.engine.api;
    const { transcript: saved } = await api['transcripts.get']({ sessionId, mediaId: 'm-one' });
    const revision = saved?.revision ?? 0;
    await api['transcripts.save']({
      sessionId,
      transcript: transcript('m-one', [['c1', 0, 'doosri baat']], revision),
      baseRevision: revision,
    });
    // No query is made: the save's event alone brings the shard up to date.
    await expect
      .poll(() => readFileSync(file, 'utf8').includes('doosri baat'), { timeout: 30_000, interval: 200 })
      .toBe(true);
    expect(await cueTexts('doosri')).toEqual(['doosri baat']);
  });

  it('sees changes made behind its back: another process, a deleted folder, a folder copied in', async () => {
    const sessionId = await sessionWith('Multan dialogue', [['c1', 0, 'pani ka masla']]);
    expect(await cueTexts('pani')).toHaveLength(1);

    // Another process saves the transcript (no event reaches this engine).
    const other = new TranscriptStore(new SessionStore(test.workspacePath));
    const current = await other.get(sessionId, 'm-one');
    await other.save(sessionId, transcript('m-one', [['c1', 0, 'bijli ka masla']]), current?.revision);
    expect(await cueTexts('pani')).toEqual([]);
    expect(await cueTexts('bijli')).toEqual(['bijli ka masla']);

    // A session folder copied in from another machine, times preserved, with a stale index beside it.
    const sessionsRoot = path.join(test.workspacePath, 'sessions');
    const copyId = 'copied-session-1';
    cpSync(path.join(sessionsRoot, sessionId), path.join(sessionsRoot, copyId), {
      recursive: true,
      preserveTimestamps: true,
    });
    const copiedFile = path.join(sessionsRoot, copyId, 'session.json');
    writeFileSync(
      copiedFile,
      readFileSync(copiedFile, 'utf8').replace(`"id": "${sessionId}"`, `"id": "${copyId}"`),
    );
    expect((await search('bijli')).map((result) => result.sessionId).sort()).toEqual(
      [copyId, sessionId].sort(),
    );

    // The copy replaced by another session's folder under the same name: its shard is rebuilt.
    const elsewhere = await sessionWith('Elsewhere', [['c1', 0, 'sadak ki baat']]);
    rmSync(path.join(sessionsRoot, copyId), { recursive: true });
    cpSync(path.join(sessionsRoot, elsewhere), path.join(sessionsRoot, copyId), {
      recursive: true,
      preserveTimestamps: true,
    });
    writeFileSync(
      copiedFile,
      readFileSync(copiedFile, 'utf8').replace(`"id": "${elsewhere}"`, `"id": "${copyId}"`),
    );
    expect((await search('bijli')).map((result) => result.sessionId)).toEqual([sessionId]);
    expect((await search('sadak')).map((result) => result.sessionId).sort()).toEqual(
      [copyId, elsewhere].sort(),
    );

    // A deleted session folder: gone from results and from the index folder.
    rmSync(path.join(sessionsRoot, sessionId), { recursive: true });
    expect(await search('bijli')).toEqual([]);
    expect(existsSync(shardFilePath(searchIndexFolder(test.workspacePath), sessionId))).toBe(false);
  });

  it('rebuilds a corrupt or tampered index file instead of trusting it', async () => {
    const sessionId = await sessionWith('Sukkur', [['c1', 0, 'darya ka kinara']]);
    expect(await cueTexts('darya')).toHaveLength(1);
    const file = shardFilePath(searchIndexFolder(test.workspacePath), sessionId);
    const good = readFileSync(file, 'utf8');
    // Shard files alone: without the workspace snapshot (searchClipsAndSnapshot.test.ts covers that).
    const fresh = () => {
      rmSync(snapshotFilePath(searchIndexFolder(test.workspacePath)), { force: true });
      return new WorkspaceSearchIndex({
        sessions: new SessionStore(test.workspacePath),
        transcripts: new TranscriptStore(new SessionStore(test.workspacePath)),
        indexFolder: searchIndexFolder(test.workspacePath),
      });
    };

    // A good file is loaded, not rebuilt; files of sessions that are gone are removed.
    const orphan = shardFilePath(searchIndexFolder(test.workspacePath), 'gone-session-1');
    writeFileSync(orphan, good);
    const loading = fresh();
    expect(await loading.refresh()).toMatchObject({ sessions: 1, loaded: 1, built: 0 });
    expect(existsSync(orphan)).toBe(false);

    const damages = [
      good.slice(0, good.length / 2), // cut off
      'not json at all',
      good.replace('darya', 'nadii'), // body does not match its hash
      '',
    ];
    for (const damaged of damages) {
      writeFileSync(file, damaged);
      const index = fresh();
      expect(await index.refresh()).toMatchObject({ sessions: 1, loaded: 0, built: 1 });
      expect((await index.query('darya')).results.map((result) => result.snippet)).toEqual([
        'darya ka kinara',
      ]);
      expect(readFileSync(file, 'utf8')).not.toBe(damaged);
      expect(await fresh().refresh()).toMatchObject({ loaded: 1, built: 0 });
    }
  });
});
