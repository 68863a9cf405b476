import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ApiImplementation } from '../../../shared/api/contract';
import { GuftaguError } from '../../../shared/errors';
import { guessLanguageFromText } from '../../../shared/subtitles/guessLanguage';
import { exportFileName, withImportedTrack } from '../../../shared/subtitles/importedTrack';
import { renderSubtitles } from '../../../shared/subtitles/formats';
import { readSubtitleFile } from '../subtitles/readSubtitleFile';
import type { TranscriptStore } from '../transcription/transcriptStore';
import { writeFileAtomic } from '../workspace/atomicWrite';
import type { SessionStore } from '../workspace/sessionStore';

type SubtitlesApi = Pick<ApiImplementation, 'subtitles.import' | 'subtitles.export' | 'subtitles.undoImport'>;

export interface SubtitlesApiDependencies {
  sessions: SessionStore;
  transcripts: TranscriptStore;
}

export function createSubtitlesApi({ sessions, transcripts }: SubtitlesApiDependencies): SubtitlesApi {
  const findMedia = async (sessionId: string, mediaId: string) => {
    const session = await sessions.get(sessionId);
    const media = session.media.find((item) => item.id === mediaId);
    if (!media)
      throw new GuftaguError('not-found', 'That media item is not in this session.', 'Refresh the session.');
    return media;
  };
  return {
    'subtitles.import': async (request) => {
      await findMedia(request.sessionId, request.mediaId);
      const file = await readSubtitleFile(request.path, {
        lenient: request.lenient,
        encoding: request.encoding,
      });
      const language = request.language ?? guessLanguageFromText(file.cues.map((cue) => cue.text));
      if (!language)
        throw new GuftaguError(
          'invalid-request',
          'Guftagu cannot tell which language these subtitles are in: they have no letters.',
          'Choose the language of the file (for example ur or en) and import it again.',
        );
      const current = await transcripts.get(request.sessionId, request.mediaId);
      const next = withImportedTrack(current, {
        mediaId: request.mediaId,
        cues: file.cues,
        language,
        kind: request.trackKind,
        nowIso: new Date().toISOString(),
      });
      const transcript = await transcripts.save(request.sessionId, next, current?.revision ?? 0);
      const trackId = next.tracks.find((track) => !current?.tracks.includes(track))?.id ?? '';
      return {
        transcript,
        trackId,
        format: file.format,
        repairs: file.repairs,
        skipped: file.skipped,
        encoding: file.encoding,
      };
    },
    'subtitles.undoImport': async ({ sessionId, mediaId, importedRevision, previous }) => {
      await findMedia(sessionId, mediaId);
      if (previous && previous.mediaId !== mediaId)
        throw new GuftaguError(
          'invalid-request',
          'That transcript belongs to another recording.',
          'Refresh the session.',
        );
      if (!previous) {
        await transcripts.remove(sessionId, mediaId, importedRevision);
        return { transcript: null };
      }
      return { transcript: await transcripts.save(sessionId, previous, importedRevision) };
    },
    'subtitles.export': async ({ sessionId, mediaId, trackId, format, path: target }) => {
      const media = await findMedia(sessionId, mediaId);
      const transcript = await transcripts.get(sessionId, mediaId);
      const track = transcript?.tracks.find((item) => item.id === trackId);
      if (!track)
        throw new GuftaguError(
          'not-found',
          transcript
            ? `${media.fileName} has no track "${trackId}".`
            : `${media.fileName} has no transcript yet.`,
          'Refresh the transcript and choose one of its tracks.',
        );
      const text = renderSubtitles(track.cues, format, {
        language: track.language,
        direction: track.direction,
        title: media.fileName,
        ...(media.probe.video
          ? { widthPx: media.probe.video.displayWidth, heightPx: media.probe.video.displayHeight }
          : {}),
      });
      const filePath = target
        ? path.resolve(target)
        : path.join(
            sessions.folder(sessionId),
            'exports',
            exportFileName(media.fileName, track.language, format),
          );
      if (!target) await fs.mkdir(path.dirname(filePath), { recursive: true });
      await writeFileAtomic(filePath, text);
      return { path: filePath, fileName: path.basename(filePath), text };
    },
  };
}
