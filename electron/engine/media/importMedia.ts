import { promises as fs } from 'node:fs';
import path from 'node:path';
import { engineError } from '../../../shared/errorTexts';
import { decideProxy } from '../../../shared/media/playability';
import type { Media, MediaAssets, MediaProbe } from '../../../shared/model/media';
import type { JobContext } from '../jobs/queue';
import { JOB_FOLDER_PREFIX, makeJobFolder } from '../process/jobFolders';
import { mediaFolderRelative } from '../workspace/paths';
import type { SessionStore } from '../workspace/sessionStore';
import { extractAudio } from './extractAudio';
import { fingerprintFile } from './fingerprint';
import { computePeaks, PEAK_RATE_HZ } from './peaks';
import { probeMedia } from './probe';
import { makeProxy } from './proxy';
import { makeThumbnail } from './thumbnail';
import type { FfmpegTools } from './binaries';

export interface ImportDependencies {
  sessions: SessionStore;
  tools: () => FfmpegTools;
  log?: (line: string) => void;
}

export const ASSET_FILES = {
  audio: 'audio.wav',
  peaks: 'peaks.u8',
  thumbnail: 'thumbnail.jpg',
  proxy: 'proxy.mp4',
} as const;

/**
 * The import job: probe → 16 kHz WAV (with the thumbnail beside it) → waveform peaks → playable proxy
 * when needed. Outputs are written in a per-job temp folder and moved into place only when all succeed;
 * a cancel or failure removes them, and the session lists the media only once it is complete.
 */
export async function importMediaJob(
  sessionId: string,
  sourcePath: string,
  deps: ImportDependencies,
  context: JobContext,
): Promise<void> {
  const { sessions, log } = deps;
  const tools = deps.tools();
  const logOption = log ? { log } : {};
  context.progress(0, { code: 'checking-file' });
  const [probe, fingerprint] = await Promise.all([
    probeMedia(sourcePath, { ffprobePath: tools.ffprobe.path, signal: context.signal, ...logOption }),
    fingerprintFile(sourcePath).catch(() => undefined),
  ]);
  if (!fingerprint) throw engineError('media-source-unreadable', { path: sourcePath });
  const mediaId = `m-${fingerprint.slice(0, 16)}`;
  // The same file imported twice at once: the second waits for the first, then reuses its work.
  const key = `${sessionId}/${mediaId}`;
  for (let running = inFlight.get(key); running; running = inFlight.get(key))
    await running.catch(() => undefined);
  const work = (async () => {
    const existing = await reuseExisting(sessions, sessionId, mediaId, sourcePath);
    if (existing) {
      context.outcome?.({ kind: 'already-imported', mediaId, fileName: existing.fileName });
      context.progress(1, { code: 'reused' });
      return;
    }
    await produceMedia(sessionId, sourcePath, mediaId, fingerprint, probe, deps, context);
  })();
  inFlight.set(key, work);
  try {
    await work;
  } finally {
    inFlight.delete(key);
  }
}

const inFlight = new Map<string, Promise<void>>();

async function produceMedia(
  sessionId: string,
  sourcePath: string,
  mediaId: string,
  fingerprint: string,
  probe: MediaProbe,
  deps: ImportDependencies,
  context: JobContext,
): Promise<void> {
  const { sessions, log } = deps;
  const tools = deps.tools();
  const logOption = log ? { log } : {};
  const sessionFolder = sessions.folder(sessionId);

  const relativeFolder = mediaFolderRelative(mediaId);
  const finalFolder = path.join(sessionFolder, relativeFolder);
  const tempFolder = await makeJobFolder(finalFolder, context.jobId);
  try {
    const assets = await produceAssets(sourcePath, probe, tempFolder, tools, context, logOption);
    context.progress(0.99, { code: 'saving' });
    const placed: MediaAssets = {};
    for (const [kind, fileName] of Object.entries(assets) as [keyof MediaAssets, string][]) {
      await fs.rename(path.join(tempFolder, fileName), path.join(finalFolder, fileName));
      placed[kind] = path.join(relativeFolder, fileName).split(path.sep).join('/');
    }
    const media: Media = {
      id: mediaId,
      fingerprint,
      fileName: path.basename(sourcePath),
      sourcePath: path.resolve(sourcePath),
      importedAt: new Date().toISOString(),
      probe,
      status: 'ready',
      assets: placed,
      peakRateHz: PEAK_RATE_HZ,
    };
    await sessions.update(sessionId, (session) => {
      session.media = [...session.media.filter((item) => item.id !== mediaId), media];
    });
  } catch (error) {
    // Nothing half-made stays behind: remove the media folder if this job created it.
    const others = (await fs.readdir(finalFolder).catch(() => [] as string[])).filter(
      (name) => !name.startsWith(JOB_FOLDER_PREFIX),
    );
    if (others.length === 0) await fs.rm(finalFolder, { recursive: true, force: true });
    throw error;
  } finally {
    await fs.rm(tempFolder, { recursive: true, force: true });
  }
}

async function produceAssets(
  sourcePath: string,
  probe: MediaProbe,
  tempFolder: string,
  tools: FfmpegTools,
  context: JobContext,
  logOption: { log?: (line: string) => void },
): Promise<Partial<Record<keyof MediaAssets, string>>> {
  const proxy = decideProxy(probe);
  const weights = { audio: 0.8, peaks: 0.1, proxy: proxy.needed ? 3 : 0 };
  const total = weights.audio + weights.peaks + weights.proxy;
  const common = { ffmpegPath: tools.ffmpeg.path, signal: context.signal, ...logOption };
  const audioPath = path.join(tempFolder, ASSET_FILES.audio);

  context.progress(0.01, { code: 'extracting-audio' });
  await Promise.all([
    extractAudio(sourcePath, audioPath, {
      ...common,
      durationMs: probe.audio?.durationMs ?? probe.durationMs,
      onProgress: (ratio) => context.progress((ratio * weights.audio) / total, { code: 'extracting-audio' }),
    }),
    probe.video
      ? makeThumbnail(sourcePath, path.join(tempFolder, ASSET_FILES.thumbnail), {
          ...common,
          durationMs: probe.durationMs,
        })
      : Promise.resolve(),
  ]);

  context.progress(weights.audio / total, { code: 'drawing-waveform' });
  const { peaks, durationMs: audioMs } = await computePeaks(audioPath);
  assertComplete(sourcePath, probe, audioMs);
  await fs.writeFile(path.join(tempFolder, ASSET_FILES.peaks), peaks);
  const assets: Partial<Record<keyof MediaAssets, string>> = {
    audio: ASSET_FILES.audio,
    peaks: ASSET_FILES.peaks,
  };
  if (probe.video) assets.thumbnail = ASSET_FILES.thumbnail;

  if (proxy.needed) {
    const base = (weights.audio + weights.peaks) / total;
    context.progress(base, { code: 'making-proxy' });
    await makeProxy(sourcePath, path.join(tempFolder, ASSET_FILES.proxy), probe, {
      ...common,
      onProgress: (ratio) =>
        context.progress(base + (ratio * weights.proxy) / total, { code: 'making-proxy' }),
    });
    assets.proxy = ASSET_FILES.proxy;
  }
  return assets;
}

/** A file cut off after its header probes fine but decodes short: say so instead of importing half. */
function assertComplete(sourcePath: string, probe: MediaProbe, decodedMs: number): void {
  const expectedMs = probe.audio?.durationMs ?? probe.durationMs;
  if (expectedMs > 2000 && decodedMs < expectedMs * 0.9) {
    throw engineError('media-ends-early', {
      name: path.basename(sourcePath),
      decodedS: Math.round(decodedMs / 1000),
      expectedS: Math.round(expectedMs / 1000),
    });
  }
}

/**
 * Same content already in this session: reuse it, and point it at the file's current location. Returns the
 * media as it was found (its name then), or undefined when the content is new here.
 */
async function reuseExisting(
  sessions: SessionStore,
  sessionId: string,
  mediaId: string,
  sourcePath: string,
): Promise<Media | undefined> {
  const session = await sessions.get(sessionId);
  const existing = session.media.find((item) => item.id === mediaId && item.status === 'ready');
  if (!existing) return undefined;
  const folder = sessions.folder(sessionId);
  const assetsThere = await Promise.all(
    Object.values(existing.assets).map((relative) =>
      fs.access(path.join(folder, relative)).then(
        () => true,
        () => false,
      ),
    ),
  );
  if (!assetsThere.every(Boolean)) return undefined;
  const resolved = path.resolve(sourcePath);
  if (existing.sourcePath !== resolved) {
    const oldExists = await fs.access(existing.sourcePath).then(
      () => true,
      () => false,
    );
    if (!oldExists) {
      await sessions.update(sessionId, (current) => {
        current.media = current.media.map((item) =>
          item.id === mediaId ? { ...item, sourcePath: resolved, fileName: path.basename(resolved) } : item,
        );
      });
    }
  }
  return existing;
}
