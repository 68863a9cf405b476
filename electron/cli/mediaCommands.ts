import path from 'node:path';
import { Option, type Command } from 'commander';
import { GuftaguError } from '../../shared/errors';
import { formatDurationMs } from '../../shared/format/duration';
import type { Media } from '../../shared/model/media';
import { encodingChoices, type EncodingChoice } from '../../shared/subtitles/encoding';
import { trackKinds, type Track, type TrackKind } from '../../shared/transcript/model';
import type { Engine } from '../engine/types';
import type { CliKit } from './programmeCommands';
import { findSession } from './commands';
import { printTable } from './output';
import { printImportNotes } from './subtitlesCommand';

/** A recording of a session by id, or by file name (case-insensitive, with or without its extension). */
export function findMedia(media: readonly Media[], wanted: string): Media {
  const byId = media.find((item) => item.id === wanted);
  if (byId) return byId;
  const lower = wanted.toLocaleLowerCase();
  const stem = (name: string) => name.replace(/\.[^.]+$/, '');
  const byName = media.filter((item) => item.fileName.toLocaleLowerCase() === lower);
  const matches =
    byName.length > 0 ? byName : media.filter((item) => stem(item.fileName).toLocaleLowerCase() === lower);
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length > 1)
    throw new GuftaguError(
      'invalid-request',
      `${matches.length} recordings are called "${wanted}".`,
      `Use the id instead: ${matches.map((item) => item.id).join(', ')}`,
    );
  throw new GuftaguError(
    'not-found',
    `There is no recording "${wanted}" in this session.`,
    media.length === 0
      ? 'Import one first: guftagu import <file> --session <session>.'
      : 'List them with "guftagu media list <session>".',
  );
}

async function sessionOf(engine: Engine, wanted: string) {
  const { id } = findSession(await engine.api['sessions.list']({}), wanted);
  return (await engine.api['sessions.get']({ sessionId: id })).session;
}

const trackSummary = (track: Track) => ({
  id: track.id,
  language: track.language,
  kind: track.kind,
  cues: track.cues.length,
});

export async function mediaListCommand(
  engine: Engine,
  wantedSession: string,
  options: { json?: boolean },
): Promise<number> {
  const session = await sessionOf(engine, wantedSession);
  const rows = await Promise.all(
    session.media.map(async (media) => {
      const { transcript } = await engine.api['transcripts.get']({
        sessionId: session.id,
        mediaId: media.id,
      });
      return { media, tracks: (transcript?.tracks ?? []).map(trackSummary) };
    }),
  );
  if (options.json) {
    const json = rows.map(({ media, tracks }) => ({
      id: media.id,
      fileName: media.fileName,
      sourcePath: media.sourcePath,
      status: media.status,
      durationMs: media.probe.durationMs,
      tracks,
    }));
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  if (rows.length === 0) {
    process.stdout.write(`No recordings in "${session.title}" yet. Import one: guftagu import <file> -s …\n`);
    return 0;
  }
  printTable([
    ['ID', 'FILE', 'LENGTH', 'STATUS', 'TRACKS'],
    ...rows.map(({ media, tracks }) => [
      media.id,
      media.fileName,
      formatDurationMs(media.probe.durationMs),
      media.status,
      tracks.length === 0
        ? 'none'
        : tracks
            .map((track) => `${track.id} (${track.language} ${track.kind}, ${plural(track.cues, 'cue')})`)
            .join('; '),
    ]),
  ]);
  return 0;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export interface AttachOptions {
  language?: string;
  kind?: TrackKind;
  lenient?: boolean;
  encoding: EncodingChoice;
  json?: boolean;
}

export async function subtitlesAttachCommand(
  engine: Engine,
  wantedSession: string,
  wantedMedia: string,
  file: string,
  options: AttachOptions,
): Promise<number> {
  const session = await sessionOf(engine, wantedSession);
  const media = findMedia(session.media, wantedMedia);
  const result = await engine.api['subtitles.import']({
    sessionId: session.id,
    mediaId: media.id,
    path: path.resolve(file),
    lenient: options.lenient ?? false,
    encoding: options.encoding,
    ...(options.language ? { language: options.language } : {}),
    ...(options.kind ? { trackKind: options.kind } : {}),
  });
  printImportNotes(result.repairs, result.skipped);
  const track = result.transcript.tracks.find((item) => item.id === result.trackId);
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ mediaId: media.id, track: track ? trackSummary(track) : undefined, repairs: result.repairs, skipped: result.skipped }, null, 2)}\n`,
    );
    return 0;
  }
  process.stdout.write(
    track
      ? `Attached ${path.basename(file)} to ${media.fileName} as track ${track.id} (${track.language} ${track.kind}, ${plural(track.cues.length, 'cue')}).\n`
      : `Attached ${path.basename(file)} to ${media.fileName}.\n`,
  );
  return 0;
}

/** `guftagu media list` and `guftagu subtitles attach`: registered by electron/cli/index.ts. */
export function registerMediaCommands(program: Command, subtitles: Command, kit: CliKit): void {
  program
    .command('media')
    .description('the recordings of a session')
    .command('list <session>')
    .description('list the recordings of a session (by title or id) with their tracks')
    .option('--json', 'print as JSON')
    .addOption(kit.workspaceOption())
    .action(
      kit.withEngine((engine, wanted: string, options: { json?: boolean }) =>
        mediaListCommand(engine, wanted, options),
      ),
    );
  subtitles
    .command('attach <session> <media> <file>')
    .description(
      'read a subtitle file (SRT, WebVTT, ASS, text) into a track of a recording (by id or file name)',
    )
    .option('-l, --language <code>', 'language of the text: ur, en, sd, pa, ps (default: from its script)')
    .addOption(
      new Option(
        '--kind <kind>',
        'transcript or translation (default: from the tracks already there)',
      ).choices([...trackKinds]),
    )
    .option('--lenient', 'repair what can be repaired (each repair is listed)')
    .addOption(
      new Option('--encoding <encoding>', 'encoding of <file>').choices([...encodingChoices]).default('auto'),
    )
    .option('--json', 'print the new track as JSON')
    .addOption(kit.workspaceOption())
    .action(
      kit.withEngine(
        (engine, wantedSession: string, wantedMedia: string, file: string, options: AttachOptions) =>
          subtitlesAttachCommand(engine, wantedSession, wantedMedia, file, options),
      ),
    );
}
