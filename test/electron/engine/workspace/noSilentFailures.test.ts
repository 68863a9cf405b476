import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSearchSources } from '../../../../electron/engine/programme/workspaceData';
import { TranscriptStore } from '../../../../electron/engine/transcription/transcriptStore';
import { SessionStore } from '../../../../electron/engine/workspace/sessionStore';
import { GuftaguError } from '../../../../shared/errors';
import { media } from '../../../shared/programme/fixture';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs('guftagu-silent-');

describe('failures that used to pass in silence', () => {
  it('a sessions folder that cannot be read is reported, not shown as "no sessions"', async () => {
    const workspace = tempDir();
    // A file where the sessions folder should be: readdir fails (ENOTDIR).
    writeFileSync(path.join(workspace, 'sessions'), 'not a folder');
    const error: unknown = await new SessionStore(workspace).list().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(GuftaguError);
    expect((error as GuftaguError).code).toBe('file-unreadable');
    expect((error as GuftaguError).message).toContain(path.join(workspace, 'sessions'));
    expect((error as GuftaguError).hint).not.toBe('');
  });

  it('a workspace without a sessions folder yet is simply empty', async () => {
    await expect(new SessionStore(path.join(tempDir(), 'new')).list()).resolves.toEqual([]);
  });

  it('search leaves out an unreadable transcript and logs which and why', async () => {
    const sessions = new SessionStore(tempDir());
    const transcripts = new TranscriptStore(sessions);
    const { id } = await sessions.create('کراچی dialogue ۲۰۲۶');
    await sessions.update(id, (draft) => void draft.media.push(media('m-broken')));
    const file = transcripts.file(id, 'm-broken');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{ "schemaVersion": 1, "mediaId": ');
    const lines: string[] = [];
    const sources = await loadSearchSources(sessions, transcripts, (line) => lines.push(line));
    expect(sources).toHaveLength(1);
    expect(sources[0]?.transcripts).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('کراچی dialogue ۲۰۲۶');
    expect(lines[0]).toContain('cannot be read');
  });
});
