import path from 'node:path';
import { GuftaguError } from '../../shared/errors';
import { formatDurationMs } from '../../shared/format/duration';
import type { FfmpegChoiceReason } from '../../shared/media/ffmpegChoice';
import type { DoctorReport } from '../../shared/model/doctor';
import { finishedJobStates, type JobSnapshot } from '../../shared/model/jobs';
import type { SessionSummary } from '../../shared/model/session';
import type { Engine } from '../engine/types';
import { printErrorInfo, printTable } from './output';
import { createJobProgressView, plainLabel } from './progress';

export async function doctorCommand(engine: Engine, options: { json?: boolean }): Promise<number> {
  const report = await engine.api['doctor.report']({});
  if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(formatDoctor(report));
  return report.ffmpeg.ok && report.ffprobe.ok ? 0 : 1;
}

/** Why this ffmpeg runs, in the CLI's English (the app words the same codes in English and Urdu). */
export const ffmpegChoiceWords: Record<FfmpegChoiceReason, string> = {
  'path-set': 'the path you set',
  'system-chosen': 'you chose the system ffmpeg',
  'bundled-chosen': 'you chose the bundled ffmpeg',
  'auto-system-harfbuzz': "automatic: the system ffmpeg's libass shapes with HarfBuzz",
  'auto-no-system': 'automatic: no system ffmpeg on PATH, so the bundled one',
  'auto-system-fribidi': "automatic: the system ffmpeg's libass has FriBidi only, so the bundled one",
  'auto-system-no-libass': 'automatic: the system ffmpeg has no libass, so the bundled one',
  'auto-system-probe-failed': 'automatic: the system ffmpeg failed its test run, so the bundled one',
};
function formatWhisperBuild(build: NonNullable<DoctorReport['whisperBuild']>): string {
  const parts = [`whisper.cpp ${build.version}`];
  parts.push(
    build.vad ? 'voice activity detection' : 'no voice activity detection (build 1.9: npm run build:whisper)',
  );
  if (build.dtw) parts.push('DTW word times');
  if (build.cpuFeatures)
    parts.push(`CPU: ${build.cpuFeatures.join(' ') || 'baseline'}${build.openMp ? ', OpenMP' : ''}`);
  else parts.push('CPU features: printed by whisper at each run (system_info in guftagu.log)');
  if (build.gpuBackends) parts.push(`GPU: ${build.gpuBackends.join(', ') || 'none'}`);
  return parts.join('; ');
}

export function formatDoctor(report: DoctorReport): string {
  const tool = (t: DoctorReport['ffmpeg']) =>
    t.ok
      ? `${t.path} (${t.source}${t.version ? `, version ${t.version}` : ''})`
      : `NOT USABLE: ${t.problem ?? 'unknown problem'}`;
  const shaper = {
    harfbuzz: 'HarfBuzz (Urdu Nastaliq burns correctly)',
    fribidi: 'FriBidi only (Urdu burns in Naskh; Nastaliq needs a HarfBuzz ffmpeg)',
    unknown: 'unknown',
    none: 'none',
  }[report.libassShaper];
  const choice = report.ffmpegChoice
    ? `${report.ffmpegChoice.setting} (${ffmpegChoiceWords[report.ffmpegChoice.reason]})`
    : 'not usable';
  const lines = [
    `ffmpeg:        ${tool(report.ffmpeg)}`,
    `chosen:        ${choice}`,
    `ffprobe:       ${tool(report.ffprobe)}`,
    `libass:        ${report.libass ? 'yes' : 'no (captions cannot be burned in)'}`,
    `libass shaper: ${shaper}${report.libassShaperProblem ? ` (${report.libassShaperProblem})` : ''}`,
    `caption fonts: ${report.captionFonts.rightToLeft} for Urdu and other right-to-left lines, ${report.captionFonts.latin} for Latin`,
    `H.264 encoders: ${report.h264Encoders.join(', ') || 'none'}`,
    `whisper:       ${report.whisper.ok ? `${report.whisper.path} (${report.whisper.source})` : `not found: ${report.whisper.problem ?? ''}`}`,
    ...(report.whisperBuild ? [`whisper build:  ${formatWhisperBuild(report.whisperBuild)}`] : []),
    `models:        ${report.models.length === 0 ? 'none installed' : report.models.map((model) => `${model.name} (${Math.round(model.sizeBytes / 1e6)} MB)`).join(', ')}`,
    `workspace:     ${report.workspacePath}`,
    `platform:      ${report.platform}, Node ${report.nodeVersion}`,
  ];
  return `${lines.join('\n')}\n`;
}

export async function sessionCreateCommand(engine: Engine, title: string): Promise<number> {
  const session = await engine.api['sessions.create']({ title });
  process.stdout.write(`Created session "${session.title}" (${session.id}) in ${engine.workspacePath}\n`);
  return 0;
}

export async function sessionListCommand(engine: Engine, options: { json?: boolean }): Promise<number> {
  const sessions = await engine.api['sessions.list']({});
  if (options.json) {
    process.stdout.write(`${JSON.stringify(sessions, null, 2)}\n`);
    return 0;
  }
  if (sessions.length === 0) {
    process.stdout.write(
      `No sessions yet in ${engine.workspacePath}. Create one: guftagu session create "<title>"\n`,
    );
    return 0;
  }
  printTable([
    ['ID', 'TITLE', 'MEDIA', 'UPDATED'],
    ...sessions.map((s) => [
      s.id,
      s.state === 'ok' ? s.title : `(unreadable) ${s.problem?.message ?? ''}`,
      String(s.mediaCount),
      s.updatedAt?.slice(0, 16).replace('T', ' ') ?? '',
    ]),
  ]);
  return 0;
}

/** Finds a session by id, or by title (case-insensitive); ambiguous titles are an error that lists ids. */
export function findSession(sessions: SessionSummary[], wanted: string): SessionSummary {
  const byId = sessions.find((session) => session.id === wanted);
  if (byId) return byId;
  const matches = sessions.filter(
    (session) => session.title.toLocaleLowerCase() === wanted.toLocaleLowerCase(),
  );
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length > 1) {
    throw new GuftaguError(
      'invalid-request',
      `${matches.length} sessions are called "${wanted}".`,
      `Use the id instead: ${matches.map((session) => session.id).join(', ')}`,
    );
  }
  throw new GuftaguError(
    'not-found',
    `There is no session "${wanted}".`,
    'List them with "guftagu session list", or create one with "guftagu session create <title>".',
  );
}

export async function importCommand(
  engine: Engine,
  files: string[],
  options: { session: string },
): Promise<number> {
  const session = findSession(await engine.api['sessions.list']({}), options.session);
  const view = createJobProgressView();
  const finished = new Map<string, JobSnapshot>();
  let jobIds: string[] = [];
  const allDone = new Promise<void>((resolve) => {
    engine.events.on('jobs.event', (job) => {
      view.update(job);
      if (finishedJobStates.includes(job.state)) finished.set(job.id, job);
      if (jobIds.length > 0 && jobIds.every((id) => finished.has(id))) resolve();
    });
  });
  ({ jobIds } = await engine.api['media.import']({
    sessionId: session.id,
    paths: files.map((file) => path.resolve(file)),
  }));
  if (!jobIds.every((id) => finished.has(id))) await allDone;
  view.stop();

  const failed = jobIds
    .map((id) => finished.get(id))
    .filter((job): job is JobSnapshot => job?.state !== 'succeeded');
  const result = await engine.api['sessions.get']({ sessionId: session.id });
  for (const media of result.session.media) {
    const size = media.probe.video
      ? `${media.probe.video.displayWidth}x${media.probe.video.displayHeight}`
      : 'audio only';
    process.stdout.write(`  ${media.fileName}  ${formatDurationMs(media.probe.durationMs)}  ${size}\n`);
  }
  for (const job of failed) {
    if (job.error) printErrorInfo(job.error, plainLabel(job.label));
    else process.stderr.write(`Error: ${plainLabel(job.label)}: ${job.state}\n`);
  }
  return failed.length === 0 ? 0 : 1;
}
