import type { Command } from 'commander';
import { GuftaguError } from '../../shared/errors';
import { formatDurationMs } from '../../shared/format/duration';
import { parseTimeInputMs } from '../../shared/format/timeInput';
import type { Clip } from '../../shared/model/clips';
import type { Participant } from '../../shared/model/programme';
import type { Engine } from '../engine/types';
import { findSession } from './commands';
import { findMedia } from './mediaCommands';
import { printTable } from './output';
import type { CliKit } from './programmeCommands';

export interface ClipAddOptions {
  media: string;
  from: string;
  to: string;
  title?: string;
  speaker?: string;
  topic?: string;
  tags?: string;
  hashtags?: string;
  json?: boolean;
}

const list = (text: string | undefined, separator: RegExp) =>
  (text ?? '')
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

/** A time option in seconds, mm:ss or hh:mm:ss.mmm, or an error naming the option and the value. */
export function timeOption(name: string, value: string): number {
  const ms = parseTimeInputMs(value);
  if (ms === undefined)
    throw new GuftaguError(
      'invalid-request',
      `${name} "${value}" is not a time.`,
      'Write seconds (75 or 75.5), mm:ss (1:15) or hh:mm:ss.mmm (0:01:15.250).',
    );
  return ms;
}

/** A participant by id, by number ("3"), by name (case-insensitive), or by the one name containing it. */
export function findParticipant(participants: readonly Participant[], wanted: string): Participant {
  const lower = wanted.toLocaleLowerCase();
  const found =
    participants.find((item) => item.id === wanted) ??
    participants.find((item) => String(item.number) === wanted) ??
    participants.find(
      (item) =>
        item.name.toLocaleLowerCase() === lower ||
        item.otherNames.some((name) => name.toLocaleLowerCase() === lower),
    );
  if (found) return found;
  const partial = participants.filter((item) => item.name.toLocaleLowerCase().includes(lower));
  if (partial.length === 1 && partial[0]) return partial[0];
  if (partial.length > 1)
    throw new GuftaguError(
      'invalid-request',
      `${partial.length} participants match "${wanted}": ${partial.map((item) => item.name).join(', ')}.`,
      'Use the full name or the participant number.',
    );
  throw new GuftaguError(
    'not-found',
    `There is no participant "${wanted}" in this session.`,
    'List them with "guftagu participant list <session>", or add one with "guftagu participant add".',
  );
}

async function sessionOf(engine: Engine, wanted: string) {
  const { id } = findSession(await engine.api['sessions.list']({}), wanted);
  return (await engine.api['sessions.get']({ sessionId: id })).session;
}

export async function clipAddCommand(
  engine: Engine,
  wantedSession: string,
  options: ClipAddOptions,
): Promise<number> {
  const session = await sessionOf(engine, wantedSession);
  const media = findMedia(session.media, options.media);
  const startMs = timeOption('--from', options.from);
  const endMs = timeOption('--to', options.to);
  if (endMs <= startMs)
    throw new GuftaguError(
      'invalid-request',
      `The clip ends (${formatDurationMs(endMs)}) before it starts (${formatDurationMs(startMs)}).`,
      'Give --to a later time than --from.',
    );
  if (startMs >= media.probe.durationMs)
    throw new GuftaguError(
      'invalid-request',
      `--from ${options.from} is after the end of ${media.fileName} (${formatDurationMs(media.probe.durationMs)}).`,
      'Choose a start inside the recording.',
    );
  const speaker = options.speaker ? findParticipant(session.participants, options.speaker) : undefined;
  const clip = await engine.api['clips.save']({
    sessionId: session.id,
    clip: {
      mediaId: media.id,
      startMs,
      endMs: Math.min(endMs, media.probe.durationMs),
      title: options.title ?? '',
      ...(speaker ? { speakerId: speaker.id } : {}),
      ...(options.topic ? { topic: options.topic } : {}),
      tags: list(options.tags, /,/),
      hashtags: list(options.hashtags, /[,\s]+/).map((tag) => (tag.startsWith('#') ? tag : `#${tag}`)),
    },
    snap: false,
  });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(clip, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(
    `Added clip ${clip.id}: ${describeClip(clip, media.fileName)}${speaker ? `, ${speaker.name}` : ''}.\n`,
  );
  return 0;
}

const describeClip = (clip: Clip, fileName: string) =>
  `${clip.title ? `"${clip.title}", ` : ''}${fileName} ${formatDurationMs(clip.startMs)}–${formatDurationMs(clip.endMs)} (${formatDurationMs(clip.endMs - clip.startMs)})`;

export async function clipListCommand(
  engine: Engine,
  wantedSession: string,
  options: { json?: boolean },
): Promise<number> {
  const session = await sessionOf(engine, wantedSession);
  const { clips } = await engine.api['clips.list']({ sessionId: session.id });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(clips, null, 2)}\n`);
    return 0;
  }
  if (clips.length === 0) {
    process.stdout.write(`No clips in "${session.title}" yet. Add one: guftagu clip add …\n`);
    return 0;
  }
  const fileName = (mediaId: string) =>
    session.media.find((item) => item.id === mediaId)?.fileName ?? mediaId;
  const speakerName = (id: string | undefined) =>
    id === undefined ? '' : (session.participants.find((item) => item.id === id)?.name ?? id);
  printTable([
    ['ID', 'RECORDING', 'FROM', 'TO', 'LENGTH', 'TITLE', 'SPEAKER'],
    ...clips.map((clip) => [
      clip.id,
      fileName(clip.mediaId),
      formatDurationMs(clip.startMs),
      formatDurationMs(clip.endMs),
      formatDurationMs(clip.endMs - clip.startMs),
      clip.title,
      speakerName(clip.speakerId),
    ]),
  ]);
  return 0;
}

export async function clipRemoveCommand(
  engine: Engine,
  wantedSession: string,
  wanted: string,
): Promise<number> {
  const session = await sessionOf(engine, wantedSession);
  const { clips } = await engine.api['clips.list']({ sessionId: session.id });
  const byTitle = clips.filter((clip) => clip.title.toLocaleLowerCase() === wanted.toLocaleLowerCase());
  const clip = clips.find((item) => item.id === wanted) ?? (byTitle.length === 1 ? byTitle[0] : undefined);
  if (!clip)
    throw new GuftaguError(
      byTitle.length > 1 ? 'invalid-request' : 'not-found',
      byTitle.length > 1
        ? `${byTitle.length} clips are called "${wanted}".`
        : `There is no clip "${wanted}".`,
      byTitle.length > 1
        ? `Use the id instead: ${byTitle.map((item) => item.id).join(', ')}`
        : 'List them with "guftagu clip list <session>".',
    );
  await engine.api['clips.remove']({ sessionId: session.id, clipId: clip.id });
  process.stdout.write(`Removed clip ${clip.id}.\n`);
  return 0;
}

/** `guftagu clip add|list|remove`: registered by electron/cli/index.ts. */
export function registerClipCommands(program: Command, kit: CliKit): void {
  const clip = program.command('clip').description('clips: the parts of a recording to export');
  clip
    .command('add <session>')
    .description('mark a clip of a recording; times are seconds, mm:ss or hh:mm:ss.mmm')
    .requiredOption('-m, --media <id|file name>', 'the recording')
    .requiredOption('--from <time>', 'where the clip starts')
    .requiredOption('--to <time>', 'where the clip ends')
    .option('-t, --title <title>', 'the clip’s title')
    .option('--speaker <name|number|id>', 'the participant speaking (their consent decides publishing)')
    .option('--topic <topic>', 'what the clip is about')
    .option('--tags <tags>', 'tags, comma-separated')
    .option('--hashtags <hashtags>', 'hashtags, comma- or space-separated (# added when missing)')
    .option('--json', 'print the clip as JSON')
    .addOption(kit.workspaceOption())
    .action(
      kit.withEngine((engine, wanted: string, options: ClipAddOptions) =>
        clipAddCommand(engine, wanted, options),
      ),
    );
  clip
    .command('list <session>')
    .description('list the clips of a session')
    .option('--json', 'print as JSON')
    .addOption(kit.workspaceOption())
    .action(
      kit.withEngine((engine, wanted: string, options: { json?: boolean }) =>
        clipListCommand(engine, wanted, options),
      ),
    );
  clip
    .command('remove <session> <clip>')
    .description('remove a clip (by id, or by title when only one has it)')
    .addOption(kit.workspaceOption())
    .action(
      kit.withEngine((engine, wanted: string, wantedClip: string) =>
        clipRemoveCommand(engine, wanted, wantedClip),
      ),
    );
}
