import path from 'node:path';
import { Option, type Command } from 'commander';
import type { MetadataPatch } from '../../shared/api/methods/programme';
import {
  ageBands,
  consentScopes,
  genders,
  participantRoles,
  sessionTypes,
} from '../../shared/model/programme';
import type {
  Gender,
  AgeBand,
  ConsentScope,
  ParticipantRole,
  SessionType,
} from '../../shared/model/programme';
import { reportRows } from '../../shared/programme/csv';
import type { Engine } from '../engine/types';
import { findSession } from './commands';
import { printTable } from './output';

/** What index.ts lends these commands: its engine wrapper and the --workspace option. */
export interface CliKit {
  withEngine: <A extends unknown[]>(
    run: (engine: Engine, ...args: A) => Promise<number>,
  ) => (...args: A) => Promise<void>;
  workspaceOption: () => Option;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

interface EditOptions {
  type?: SessionType;
  date?: string;
  venue?: string;
  city?: string;
  organiser?: string;
  partner?: string[];
  campaign?: string;
  hashtag?: string[];
  topic?: string[];
  language?: string[];
  link?: string;
}

interface AddOptions {
  name: string;
  gender: Gender;
  ageBand?: AgeBand;
  organisation?: string;
  role?: ParticipantRole;
  language?: string[];
  notes?: string;
  consent?: ConsentScope;
  consentDate?: string;
  formRef?: string;
  scan?: string;
}

async function sessionId(engine: Engine, wanted: string): Promise<string> {
  return findSession(await engine.api['sessions.list']({}), wanted).id;
}

export async function sessionEditCommand(
  engine: Engine,
  wanted: string,
  options: EditOptions,
): Promise<number> {
  const metadata: MetadataPatch = {
    ...(options.type ? { type: options.type } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
    ...(options.venue !== undefined ? { venue: options.venue } : {}),
    ...(options.city !== undefined ? { city: options.city } : {}),
    ...(options.organiser !== undefined ? { organiser: options.organiser } : {}),
    ...(options.partner ? { partners: options.partner } : {}),
    ...(options.campaign !== undefined ? { campaign: options.campaign } : {}),
    ...(options.hashtag ? { hashtags: options.hashtag } : {}),
    ...(options.topic ? { topics: options.topic } : {}),
    ...(options.language ? { languages: options.language } : {}),
    ...(options.link !== undefined ? { link: options.link } : {}),
  };
  const session = await engine.api['sessions.updateMetadata']({
    sessionId: await sessionId(engine, wanted),
    metadata,
  });
  const m = session.metadata;
  printTable([
    ['FIELD', 'VALUE'],
    ['title', session.title],
    ['type', m.type ?? ''],
    ['date', m.date ?? ''],
    ['venue', m.venue ?? ''],
    ['city', m.city ?? ''],
    ['organiser', m.organiser ?? ''],
    ['partners', m.partners.join(', ')],
    ['campaign', m.campaign ?? ''],
    ['hashtags', m.hashtags.join(' ')],
    ['topics', m.topics.join(', ')],
    ['languages', m.languages.join(', ')],
    ['link', m.link ?? ''],
  ]);
  return 0;
}

export async function participantAddCommand(
  engine: Engine,
  wanted: string,
  options: AddOptions,
): Promise<number> {
  const { participant } = await engine.api['participants.add']({
    sessionId: await sessionId(engine, wanted),
    participant: {
      name: options.name,
      gender: options.gender,
      ...(options.ageBand ? { ageBand: options.ageBand } : {}),
      ...(options.organisation !== undefined ? { organisation: options.organisation } : {}),
      ...(options.role ? { role: options.role } : {}),
      ...(options.language ? { languages: options.language } : {}),
      ...(options.notes !== undefined ? { notes: options.notes } : {}),
      consent: {
        scope: options.consent ?? 'none',
        ...(options.consentDate !== undefined ? { date: options.consentDate } : {}),
        ...(options.formRef !== undefined ? { formRef: options.formRef } : {}),
      },
      ...(options.scan !== undefined ? { consentScanFile: path.resolve(options.scan) } : {}),
    },
  });
  process.stdout.write(
    `Added ${participant.name} as Participant ${participant.number} (${participant.id}), consent: ${participant.consent.scope}\n`,
  );
  return 0;
}

export async function participantListCommand(
  engine: Engine,
  wanted: string,
  options: { json?: boolean },
): Promise<number> {
  const { session } = await engine.api['sessions.get']({ sessionId: await sessionId(engine, wanted) });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(session.participants, null, 2)}\n`);
    return 0;
  }
  if (session.participants.length === 0) {
    process.stdout.write(`No participants in "${session.title}" yet. Add one: guftagu participant add …\n`);
    return 0;
  }
  printTable([
    ['#', 'NAME', 'GENDER', 'ROLE', 'ORGANISATION', 'CONSENT', 'DATE', 'FORM'],
    ...session.participants.map((p) => [
      String(p.number),
      p.name,
      p.gender,
      p.role,
      p.organisation ?? '',
      p.consent.scope,
      p.consent.date ?? '',
      [p.consent.formRef, p.consent.scanPath].filter(Boolean).join(' '),
    ]),
  ]);
  return 0;
}

export async function reportCommand(
  engine: Engine,
  options: { from?: string; to?: string; campaign?: string; type?: SessionType; format: string },
): Promise<number> {
  const filters = {
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
    ...(options.campaign !== undefined ? { campaign: options.campaign } : {}),
    ...(options.type ? { sessionType: options.type } : {}),
  };
  if (options.format === 'csv') {
    process.stdout.write((await engine.api['reports.csv'](filters)).csv);
    return 0;
  }
  const report = await engine.api['reports.get'](filters);
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printTable(reportRows(report).map((row) => row.map((cell) => cell.replace(/\s+/gu, ' '))));
  return 0;
}

/** Registers `session edit`, `participant add|list` and `report`. */
export function registerProgrammeCommands(program: Command, session: Command, kit: CliKit): void {
  const { withEngine, workspaceOption } = kit;
  session
    .command('edit <session>')
    .description('set the metadata of a session (by title or id); list options replace the whole list')
    .addOption(new Option('--type <type>', 'kind of event').choices([...sessionTypes]))
    .option('--date <YYYY-MM-DD>', 'the day of the event')
    .option('--venue <venue>', 'where it took place')
    .option('--city <city>', 'city')
    .option('--organiser <name>', 'organiser')
    .option('--partner <name>', 'a partner organisation (repeat for more)', collect)
    .option('--campaign <name>', 'campaign')
    .option('--hashtag <tag>', 'a hashtag (repeat for more)', collect)
    .option('--topic <topic>', 'a topic or impact area (repeat for more)', collect)
    .option('--language <language>', 'a language spoken (repeat for more)', collect)
    .option('--link <url>', 'broadcast or livestream link')
    .addOption(workspaceOption())
    .action(
      withEngine((engine, wanted: string, options: EditOptions) =>
        sessionEditCommand(engine, wanted, options),
      ),
    );

  const participant = program
    .command('participant')
    .description('participants of a session and their consent');
  participant
    .command('add <session>')
    .description('add a participant to a session (by title or id), with their consent')
    .requiredOption('--name <name>', 'name as on the consent form')
    .addOption(new Option('--gender <gender>', 'gender').choices([...genders]).makeOptionMandatory())
    .addOption(new Option('--age-band <band>', 'age band').choices([...ageBands]))
    .option('--organisation <name>', 'organisation or university')
    .addOption(new Option('--role <role>', 'role').choices([...participantRoles]).default('participant'))
    .option('--language <language>', 'a language they speak (repeat for more)', collect)
    .option('--notes <text>', 'notes')
    .addOption(new Option('--consent <scope>', 'consent given').choices([...consentScopes]).default('none'))
    .option('--consent-date <YYYY-MM-DD>', 'date the form was signed')
    .option('--form-ref <ref>', 'reference written on the form')
    .option('--scan <file>', 'scan of the signed form (PDF, JPEG, PNG): copied into the session folder')
    .addOption(workspaceOption())
    .action(
      withEngine((engine, wanted: string, options: AddOptions) =>
        participantAddCommand(engine, wanted, options),
      ),
    );
  participant
    .command('list <session>')
    .description('list the participants of a session (by title or id) and their consent')
    .option('--json', 'print as JSON')
    .addOption(workspaceOption())
    .action(
      withEngine((engine, wanted: string, options: { json?: boolean }) =>
        participantListCommand(engine, wanted, options),
      ),
    );

  program
    .command('report')
    .description('programme figures: sessions by type, participants and women, interviews, clips, consent')
    .option('--from <YYYY-MM-DD>', 'first session date to include')
    .option('--to <YYYY-MM-DD>', 'last session date to include')
    .option('--campaign <name>', 'only this campaign')
    .addOption(new Option('--type <type>', 'only this kind of session').choices([...sessionTypes]))
    .addOption(new Option('--format <format>', 'output').choices(['table', 'csv', 'json']).default('table'))
    .addOption(workspaceOption())
    .action(
      withEngine((engine, options: Parameters<typeof reportCommand>[1]) => reportCommand(engine, options)),
    );
}
