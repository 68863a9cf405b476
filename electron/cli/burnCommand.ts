import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { GuftaguError } from '../../shared/errors';
import { finishedJobStates, type JobSnapshot } from '../../shared/model/jobs';
import { DEFAULT_STYLE_ID } from '../../shared/export/styles';
import { createEngine } from '../engine/engine';
import type { Engine } from '../engine/types';
import { exportCommand } from './exportCommand';
import { printError } from './output';
import { createJobProgressView, plainLabel } from './progress';

export interface BurnOptions {
  preset: string;
  style?: string;
  output?: string;
}

/**
 * `guftagu burn <video> <subtitles> [<second subtitles>]`: captions burned into platform-sized copies with no
 * workspace of the user's. It runs the same pipeline as the app (import, subtitle import, one clip of the
 * whole recording, export with the preset's frame, safe zone and loudness) in a temporary workspace that is
 * removed afterwards, so the output is exactly what the app would make. The first file is the main caption
 * line; a second file (an English translation, say) becomes the second line.
 */
export async function burnCommand(
  video: string,
  subtitleFiles: readonly string[],
  options: BurnOptions,
): Promise<number> {
  if (subtitleFiles.length === 0 || subtitleFiles.length > 2)
    throw new GuftaguError(
      'invalid-request',
      'Give one or two subtitle files.',
      'For example: guftagu burn interview.mp4 interview.ur.srt interview.en.srt --preset reels',
    );
  const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-burn-'));
  let engine: Engine | undefined;
  let interrupted = false;
  const jobIds: string[] = [];
  const stop = () => {
    interrupted = true;
    const current = engine;
    void Promise.all(jobIds.map((jobId) => current?.api['jobs.cancel']({ jobId })))
      .finally(() => current?.close())
      .finally(() => {
        rmSync(root, { recursive: true, force: true });
        process.exit(130);
      });
  };
  process.once('SIGINT', stop);
  try {
    engine = await createEngine({ workspacePath: path.join(root, 'workspace'), binding: 'cli' });
    return await burnWith(engine, video, subtitleFiles, options, jobIds);
  } catch (error) {
    printError(error);
    return interrupted ? 130 : 1;
  } finally {
    process.off('SIGINT', stop);
    if (!interrupted) {
      await engine?.close();
      rmSync(root, { recursive: true, force: true });
    }
  }
}

async function burnWith(
  engine: Engine,
  video: string,
  subtitleFiles: readonly string[],
  options: BurnOptions,
  jobIds: string[],
): Promise<number> {
  const title = path.basename(video).replace(/\.[^.]+$/, '') || 'video';
  const session = await engine.api['sessions.create']({ title });
  const media = await importOne(engine, session.id, path.resolve(video), jobIds);
  const trackIds: string[] = [];
  for (const file of subtitleFiles) {
    const result = await engine.api['subtitles.import']({
      sessionId: session.id,
      mediaId: media.id,
      path: path.resolve(file),
      lenient: false,
      encoding: 'auto',
      trackKind: trackIds.length === 0 ? 'transcript' : 'translation',
    });
    trackIds.push(result.trackId);
  }
  const { styles } = await engine.api['clips.list']({ sessionId: session.id });
  const wanted = options.style ?? DEFAULT_STYLE_ID;
  const base = styles.find((style) => style.id === wanted);
  if (!base)
    throw new GuftaguError(
      'not-found',
      `There is no caption style "${wanted}".`,
      `Choose one of: ${styles.map((style) => style.id).join(', ')}.`,
    );
  const { secondaryTrackId: _secondaryTrackId, secondaryLanguage: _secondaryLanguage, ...single } = base;
  await engine.api['styles.save']({
    style: {
      ...single,
      id: 'burn',
      name: base.name,
      primaryTrackId: trackIds[0],
      ...(trackIds[1] ? { secondaryTrackId: trackIds[1] } : {}),
    },
  });
  await engine.api['clips.save']({
    sessionId: session.id,
    clip: { mediaId: media.id, startMs: 0, endMs: media.probe.durationMs, title },
    snap: false,
  });
  return exportCommand(
    engine,
    session.id,
    {
      presets: options.preset,
      style: 'burn',
      name: '{clip}_{preset}',
      output: path.resolve(options.output ?? '.'),
    },
    jobIds,
  );
}

async function importOne(engine: Engine, sessionId: string, file: string, jobIds: string[]) {
  const view = createJobProgressView();
  const finished = new Map<string, JobSnapshot>();
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const unsubscribe = engine.events.on('jobs.event', (job) => {
    if (job.kind !== 'import') return;
    view.update(job);
    if (finishedJobStates.includes(job.state)) finished.set(job.id, job);
    if (jobIds.length > 0 && jobIds.every((id) => finished.has(id))) resolveDone();
  });
  const started = await engine.api['media.import']({ sessionId, paths: [file] });
  jobIds.push(...started.jobIds);
  if (!jobIds.every((id) => finished.has(id))) await done;
  unsubscribe();
  view.stop();
  jobIds.length = 0;
  const failed = [...finished.values()].find((job) => job.state !== 'succeeded');
  if (failed)
    throw new GuftaguError(
      failed.error?.code ?? 'internal',
      `${plainLabel(failed.label)}: ${failed.error?.message ?? failed.state}`,
      failed.error?.hint ?? 'Check that the video plays, then try again.',
      failed.error?.details ? { details: failed.error.details } : undefined,
    );
  const { session } = await engine.api['sessions.get']({ sessionId });
  const media = session.media[0];
  if (!media) throw new GuftaguError('internal', `${path.basename(file)} was not imported.`, 'Try again.');
  return media;
}

/** Registered by electron/cli/index.ts. */
export function registerBurnCommand(program: Command): void {
  program
    .command('burn <video> <subtitles> [second]')
    .description(
      'burn captions into platform-sized copies of a video, no workspace needed (a second file is the second line)',
    )
    .requiredOption(
      '-p, --preset <ids>',
      'platform presets, comma-separated (reels, x, youtube-shorts, master, …)',
    )
    .option('--style <id>', 'caption style (default: urdu-english)')
    .option('-o, --output <dir>', 'output folder (default: the current folder)')
    .action(async (video: string, first: string, second: string | undefined, options: BurnOptions) => {
      process.exitCode = await burnCommand(video, second ? [first, second] : [first], options);
    });
}
