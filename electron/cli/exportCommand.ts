import path from 'node:path';
import { Command, type Option } from 'commander';
import { GuftaguError } from '../../shared/errors';
import { formatBytes } from '../../shared/format/duration';
import { sidecarFormats, type SidecarFormat } from '../../shared/model/clips';
import { finishedJobStates, type JobSnapshot } from '../../shared/model/jobs';
import { createEngine } from '../engine/engine';
import { manifestName } from '../engine/export/batchPlan';
import type { Engine } from '../engine/types';
import { findSession } from './commands';
import { printError, printErrorInfo } from './output';
import { createJobProgressView } from './progress';

export interface ExportCommandOptions {
  clips?: string;
  presets: string;
  burnIn?: boolean;
  sidecar?: string;
  loudnorm?: boolean;
  softSubtitles?: boolean;
  style?: string;
  name?: string;
  output?: string;
  workspace?: string;
  skipRefused?: boolean;
}

const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** `guftagu export <session>`: registered by electron/cli/index.ts. */
export function registerExportCommand(program: Command, helpers: { workspaceOption: () => Option }): void {
  program
    .command('export <session>')
    .description('export clips for social media: burned Urdu/English captions, platform sizes, manifest')
    .requiredOption('-p, --presets <ids>', 'platform presets, comma-separated (reels, x, master, …)')
    .option('-c, --clips <ids|all>', 'clip ids, comma-separated, or all', 'all')
    .option('--burn-in', 'burn captions into the picture (default)')
    .option('--no-burn-in', 'no burned captions')
    .option('--sidecar <formats>', 'also write subtitle files beside each video: srt, vtt')
    .option('--soft-subtitles', 'add a subtitle track players can switch on (mov_text)')
    .option('--no-loudnorm', 'keep the loudness as recorded (default: normalise to -14 LUFS)')
    .option('--style <id>', 'caption style (default: the session’s, else urdu-english)')
    .option('--name <template>', 'file-name template, e.g. "{session}_{speaker}_{preset}_{n}"')
    .option('-o, --output <dir>', 'output folder (default: <session>/exports/<batch>/)')
    .option('--skip-refused', 'export the clips consent allows; list the refused ones instead of stopping')
    .addOption(helpers.workspaceOption())
    .action(async (sessionName: string, options: ExportCommandOptions) => {
      process.exitCode = await runExportCommand(sessionName, options);
    });
}

/** Creates its own engine so Ctrl+C cancels this export (a plain shutdown would keep it queued for later). */
async function runExportCommand(sessionName: string, options: ExportCommandOptions): Promise<number> {
  let engine: Engine | undefined;
  const jobIds: string[] = [];
  let interrupted = false;
  const stop = () => {
    interrupted = true;
    const current = engine;
    if (!current) process.exit(130);
    void Promise.all(jobIds.map((jobId) => current.api['jobs.cancel']({ jobId })))
      .finally(() => current.close())
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  try {
    engine = await createEngine({
      ...(options.workspace ? { workspacePath: options.workspace } : {}),
      binding: 'cli',
    });
    return await exportCommand(engine, sessionName, options, jobIds);
  } catch (error) {
    printError(error);
    return interrupted ? 130 : 1;
  } finally {
    if (!interrupted) await engine?.close();
    process.off('SIGINT', stop);
  }
}

export async function exportCommand(
  engine: Engine,
  sessionName: string,
  options: ExportCommandOptions,
  jobIds: string[] = [],
): Promise<number> {
  const session = findSession(await engine.api['sessions.list']({}), sessionName);
  const { clips } = await engine.api['clips.list']({ sessionId: session.id });
  const wanted = list(options.clips);
  const clipIds = wanted.length === 0 || wanted.includes('all') ? clips.map((clip) => clip.id) : wanted;
  if (clipIds.length === 0)
    throw new GuftaguError(
      'not-found',
      `The session "${session.title}" has no clips yet.`,
      'Add one with "guftagu clip add <session> --media <recording> --from <time> --to <time>", or mark clips in the app.',
    );
  const presetIds = list(options.presets);
  const sidecars = list(options.sidecar);
  const unknown = sidecars.filter((format) => !(sidecarFormats as readonly string[]).includes(format));
  if (unknown.length > 0)
    throw new GuftaguError(
      'invalid-request',
      `Unknown sidecar format: ${unknown.join(', ')}.`,
      'Use srt, vtt or both.',
    );

  const { warnings } = await engine.api['export.check']({ sessionId: session.id, clipIds, presetIds });
  // With --skip-refused a consent refusal leaves its clip out (listed below) instead of stopping the batch.
  const stops = (warning: (typeof warnings)[number]) =>
    warning.severity === 'error' && !(options.skipRefused && warning.kind === 'consent');
  for (const warning of warnings)
    if (!options.skipRefused || warning.kind !== 'consent')
      process.stderr.write(`${stops(warning) ? 'Error' : 'Warning'}: ${warning.message}\n`);
  if (warnings.some(stops)) return 1;

  const view = createJobProgressView();
  const finished = new Map<string, JobSnapshot>();
  let resolveAll: () => void = () => undefined;
  const allDone = new Promise<void>((resolve) => (resolveAll = resolve));
  const unsubscribe = engine.events.on('jobs.event', (job) => {
    if (job.kind !== 'export') return;
    view.update(job);
    if (finishedJobStates.includes(job.state)) finished.set(job.id, job);
    if (jobIds.length > 0 && jobIds.every((id) => finished.has(id))) resolveAll();
  });
  const started = await engine.api['export.start']({
    sessionId: session.id,
    clipIds,
    presetIds,
    options: {
      burnIn: options.burnIn ?? true,
      softSubtitles: options.softSubtitles ?? false,
      sidecars: sidecars as SidecarFormat[],
      normaliseLoudness: options.loudnorm ?? true,
      ...(options.name ? { fileNameTemplate: options.name } : {}),
    },
    ...(options.style ? { styleId: options.style } : {}),
    ...(options.output ? { outputFolder: path.resolve(options.output) } : {}),
    ...(options.skipRefused ? { skipRefused: true } : {}),
  });
  for (const { clipId, warnings: refusals } of started.skipped)
    for (const refusal of refusals) process.stderr.write(`Skipped: ${clipId}: ${refusal.message}\n`);
  jobIds.push(...started.jobIds);
  if (!jobIds.every((id) => finished.has(id))) await allDone;
  unsubscribe();
  view.stop();
  return reportBatch(engine, started.batchId, started.outputFolder, finished);
}

async function reportBatch(
  engine: Engine,
  batchId: string,
  outputFolder: string,
  jobs: ReadonlyMap<string, JobSnapshot>,
): Promise<number> {
  const records = await engine.api['export.queue']({ batchId });
  let failures = 0;
  for (const record of [...records].reverse()) {
    if (record.state === 'succeeded' && record.outputPath) {
      const size = record.sizeBytes === undefined ? '' : ` (${formatBytes(record.sizeBytes)})`;
      process.stdout.write(
        `  ${path.relative(process.cwd(), record.outputPath) || record.outputPath}${size}\n`,
      );
      continue;
    }
    failures += 1;
    const job = record.jobId ? jobs.get(record.jobId) : undefined;
    const error = record.error ?? job?.error;
    if (error) printErrorInfo(error, `${record.clipId} for ${record.presetId}`);
    else process.stderr.write(`Error: ${record.clipId} for ${record.presetId}: ${record.state}\n`);
  }
  process.stdout.write(
    `Exported to ${outputFolder}\nManifest: ${path.join(outputFolder, manifestName(outputFolder, batchId))}\n`,
  );
  return failures === 0 ? 0 : 1;
}
