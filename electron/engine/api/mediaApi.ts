import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ApiImplementation } from '../../../shared/api/contract';
import { engineError } from '../../../shared/errorTexts';
import { type GuftaguError } from '../../../shared/errors';
import { downsamplePeaks } from '../../../shared/media/peaks';
import type { MediaAssetKind } from '../../../shared/model/media';
import { fingerprintFile } from '../media/fingerprint';
import { importMediaJob, type ImportDependencies } from '../media/importMedia';
import type { JobQueue } from '../jobs/queue';
import { releaseUpload } from '../workspace/releaseUpload';

type MediaApi = Pick<ApiImplementation, 'media.import' | 'media.relink' | 'media.remove' | 'media.peaks'>;

export function createMediaApi(
  queue: JobQueue,
  deps: ImportDependencies,
  /** Browser-mode uploads: an upload no media uses is removed when its import or media ends. */
  uploadsPath?: string,
): MediaApi {
  const { sessions } = deps;
  const release = async (sourcePath: string) => {
    if (uploadsPath === undefined) return;
    await releaseUpload(uploadsPath, sourcePath, sessions).catch((error: unknown) =>
      deps.log?.(`release upload: ${String(error)}`),
    );
  };
  return {
    'media.import': async ({ sessionId, paths }) => {
      await sessions.get(sessionId);
      const jobIds = paths.map(
        (sourcePath) =>
          queue.enqueue({
            title: { kind: 'import', params: { name: path.basename(sourcePath) } },
            sessionId,
            pool: 'ffmpeg',
            run: async (context) => {
              // A failed import keeps its upload so Retry can run (start-up tidies it if never used).
              let keepUpload = false;
              try {
                await importMediaJob(sessionId, sourcePath, deps, context);
              } catch (error) {
                keepUpload = !context.signal.aborted;
                throw error;
              } finally {
                if (!keepUpload) await release(sourcePath);
              }
            },
            onCanceledQueued: () => release(sourcePath),
          }).id,
      );
      return { jobIds };
    },
    'media.relink': async ({ sessionId, mediaId, path: newPath }) => {
      const session = await sessions.get(sessionId);
      const media = session.media.find((item) => item.id === mediaId);
      if (!media) throw notFound();
      const fingerprint = await fingerprintFile(newPath).catch(() => {
        throw engineError('relink-unreadable', { path: newPath });
      });
      if (fingerprint !== media.fingerprint) {
        throw engineError('relink-different-recording', {
          name: path.basename(newPath),
          original: media.fileName,
        });
      }
      const updated = await sessions.update(sessionId, (current) => {
        current.media = current.media.map((item) =>
          item.id === mediaId
            ? { ...item, sourcePath: path.resolve(newPath), fileName: path.basename(newPath) }
            : item,
        );
      });
      const relinked = updated.media.find((item) => item.id === mediaId);
      if (!relinked) throw notFound();
      return relinked;
    },
    'media.remove': async ({ sessionId, mediaId }) => {
      let removedSource: string | undefined;
      const updated = await sessions.update(sessionId, (session) => {
        removedSource = session.media.find((item) => item.id === mediaId)?.sourcePath;
        if (removedSource === undefined) throw notFound();
        session.media = session.media.filter((item) => item.id !== mediaId);
      });
      await fs.rm(path.join(sessions.folder(sessionId), 'media', mediaId), { recursive: true, force: true });
      if (removedSource !== undefined) await release(removedSource);
      return updated;
    },
    'media.peaks': async ({ sessionId, mediaId, buckets }) => {
      const session = await sessions.get(sessionId);
      const media = session.media.find((item) => item.id === mediaId);
      if (!media?.assets.peaks || !media.peakRateHz) throw notFound();
      const bytes = await fs.readFile(path.join(sessions.folder(sessionId), media.assets.peaks));
      const all = Array.from(bytes, (value) => value / 255);
      const values = buckets ? downsamplePeaks(all, buckets) : all;
      const peakRateHz =
        all.length === 0 ? media.peakRateHz : (media.peakRateHz * values.length) / all.length;
      return { peakRateHz, durationMs: media.probe.durationMs, values };
    },
  };
}

/** Absolute path of an asset of media the workspace holds; nothing else can be named. */
export async function resolveMediaAsset(
  deps: ImportDependencies,
  sessionId: string,
  mediaId: string,
  asset: MediaAssetKind,
): Promise<string> {
  const session = await deps.sessions.get(sessionId);
  const media = session.media.find((item) => item.id === mediaId);
  if (!media) throw notFound();
  if (asset === 'source') return media.sourcePath;
  const relative = media.assets[asset];
  if (!relative) throw notFound();
  return path.join(deps.sessions.folder(sessionId), relative);
}

function notFound(): GuftaguError {
  return engineError('media-not-in-session');
}
