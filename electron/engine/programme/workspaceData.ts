import { toErrorInfo } from '../../../shared/errors';
import type { Session } from '../../../shared/model/session';
import type { ProgrammeReport } from '../../../shared/programme/schemas';
import type { SearchSource } from '../../../shared/programme/search';
import type { Transcript } from '../../../shared/transcript/model';
import type { TranscriptStore } from '../transcription/transcriptStore';
import type { SessionStore } from '../workspace/sessionStore';

/** Every readable session; the unreadable ones (corrupt, newer format) listed with the reason. */
export async function loadSessions(
  sessions: SessionStore,
): Promise<{ sessions: Session[]; skipped: ProgrammeReport['skipped'] }> {
  const loaded: Session[] = [];
  const skipped: ProgrammeReport['skipped'] = [];
  for (const { id, session, problem } of await sessions.readAll()) {
    if (session) loaded.push(session);
    else skipped.push({ sessionId: id, message: problem?.message ?? 'The session cannot be read.' });
  }
  return { sessions: loaded, skipped };
}

/**
 * Sessions with their transcripts, for search. A transcript that cannot be read is left out of the
 * search and logged with the reason (opening its media in the editor reports the problem too).
 */
export async function loadSearchSources(
  sessions: SessionStore,
  transcripts: TranscriptStore,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<SearchSource[]> {
  const { sessions: all } = await loadSessions(sessions);
  const sources: SearchSource[] = [];
  for (const session of all) {
    const found: Transcript[] = [];
    for (const media of session.media) {
      const transcript = await transcripts.get(session.id, media.id).catch((error: unknown) => {
        log(
          `search: the transcript of ${media.fileName} in "${session.title}" is left out: ${toErrorInfo(error).message}`,
        );
        return undefined;
      });
      if (transcript) found.push(transcript);
    }
    sources.push({ session, transcripts: found });
  }
  return sources;
}
