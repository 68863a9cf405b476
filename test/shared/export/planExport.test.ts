import { describe, expect, it } from 'vitest';
import {
  overrideChoicesOf,
  planExport,
  policyKey,
  recordFieldsOf,
  refusalsMessage,
  type ExportSnapshot,
} from '../../../shared/export/planExport';
import { builtInPresets } from '../../../shared/export/presets';
import { builtInStyles } from '../../../shared/export/styles';
import { publicationOfRules, publishedClip, publishedTrack } from '../../../shared/export/publication';
import { clipSchema, exportJobRecordSchema, type Clip } from '../../../shared/model/clips';
import type { ConsentScope, Participant } from '../../../shared/model/programme';
import type { Cue, Transcript } from '../../../shared/transcript/model';
import { event, media, person, session } from '../programme/fixture';

/**
 * The export policy's rules, as a table: who speaks in a clip, under which consent scope, with which
 * overrides, and what the plan makes of it. Changing a consent rule (shared/programme/consent.ts) or how a
 * plan uses it (shared/export/planExport.ts) changes a row here.
 */

const SPEAKER = 'p-speaker';
const OTHER = 'p-other';
const people = (speaker: ConsentScope, other?: ConsentScope): Participant[] => [
  person({ id: SPEAKER, number: 1, name: 'Ayesha Khan', gender: 'woman', consent: { scope: speaker } }),
  ...(other
    ? [person({ id: OTHER, number: 2, name: 'Bilal Ahmed', gender: 'man', consent: { scope: other } })]
    : []),
];
const publishOverride = (id: string, participantId: string) =>
  event({
    kind: 'consent-override',
    at: '2026-01-02T10:00:00.000Z',
    participantId,
    purpose: 'publish',
    reason: 'Agreed on camera; form follows.',
  });
const overrides = [
  { ...publishOverride('x', SPEAKER), id: 'ov-speaker' },
  { ...publishOverride('x', OTHER), id: 'ov-other' },
  {
    ...event({
      kind: 'consent-override',
      at: 'now',
      participantId: SPEAKER,
      purpose: 'internal',
      reason: 'For the board meeting only.',
    }),
    id: 'ov-internal',
  },
];
const line = (id: string, startMs: number, endMs: number, speakerId?: string, text = 'words'): Cue => ({
  id,
  startMs,
  endMs,
  text,
  words: [],
  ...(speakerId ? { speakerId } : {}),
});
const transcriptOf = (cues: Cue[]): Transcript => ({
  schemaVersion: 1,
  mediaId: 'm1',
  model: 'test',
  createdAt: 'now',
  revision: 0,
  language: 'ur',
  tracks: [{ id: 'ur', language: 'ur', direction: 'rtl', kind: 'transcript', cues }],
});
const clipOf = (fields: Partial<Clip> = {}): Clip =>
  clipSchema.parse({
    id: 'c1',
    mediaId: 'm1',
    startMs: 0,
    endMs: 30_000,
    title: 'Ayesha Khan on water',
    speakerId: SPEAKER,
    createdAt: 'now',
    ...fields,
  });

function snapshotOf(fields: Partial<ExportSnapshot> = {}): ExportSnapshot {
  return {
    session: session('s1', {
      title: 'Dialogue',
      media: [media('m1')],
      history: overrides,
      metadata: { date: '2026-03-08' },
    }),
    participants: people('publish-named'),
    clips: [clipOf()],
    clipIds: ['c1'],
    transcripts: new Map([['m1', transcriptOf([line('u1', 0, 10_000, SPEAKER)])]]),
    presets: builtInPresets,
    presetIds: ['reels'],
    styles: builtInStyles,
    overrides: [],
    fileNameTemplate: '{session}_{speaker}_{preset}_{n}_{date}',
    ...fields,
  };
}

type Outcome =
  | {
      allowed: true;
      speakerName: string | undefined;
      named: string[];
      anonymised: string[];
      overrides?: string[];
    }
  | { refused: Array<[code: string, participantId: string | undefined, scope: ConsentScope | undefined]> };

interface Row {
  rule: string;
  speaker: ConsentScope;
  /** A second participant heard in a cue of the clip. */
  other?: ConsentScope;
  /** The clip's own speaker: the participant, none, or an id that is no participant. */
  speakerId?: string | null;
  given?: string[];
  expected: Outcome;
}

const rules: Row[] = [
  {
    rule: 'named consent publishes with the name',
    speaker: 'publish-named',
    expected: { allowed: true, speakerName: 'Ayesha Khan', named: [SPEAKER], anonymised: [] },
  },
  {
    rule: 'anonymous consent publishes as "Participant N"',
    speaker: 'publish-anonymous',
    expected: { allowed: true, speakerName: 'Participant 1', named: [], anonymised: [SPEAKER] },
  },
  {
    rule: 'internal-only consent refuses publishing',
    speaker: 'internal',
    expected: { refused: [['consent-refused', SPEAKER, 'internal']] },
  },
  {
    rule: 'no consent refuses publishing',
    speaker: 'none',
    expected: { refused: [['consent-refused', SPEAKER, 'none']] },
  },
  {
    rule: 'a publishing override allows a refused speaker, named',
    speaker: 'internal',
    given: ['ov-speaker'],
    expected: {
      allowed: true,
      speakerName: 'Ayesha Khan',
      named: [SPEAKER],
      anonymised: [],
      overrides: ['ov-speaker'],
    },
  },
  {
    rule: 'an override for internal use does not allow publishing',
    speaker: 'none',
    given: ['ov-internal'],
    expected: {
      refused: [
        ['consent-refused', SPEAKER, 'none'],
        ['override-not-for-participant', SPEAKER, undefined],
      ],
    },
  },
  {
    rule: 'an override is not used for someone who needs none (anonymous stays anonymous)',
    speaker: 'publish-anonymous',
    given: ['ov-speaker'],
    expected: {
      allowed: true,
      speakerName: 'Participant 1',
      named: [],
      anonymised: [SPEAKER],
      overrides: [],
    },
  },
  {
    rule: 'a refused participant heard in the clip refuses it',
    speaker: 'publish-named',
    other: 'internal',
    expected: { refused: [['consent-refused', OTHER, 'internal']] },
  },
  {
    rule: 'each refused participant needs an override of their own',
    speaker: 'none',
    other: 'none',
    given: ['ov-speaker'],
    expected: { refused: [['consent-refused', OTHER, 'none']] },
  },
  {
    rule: 'with an override for each, the clip is allowed',
    speaker: 'none',
    other: 'none',
    given: ['ov-speaker', 'ov-other'],
    expected: {
      allowed: true,
      speakerName: 'Ayesha Khan',
      named: [SPEAKER, OTHER],
      anonymised: [],
      overrides: ['ov-speaker', 'ov-other'],
    },
  },
  {
    rule: 'an anonymous participant heard in the clip is anonymised',
    speaker: 'publish-named',
    other: 'publish-anonymous',
    expected: { allowed: true, speakerName: 'Ayesha Khan', named: [SPEAKER], anonymised: [OTHER] },
  },
  {
    rule: 'a clip without a speaker follows the cues’ speakers',
    speaker: 'internal',
    speakerId: null,
    expected: { refused: [['consent-refused', SPEAKER, 'internal']] },
  },
  {
    rule: 'a speaker id that is no participant names nobody',
    speaker: 'publish-named',
    speakerId: 'Somebody Raw',
    expected: { allowed: true, speakerName: undefined, named: [SPEAKER], anonymised: [] },
  },
];

describe('planExport: the consent rules', () => {
  it.each(rules)('$rule', ({ speaker, other, speakerId, given, expected }) => {
    const cues = [line('u1', 0, 10_000, SPEAKER), ...(other ? [line('u2', 10_000, 20_000, OTHER)] : [])];
    const clip = clipOf(speakerId === null ? { speakerId: undefined } : speakerId ? { speakerId } : {});
    const plan = planExport(
      snapshotOf({
        participants: people(speaker, other),
        clips: [clip],
        transcripts: new Map([['m1', transcriptOf(cues)]]),
        overrides: (given ?? []).map((overrideId) => ({ clipId: 'c1', overrideId })),
      }),
    );
    if ('refused' in expected) {
      expect(plan.items).toEqual([]);
      expect(plan.refusals.map((item) => [item.code, item.participantId, item.scope])).toEqual(
        expected.refused,
      );
      expect(plan.warnings.filter((item) => item.kind === 'consent').length).toBe(expected.refused.length);
      return;
    }
    expect(plan.refusals).toEqual([]);
    const [item] = plan.items;
    expect(item?.speakerName).toBe(expected.speakerName);
    expect(item?.named).toEqual(expected.named);
    expect(item?.anonymised).toEqual(expected.anonymised);
    expect(item?.overrides.map((entry) => entry.overrideId)).toEqual(expected.overrides ?? []);
  });

  it('refuses every clip when the participant list is missing or unreadable (no consent information)', () => {
    const plan = planExport(snapshotOf({ participants: undefined }));
    expect(plan.items).toEqual([]);
    expect(plan.refusals).toEqual([expect.objectContaining({ clipId: 'c1', code: 'participants-unknown' })]);
    expect(plan.warnings).toContainEqual(
      expect.objectContaining({
        kind: 'consent',
        severity: 'error',
        params: expect.objectContaining({ code: 'participants-unknown' }),
      }),
    );
  });
});

describe('planExport: outputs, names and warnings', () => {
  it('plans one item per clip × preset with unique stems from the template and the session date', () => {
    const second = clipOf({ id: 'c2', title: 'Second' });
    const plan = planExport(
      snapshotOf({
        clips: [clipOf(), second],
        clipIds: ['c1', 'c2'],
        presetIds: ['reels', 'x'],
        fileNameTemplate: '{session}_{preset}_{date}',
        takenStems: ['Dialogue_reels_2026-03-08'],
      }),
    );
    expect(plan.items.map((item) => [item.clipId, item.presetId, item.n, item.fileStem])).toEqual([
      ['c1', 'reels', 1, 'Dialogue_reels_2026-03-08-2'],
      ['c1', 'x', 1, 'Dialogue_x_2026-03-08'],
      ['c2', 'reels', 2, 'Dialogue_reels_2026-03-08-3'],
      ['c2', 'x', 2, 'Dialogue_x_2026-03-08-2'],
    ]);
  });

  it('removes an anonymous speaker’s name from the stem (Urdu spelling too) and the published texts', () => {
    const anonymous = [
      person({
        id: SPEAKER,
        number: 1,
        name: 'Ayesha Khan',
        otherNames: ['عائشہ خان'],
        gender: 'woman',
        consent: { scope: 'publish-anonymous' },
      }),
    ];
    const clip = clipOf({ title: 'عائشہ خان on پانی، بجلی 2026۔' });
    const plan = planExport(
      snapshotOf({ participants: anonymous, clips: [clip], fileNameTemplate: '{speaker}_{clip}' }),
    );
    expect(plan.items[0]?.fileStem).toBe('Participant-1_Participant-1-on-پانی،-بجلی-2026۔');
    const publication = publicationOfRules(plan.items[0] ?? {}, anonymous);
    expect(publishedClip(clip, publication).title).toBe('Participant 1 on پانی، بجلی 2026۔');
    const track = transcriptOf([line('u1', 0, 900, SPEAKER, 'I am Ayesha')]).tracks[0];
    expect(track && publishedTrack(track, publication).cues[0]?.text).toBe('I am Participant 1');
    // When the anonymous speaker is no longer in the session, no free text is kept.
    expect(publishedClip(clip, publicationOfRules(plan.items[0] ?? {}, [])).title).toBe('');
  });

  it('reports unknown ids, a clip beyond its recording and missing captions as codes with parameters', () => {
    const plan = planExport(
      snapshotOf({
        clips: [clipOf({ endMs: 90_000 })],
        clipIds: ['c1', 'nope'],
        presetIds: ['reels', 'tiktok-9000'],
        styleId: 'no-style',
        transcripts: new Map(),
      }),
    );
    expect(plan.warnings.map((item) => [item.kind, item.severity, item.params])).toEqual(
      expect.arrayContaining([
        ['unknown-preset', 'error', { presetId: 'tiktok-9000' }],
        ['unknown-style', 'error', { styleId: 'no-style' }],
        ['unknown-clip', 'error', { clipId: 'nope' }],
        ['outside-media', 'error', { clip: 'Ayesha Khan on water', reason: 'ends-after' }],
        ['no-captions', 'warning', { clip: 'Ayesha Khan on water' }],
      ]),
    );
  });

  it('words the refusals of several clips for the CLI, each under its title', () => {
    const snapshot = snapshotOf({
      participants: people('internal'),
      clips: [clipOf(), clipOf({ id: 'c2', title: 'Second' })],
      clipIds: ['c1', 'c2'],
    });
    const plan = planExport(snapshot);
    expect(refusalsMessage(plan.refusals, snapshot.clips)).toBe(
      '"Ayesha Khan on water": Ayesha Khan gave consent for internal use only; this clip cannot be published. "Second": Ayesha Khan gave consent for internal use only; this clip cannot be published.',
    );
  });
});

describe('planExport: a queued export planned again before it runs', () => {
  const queued = (snapshot: ExportSnapshot) => {
    const [item] = planExport(snapshot).items;
    if (!item) throw new Error('nothing planned');
    return exportJobRecordSchema.parse({
      id: 'x1',
      batchId: 'b1',
      sessionId: 's1',
      clipId: item.clipId,
      presetId: item.presetId,
      options: {},
      outputFolder: '/o',
      fileStem: item.fileStem,
      n: item.n,
      state: 'queued',
      createdAt: 'now',
      updatedAt: 'now',
      ...recordFieldsOf(item),
    });
  };
  const again = (snapshot: ExportSnapshot, record: ReturnType<typeof queued>) =>
    planExport({ ...snapshot, overrides: overrideChoicesOf(record) }).items[0];

  it('keeps the same policy when nothing changed, and another when consent or speakers did', () => {
    const before = snapshotOf({
      participants: people('none', 'publish-anonymous'),
      overrides: [{ clipId: 'c1', overrideId: 'ov-speaker' }],
      transcripts: new Map([
        ['m1', transcriptOf([line('u1', 0, 9_000, SPEAKER), line('u2', 9_000, 9_500, OTHER)])],
      ]),
    });
    const record = queued(before);
    expect(record.overrides?.map((item) => item.overrideId)).toEqual(['ov-speaker']);
    const same = again(before, record);
    expect(same && policyKey(same)).toBe(policyKey(record));
    const lowered = again({ ...before, participants: people('none', 'publish-named') }, record);
    expect(lowered && policyKey(lowered)).not.toBe(policyKey(record));
    const fewer = again(
      { ...before, transcripts: new Map([['m1', transcriptOf([line('u1', 0, 9_000, SPEAKER)])]]) },
      record,
    );
    expect(fewer && policyKey(fewer)).not.toBe(policyKey(record));
    // A record from before per-participant overrides (only overrideId) no longer passes: export it again.
    const old = { ...record, overrides: undefined };
    expect(policyKey(old)).not.toBe(same && policyKey(same));
  });
});
