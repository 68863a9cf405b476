import type { Media } from '../../shared/model/media';
import type {
  AgeBand,
  ConsentScope,
  Gender,
  HistoryEvent,
  Participant,
  ParticipantRole,
  SessionType,
} from '../../shared/model/programme';
import {
  ageBands,
  consentScopes,
  genders,
  participantRoles,
  sessionTypes,
} from '../../shared/model/programme';
import type { Session } from '../../shared/model/session';

/**
 * A large, deterministic programme workspace (seeded PRNG) for the report's scale test and bench.
 * Alongside the sessions it returns its own tally, counted while generating (never by calling report
 * code): per session (so a test can re-tally any filter with plain loops) and in total.
 */

export const flagReasons = [
  'consent-set-after-export',
  'consent-lowered-after-export',
  'consent-dated-after-export',
] as const;
export type FlagReason = (typeof flagReasons)[number];

export interface Tally {
  sessions: number;
  /** Every session type plus 'unspecified', zeros included. */
  sessionsByType: Record<string, number>;
  participants: number;
  women: number;
  byGender: Record<string, number>;
  byRole: Record<string, number>;
  /** Every age band plus 'not-stated'. */
  byAgeBand: Record<string, number>;
  interviews: { total: number; media: number; notInterviews: number; failed: number };
  clips: number;
  /** Only platforms with at least one export. */
  clipsByPlatform: Record<string, number>;
  /** Canonical language name → sessions and participants speaking it. */
  languages: Record<string, { sessions: number; participants: number }>;
  consentByScope: Record<string, number>;
  missingConsent: number;
  withoutForm: number;
  withScan: number;
  flags: number;
  flagsByReason: Record<string, number>;
}

/** What the generator decided for one session: the fields filters look at, and its own counts. */
export interface SessionFacts {
  id: string;
  /** The day the session counts under (its metadata date, or the day it was created when it has none). */
  day: string;
  /** The campaign as chosen, before its spelling was varied ('Bol' for 'BOL'). */
  campaign: string | undefined;
  type: SessionType | 'unspecified';
  tally: Tally;
}

export interface GeneratedWorkspace {
  sessions: Session[];
  facts: SessionFacts[];
  total: Tally;
}

export interface GenerateOptions {
  seed?: number;
  sessions?: number;
  participants?: number;
}

export const platforms = ['reels', 'youtube', 'facebook', 'tiktok', 'x'] as const;
export const campaigns = ['Bol', 'Awaaz', 'Hum Sab'] as const;

const campaignSpellings: Record<(typeof campaigns)[number], readonly string[]> = {
  Bol: ['Bol', 'bol', 'BOL'],
  Awaaz: ['Awaaz', 'awaaz'],
  'Hum Sab': ['Hum Sab', 'hum sab', 'HUM SAB'],
};

const languageSpellings: ReadonlyArray<{ name: string; spellings: readonly string[] }> = [
  { name: 'Urdu', spellings: ['ur', 'Urdu'] },
  { name: 'English', spellings: ['en', 'English'] },
  { name: 'Sindhi', spellings: ['sd', 'Sindhi'] },
  { name: 'Punjabi', spellings: ['pa', 'pnb', 'Punjabi'] },
  { name: 'Pashto', spellings: ['ps', 'Pashto'] },
  { name: 'Balochi', spellings: ['bal', 'Balochi'] },
  { name: 'Saraiki', spellings: ['skr', 'Saraiki'] },
  { name: 'Hindko', spellings: ['Hindko'] },
];

export function emptyTally(): Tally {
  const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, 0]));
  return {
    sessions: 0,
    sessionsByType: zeros([...sessionTypes, 'unspecified']),
    participants: 0,
    women: 0,
    byGender: zeros(genders),
    byRole: zeros(participantRoles),
    byAgeBand: zeros([...ageBands, 'not-stated']),
    interviews: { total: 0, media: 0, notInterviews: 0, failed: 0 },
    clips: 0,
    clipsByPlatform: {},
    languages: {},
    consentByScope: zeros(consentScopes),
    missingConsent: 0,
    withoutForm: 0,
    withScan: 0,
    flags: 0,
    flagsByReason: zeros(flagReasons),
  };
}

const bump = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (record[key] ?? 0) + by;
};

/** Adds `from` into `into` (used for totals and for a test's filtered re-tally). */
export function addTally(into: Tally, from: Tally): Tally {
  into.sessions += from.sessions;
  into.participants += from.participants;
  into.women += from.women;
  into.clips += from.clips;
  into.missingConsent += from.missingConsent;
  into.withoutForm += from.withoutForm;
  into.withScan += from.withScan;
  into.flags += from.flags;
  into.interviews.total += from.interviews.total;
  into.interviews.media += from.interviews.media;
  into.interviews.notInterviews += from.interviews.notInterviews;
  into.interviews.failed += from.interviews.failed;
  const records = [
    'sessionsByType',
    'byGender',
    'byRole',
    'byAgeBand',
    'clipsByPlatform',
    'consentByScope',
    'flagsByReason',
  ] as const;
  for (const name of records)
    for (const [key, count] of Object.entries(from[name])) bump(into[name], key, count);
  for (const [language, counts] of Object.entries(from.languages)) {
    const entry = into.languages[language] ?? { sessions: 0, participants: 0 };
    entry.sessions += counts.sessions;
    entry.participants += counts.participants;
    into.languages[language] = entry;
  }
  return into;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of entries) {
      roll -= weight;
      if (roll < 0) return item;
    }
    const last = entries.at(-1);
    if (last === undefined) throw new Error('weighted pick from an empty list');
    return last[0];
  }
  /** `count` distinct items, in list order. */
  some<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(this.int(0, items.length - 1));
    return [...chosen]
      .sort((a, b) => a - b)
      .flatMap((index) => (items[index] === undefined ? [] : [items[index]]));
  }
}

/** YYYY-MM-DD plus whole days. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, (date ?? 1) + days)).toISOString().slice(0, 10);
}

const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;

const firstDay = '2024-01-01';
const dayCount = 731; // 2024-01-01 … 2025-12-31

type LateChange = 'lowered' | 'set-after' | 'raised' | 'none';

export function generateWorkspace(options: GenerateOptions = {}): GeneratedWorkspace {
  const random = new Random(options.seed ?? 20_240_101);
  const sessionCount = options.sessions ?? 200;
  const participantCount = options.participants ?? 5000;
  if (participantCount < sessionCount) throw new Error('need at least one participant per session');

  // Every session gets at least one participant; the rest land anywhere.
  const sizes = Array.from({ length: sessionCount }, () => 1);
  for (let left = participantCount - sessionCount; left > 0; left -= 1) {
    const index = random.int(0, sessionCount - 1);
    sizes[index] = (sizes[index] ?? 0) + 1;
  }

  const sessions: Session[] = [];
  const facts: SessionFacts[] = [];
  const total = emptyTally();

  for (let index = 0; index < sessionCount; index += 1) {
    const id = `gen-${String(index + 1).padStart(4, '0')}`;
    const tally = emptyTally();
    tally.sessions = 1;
    const history: HistoryEvent[] = [];
    let eventNumber = 0;
    const addEvent = (fields: Omit<HistoryEvent, 'id'>): HistoryEvent => {
      eventNumber += 1;
      const added = { id: `${id}-h${eventNumber}`, ...fields };
      history.push(added);
      return added;
    };

    // When, what, which campaign.
    const day = addDays(firstDay, random.int(0, dayCount - 1));
    const dated = random.chance(0.9);
    // A dated session was often entered a few days later: the metadata date is what counts.
    const createdAt = at(dated ? addDays(day, random.int(0, 5)) : day, 9);
    const type = random.chance(0.1)
      ? undefined
      : random.weighted<SessionType>(
          sessionTypes.map((name) => [name, name === 'dialogue' ? 4 : 1] as const),
        );
    bump(tally.sessionsByType, type ?? 'unspecified');
    const campaign = random.chance(0.2) ? undefined : random.pick(campaigns);
    const campaignWritten = campaign === undefined ? undefined : random.pick(campaignSpellings[campaign]);

    const sessionLanguages = random.some(languageSpellings, random.int(0, 3));
    const sessionLanguageValues: string[] = [];
    for (const language of sessionLanguages) {
      sessionLanguageValues.push(random.pick(language.spellings));
      // The same language written twice ('ur' and 'Urdu') still counts once.
      if (random.chance(0.15)) sessionLanguageValues.push(random.pick(language.spellings));
      const entry = tally.languages[language.name] ?? { sessions: 0, participants: 0 };
      entry.sessions += 1;
      tally.languages[language.name] = entry;
    }

    // Media: some failed imports, some not interviews (b-roll).
    const media: Media[] = [];
    const nonInterviewMediaIds: string[] = [];
    const mediaCount = random.int(0, 5);
    for (let m = 1; m <= mediaCount; m += 1) {
      const mediaId = `${id}-m${m}`;
      const failed = random.chance(0.1);
      const notInterview = random.chance(0.15);
      if (notInterview) nonInterviewMediaIds.push(mediaId);
      tally.interviews.media += 1;
      if (failed) tally.interviews.failed += 1;
      else if (notInterview) tally.interviews.notInterviews += 1;
      else tally.interviews.total += 1;
      media.push({
        id: mediaId,
        fingerprint: `fp-${mediaId}`,
        fileName: `${mediaId}.mp4`,
        sourcePath: `/footage/${id}/${mediaId}.mp4`,
        importedAt: at(day, 10),
        probe: {
          formatName: 'mp4',
          durationMs: 60_000 * random.int(1, 90),
          sizeBytes: 1_000_000,
          streamCount: 2,
        },
        status: failed ? 'failed' : 'ready',
        ...(failed
          ? { error: { code: 'not-media', message: 'Not a media file.', hint: 'Import another file.' } }
          : {}),
        assets: {},
      });
    }

    // Participants, each with a plan for a consent change after the session's exports.
    const participants: Participant[] = [];
    const lateChanges = new Map<string, LateChange>();
    const lateSigned = new Set<string>();
    const size = sizes[index] ?? 1;
    for (let n = 1; n <= size; n += 1) {
      const gender = random.weighted<Gender>([
        ['woman', 45],
        ['man', 40],
        ['transgender', 3],
        ['other', 2],
        ['not-stated', 10],
      ]);
      const ageBand: AgeBand | undefined = random.chance(0.15) ? undefined : random.pick(ageBands);
      const role = random.weighted<ParticipantRole>([
        ['participant', 70],
        ['panelist', 10],
        ['speaker', 8],
        ['trainer', 5],
        ['campus-ambassador', 7],
      ]);
      let scope = random.weighted<ConsentScope>([
        ['none', 10],
        ['internal', 20],
        ['publish-anonymous', 25],
        ['publish-named', 45],
      ]);
      const participantId = `${id}-p${n}`;
      // The plan for after the exports (applied once we know who was exported).
      const late = random.weighted<LateChange>([
        ['none', 80],
        ['lowered', 8],
        ['set-after', 6],
        ['raised', 6],
      ]);
      if (late === 'set-after')
        scope = random.pick(consentScopes.filter((candidate) => candidate !== 'none'));
      // Lowered: to anything below publish-named (none included). Raised: from internal or above.
      if (late === 'lowered' && scope === 'publish-named') scope = 'publish-anonymous';
      if (late === 'raised' && consentScopes.indexOf(scope) < 2) scope = 'publish-named';
      lateChanges.set(participantId, late);
      // Some others change consent on the day, before any export: history, but no flag.
      if (late === 'none' && random.chance(0.05)) {
        const before = random.pick(consentScopes.filter((candidate) => candidate !== scope));
        addEvent({
          kind: 'consent-changed',
          participantId,
          fromScope: before,
          toScope: scope,
          at: at(day, 8),
        });
      }

      const languages = random.some(languageSpellings, random.int(0, 2));
      const languageValues: string[] = [];
      for (const language of languages) {
        languageValues.push(random.pick(language.spellings));
        if (random.chance(0.1)) languageValues.push(random.pick(language.spellings));
        const entry = tally.languages[language.name] ?? { sessions: 0, participants: 0 };
        entry.participants += 1;
        tally.languages[language.name] = entry;
      }

      const form =
        scope === 'none'
          ? 'none'
          : random.weighted([
              ['ref', 50],
              ['scan', 20],
              ['both', 15],
              ['none', 15],
            ] as const);
      let consentDate: string | undefined = scope !== 'none' && random.chance(0.7) ? day : undefined;
      if (scope !== 'none' && late === 'none' && random.chance(0.05)) {
        consentDate = addDays(day, 12);
        lateSigned.add(participantId);
      }
      participants.push({
        id: participantId,
        number: n,
        name: `Person ${index + 1}-${n}`,
        otherNames: [],
        gender,
        ...(ageBand === undefined ? {} : { ageBand }),
        ...(random.chance(0.4)
          ? { organisation: random.pick(['Punjab University', 'NCA', 'Radio Awaz', 'LUMS']) }
          : {}),
        role,
        languages: languageValues,
        notes: '',
        consent: {
          scope,
          ...(consentDate === undefined ? {} : { date: consentDate }),
          ...(form === 'ref' || form === 'both' ? { formRef: `F-${index + 1}-${n}` } : {}),
          ...(form === 'scan' || form === 'both' ? { scanPath: `consent/${participantId}.pdf` } : {}),
        },
        mediaIds: media.length > 0 && random.chance(0.5) ? [random.pick(media).id] : [],
        createdAt,
        updatedAt: createdAt,
      });
    }

    // Clips exported between day+1 and day+8, some re-exported, some under an override.
    const pairsByParticipant = new Map<string, number>();
    const clipCount = random.int(0, 4);
    for (let c = 1; c <= clipCount; c += 1) {
      const clipId = `${id}-c${c}`;
      const speaker = random.chance(0.8) ? random.pick(participants) : undefined;
      const chosen = random.some(platforms, random.int(1, 3));
      for (const platform of chosen) {
        tally.clips += 1;
        bump(tally.clipsByPlatform, platform);
        if (speaker) pairsByParticipant.set(speaker.id, (pairsByParticipant.get(speaker.id) ?? 0) + 1);
        let override: HistoryEvent | undefined;
        const exportDay = addDays(day, random.int(1, 5));
        if (speaker && random.chance(0.15)) {
          override = addEvent({
            kind: 'consent-override',
            participantId: speaker.id,
            purpose: 'publish',
            reason: 'The partner organisation approved this clip in writing.',
            at: at(exportDay, 10),
          });
        }
        const exported = (when: string) =>
          addEvent({
            kind: 'clip-exported',
            ...(speaker ? { participantId: speaker.id } : {}),
            clipId,
            platform,
            fileName: `${clipId}-${platform}.mp4`,
            ...(override ? { overrideId: override.id } : {}),
            at: when,
          });
        exported(at(exportDay, 12));
        // Re-exports of the same clip to the same platform count (and flag) once.
        if (random.chance(0.2)) exported(at(addDays(day, random.int(6, 8)), 15));
      }
    }

    // Consent changes 30 days on, after every export; the flags they should raise.
    const changeDay = addDays(day, 30);
    for (const participant of participants) {
      const late = lateChanges.get(participant.id) ?? 'none';
      const pairs = pairsByParticipant.get(participant.id) ?? 0;
      const flag = (reason: FlagReason) => {
        tally.flags += pairs;
        bump(tally.flagsByReason, reason, pairs);
      };
      const final = participant.consent.scope;
      if (late === 'lowered') {
        const from = random.pick(consentScopes.slice(consentScopes.indexOf(final) + 1));
        addEvent({
          kind: 'consent-changed',
          participantId: participant.id,
          fromScope: from,
          toScope: final,
          at: at(changeDay, 9),
        });
        flag('consent-lowered-after-export');
      } else if (late === 'set-after') {
        addEvent({
          kind: 'consent-changed',
          participantId: participant.id,
          fromScope: 'none',
          toScope: final,
          at: at(changeDay, 9),
        });
        flag('consent-set-after-export');
        // The form is signed the day consent is recorded: after the exports, a second flag each.
        participant.consent.date = changeDay;
        flag('consent-dated-after-export');
      } else if (late === 'raised') {
        const from = random.pick(consentScopes.slice(1, consentScopes.indexOf(final)));
        addEvent({
          kind: 'consent-changed',
          participantId: participant.id,
          fromScope: from,
          toScope: final,
          at: at(changeDay, 9),
        });
      } else if (lateSigned.has(participant.id)) {
        flag('consent-dated-after-export');
      }

      tally.participants += 1;
      if (participant.gender === 'woman') tally.women += 1;
      bump(tally.byGender, participant.gender);
      bump(tally.byRole, participant.role);
      bump(tally.byAgeBand, participant.ageBand ?? 'not-stated');
      bump(tally.consentByScope, final);
      if (final === 'none') tally.missingConsent += 1;
      const { formRef, scanPath } = participant.consent;
      if (final !== 'none' && formRef === undefined && scanPath === undefined) tally.withoutForm += 1;
      if (scanPath !== undefined) tally.withScan += 1;
    }

    history.sort((a, b) => a.at.localeCompare(b.at));
    sessions.push({
      schemaVersion: 2,
      id,
      title: `${type ?? 'Session'} ${index + 1}${campaignWritten ? ` (${campaignWritten})` : ''}`,
      createdAt,
      updatedAt: at(addDays(day, 30), 10),
      revision: history.length + 1,
      notes: '',
      media,
      metadata: {
        ...(type === undefined ? {} : { type }),
        ...(dated ? { date: day } : {}),
        ...(random.chance(0.8)
          ? { city: random.pick(['Lahore', 'Karachi', 'Quetta', 'Peshawar', 'Multan']) }
          : {}),
        ...(campaignWritten === undefined ? {} : { campaign: campaignWritten }),
        partners: [],
        hashtags: [],
        topics: [],
        languages: sessionLanguageValues,
        nonInterviewMediaIds,
      },
      participants,
      history,
    });
    facts.push({ id, day, campaign, type: type ?? 'unspecified', tally });
    addTally(total, tally);
  }
  return { sessions, facts, total };
}
