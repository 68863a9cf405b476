import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ApiImplementation } from '../../../shared/api/contract';
import { engineError } from '../../../shared/errorTexts';
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
    if (!media) throw engineError('media-not-in-session');
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
      if (!language) throw engineError('subtitles-no-letters', {}, { field: 'language' });
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
      if (previous && previous.mediaId !== mediaId) throw engineError('transcript-other-media');
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
        throw transcript
          ? engineError('track-unknown', { name: media.fileName, trackId })
          : engineError('transcript-missing', { name: media.fileName });
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
