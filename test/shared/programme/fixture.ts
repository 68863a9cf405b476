import type { Media } from '../../../shared/model/media';
import type { HistoryEvent, Participant } from '../../../shared/model/programme';
import { emptySessionMetadata } from '../../../shared/model/programme';
import type { Session } from '../../../shared/model/session';

/** Small builders for hand-counted programme fixtures. */

export function media(id: string, status: Media['status'] = 'ready'): Media {
  return {
    id,
    fingerprint: `fp-${id}`,
    fileName: `${id}.mp4`,
    sourcePath: `/footage/${id}.mp4`,
    importedAt: '2026-01-01T10:00:00.000Z',
    probe: { formatName: 'mp4', durationMs: 60_000, sizeBytes: 1000, streamCount: 2 },
    status,
    assets: {},
  };
}

let counter = 0;

export function person(fields: Partial<Participant> & Pick<Participant, 'name' | 'gender'>): Participant {
  counter += 1;
  return {
    id: `p${counter}`,
    number: counter,
    otherNames: [],
    role: 'participant',
    languages: [],
    notes: '',
    consent: { scope: 'publish-named' },
    mediaIds: [],
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    ...fields,
  };
}

export function event(fields: Omit<HistoryEvent, 'id'>): HistoryEvent {
  counter += 1;
  return { id: `h${counter}`, ...fields };
}

export function session(
  id: string,
  fields: Partial<Omit<Session, 'metadata'>> & { metadata?: Partial<Session['metadata']> } = {},
): Session {
  const { metadata, ...rest } = fields;
  return {
    schemaVersion: 2,
    id,
    title: id,
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    revision: 1,
    notes: '',
    media: [],
    participants: [],
    history: [],
    ...rest,
    metadata: { ...emptySessionMetadata(), ...metadata },
  };
}

const exported = (participantId: string, clipId: string, platform: string, at: string) =>
  event({
    kind: 'clip-exported',
    participantId,
    clipId,
    platform,
    fileName: `${clipId}-${platform}.mp4`,
    at,
  });

/**
 * Four sessions, counted by hand:
 * - lahore (2026-02-10, dialogue, campaign "Bol"): 3 participants (2 women, 1 man); 3 media, 1 failed,
 *   1 marked not an interview → 1 interview; exports c1→reels, c1→reels again, c1→youtube, c2→reels
 *   → 3 clips (reels 2, youtube 1); Ayesha's consent lowered publish-named→internal after c1 → 1 flag
 *   (2 exports of c1 before the change, each flagged) … see report.test.ts for the totals.
 * - karachi (2026-03-05, university-dialogue, campaign "bol "): 2 participants (1 woman, 1 transgender);
 *   2 media → 2 interviews; 1 export c9→tiktok by Sana, whose consent was set (none→publish-anonymous)
 *   afterwards → 1 flag.
 * - quetta (no date, created 2026-04-01, no type, no campaign): 1 participant (not-stated), consent none;
 *   1 media → 1 interview.
 * - peshawar (2025-12-20, performance, campaign "Other"): 1 man; no media.
 */
export function programmeFixture(): Session[] {
  counter = 0;
  const ayesha = person({
    name: 'Ayesha Khan',
    gender: 'woman',
    ageBand: '18-24',
    organisation: 'Punjab University',
    languages: ['ur', 'en'],
    consent: { scope: 'internal', date: '2026-02-10', formRef: 'F-001' },
  });
  const bilal = person({ name: 'Bilal Ahmed', gender: 'man', role: 'speaker', languages: ['Urdu'] });
  const zainab = person({
    name: 'Zainab Bibi',
    gender: 'woman',
    role: 'trainer',
    consent: { scope: 'publish-anonymous', scanPath: 'consent/z.pdf' },
  });
  const lahore = session('lahore', {
    title: 'Lahore dialogue',
    metadata: {
      type: 'dialogue',
      date: '2026-02-10',
      campaign: 'Bol',
      languages: ['ur', 'Urdu', 'en'],
      nonInterviewMediaIds: ['m3'],
      topics: ['Tolerance'],
      hashtags: ['#BolKeLabAzadHain'],
    },
    media: [media('m1'), media('m2', 'failed'), media('m3')],
    participants: [ayesha, bilal, zainab],
    history: [
      exported(ayesha.id, 'c1', 'reels', '2026-02-11T10:00:00.000Z'),
      exported(ayesha.id, 'c1', 'reels', '2026-02-11T11:00:00.000Z'),
      exported(bilal.id, 'c1', 'youtube', '2026-02-11T12:00:00.000Z'),
      exported(bilal.id, 'c2', 'reels', '2026-02-11T13:00:00.000Z'),
      event({
        kind: 'consent-changed',
        participantId: ayesha.id,
        fromScope: 'publish-named',
        toScope: 'internal',
        at: '2026-02-12T09:00:00.000Z',
      }),
      // Raised, not lowered: no flag.
      event({
        kind: 'consent-changed',
        participantId: bilal.id,
        fromScope: 'internal',
        toScope: 'publish-named',
        at: '2026-02-12T09:00:00.000Z',
      }),
    ],
  });
  const sana = person({
    name: 'Sana Baloch',
    gender: 'woman',
    ageBand: '25-34',
    languages: ['bal'],
    consent: { scope: 'publish-anonymous', date: '2026-03-05', formRef: 'K-7' },
  });
  const kami = person({
    name: 'Kami Sid',
    gender: 'transgender',
    role: 'campus-ambassador',
    consent: { scope: 'publish-named' },
  });
  const karachi = session('karachi', {
    title: 'Karachi university dialogue',
    metadata: { type: 'university-dialogue', date: '2026-03-05', campaign: 'bol ', languages: ['ur'] },
    media: [media('k1'), media('k2')],
    participants: [sana, kami],
    history: [
      exported(sana.id, 'c9', 'tiktok', '2026-03-06T10:00:00.000Z'),
      event({
        kind: 'consent-changed',
        participantId: sana.id,
        fromScope: 'none',
        toScope: 'publish-anonymous',
        at: '2026-03-07T10:00:00.000Z',
      }),
    ],
  });
  const quetta = session('quetta', {
    title: 'Quetta recording',
    createdAt: '2026-04-01T08:00:00.000Z',
    media: [media('q1')],
    participants: [person({ name: 'Gul', gender: 'not-stated', consent: { scope: 'none' } })],
  });
  const peshawar = session('peshawar', {
    title: 'Peshawar theatre',
    metadata: { type: 'performance', date: '2025-12-20', campaign: 'Other' },
    participants: [
      person({ name: 'Imran', gender: 'man', consent: { scope: 'publish-named', formRef: 'P-1' } }),
    ],
  });
  return [lahore, karachi, quetta, peshawar];
}
