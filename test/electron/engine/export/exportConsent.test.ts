import { describe, expect, it } from 'vitest';
import { clipConsent, clipSpeakerIds, refusalMessage } from '../../../../electron/engine/export/consentGate';
import { consentAtRun, planConsent } from '../../../../electron/engine/export/exportConsent';
import {
  manifestClips,
  publicationOf,
  publishedClip,
  publishedTrack,
} from '../../../../electron/engine/export/publication';
import { clipSchema, exportJobRecordSchema } from '../../../../shared/model/clips';
import type { Session } from '../../../../shared/model/session';
import type { Cue, Track, Transcript } from '../../../../shared/transcript/model';
import { event, person, session } from '../../../shared/programme/fixture';

const ayesha = person({ name: 'Ayesha Khan', gender: 'woman', consent: { scope: 'internal' } });
const sana = person({ name: 'Sana Mir', gender: 'woman', consent: { scope: 'publish-anonymous' } });
const internalOverride = event({
  kind: 'consent-override',
  at: '2026-01-02T10:00:00.000Z',
  participantId: ayesha.id,
  purpose: 'internal',
  reason: 'Needed for the board meeting.',
});
const publishOverride = event({
  kind: 'consent-override',
  at: '2026-01-02T10:00:00.000Z',
  participantId: ayesha.id,
  purpose: 'publish',
  reason: 'She agreed on camera; form follows.',
});
const world: Session = session('s1', {
  participants: [ayesha, sana],
  history: [internalOverride, publishOverride],
});
const clip = (id: string, speakerId?: string) =>
  clipSchema.parse({
    id,
    mediaId: 'm1',
    startMs: 0,
    endMs: 5_000,
    title: `${id} title`,
    speakerId,
    createdAt: 'now',
  });
const gate = (_sessionId: string, item: ReturnType<typeof clip>) => clipConsent(world, item);

describe('the consent of an export', () => {
  it('allows a speaker id that is no participant, and never publishes it', () => {
    const unknown = clip('c1', 'Ali Raza');
    expect(clipConsent(world, unknown)).toEqual({ allowed: true });
    expect(publishedClip(unknown, publicationOf(undefined)).speakerId).toBeUndefined();
    expect(publicationOf(undefined).speakerName).toBeUndefined();
  });

  it('needs a publishing override of the speaker for a refused clip', async () => {
    const refused = clip('c1', ayesha.id);
    await expect(
      planConsent(gate, world, [refused], [{ clipId: 'c1', overrideId: internalOverride.id }]),
    ).rejects.toThrow('is not an override for publishing clips of Ayesha Khan');
    const planned = await planConsent(
      gate,
      world,
      [refused],
      [{ clipId: 'c1', overrideId: publishOverride.id }],
    );
    expect(planned.get('c1')).toMatchObject({
      participantId: ayesha.id,
      consentScope: 'internal',
      override: { id: publishOverride.id, reason: 'She agreed on camera; form follows.' },
      publication: { speakerName: 'Ayesha Khan', anonymous: false },
    });
  });

  it('names every refused clip of a batch', async () => {
    const error = planConsent(gate, world, [clip('c1', ayesha.id), clip('c2', ayesha.id)]);
    await expect(error).rejects.toThrow(
      /^"c1 title": Ayesha Khan gave consent .* "c2 title": Ayesha Khan gave consent/,
    );
  });

  it('keeps an anonymous speaker anonymous, even when an override is passed', async () => {
    const planned = await planConsent(
      gate,
      world,
      [clip('c3', sana.id)],
      [{ clipId: 'c3', overrideId: publishOverride.id }],
    );
    expect(planned.get('c3')?.override).toBeUndefined();
    expect(planned.get('c3')?.publication).toMatchObject({
      speakerName: `Participant ${sana.number}`,
      anonymous: true,
    });
  });

  it('drops word timings where redaction changed a cue', () => {
    const track: Track = {
      id: 'en',
      language: 'en',
      direction: 'ltr',
      kind: 'transcript',
      cues: [
        {
          id: 'a',
          startMs: 0,
          endMs: 900,
          text: 'I am Sana',
          words: [{ text: 'Sana', startMs: 0, endMs: 900, probability: 1 }],
        },
        {
          id: 'b',
          startMs: 900,
          endMs: 1_800,
          text: 'Water',
          words: [{ text: 'Water', startMs: 900, endMs: 1_800, probability: 1 }],
        },
      ],
    };
    const published = publishedTrack(track, publicationOf(sana));
    expect(published.cues.map((cue) => [cue.text, cue.words.length])).toEqual([
      [`I am Participant ${sana.number}`, 0],
      ['Water', 1],
    ]);
  });

  it('refuses to run a job whose speaker’s consent changed after it was queued', async () => {
    const record = exportJobRecordSchema.parse({
      id: 'x1',
      batchId: 'b1',
      sessionId: 's1',
      clipId: 'c3',
      presetId: 'reels',
      options: {},
      outputFolder: '/o',
      fileStem: 'f',
      n: 1,
      state: 'queued',
      createdAt: 'now',
      updatedAt: 'now',
      participantId: sana.id,
      consentScope: 'publish-named',
    });
    await expect(consentAtRun(gate, record, clip('c3', sana.id))).rejects.toThrow(/consent changed/);
    const same = { ...record, consentScope: 'publish-anonymous' as const };
    expect((await consentAtRun(gate, same, clip('c3', sana.id))).anonymous).toBe(true);
  });
});

describe('everyone who speaks in a clip', () => {
  const bilal = person({ name: 'Bilal Ahmed', gender: 'man', consent: { scope: 'none' } });
  const omar = person({ name: 'Omar Farooq', gender: 'man', consent: { scope: 'publish-named' } });
  const nadia = person({ name: 'Nadia Shah', gender: 'woman', consent: { scope: 'publish-anonymous' } });
  const line = (id: string, startMs: number, endMs: number, speakerId?: string, text = 'words'): Cue => ({
    id,
    startMs,
    endMs,
    text,
    words: [],
    ...(speakerId ? { speakerId } : {}),
  });
  const transcriptOf = (urdu: Cue[], english: Cue[] = []): Transcript => ({
    schemaVersion: 1,
    mediaId: 'm1',
    model: 'test',
    createdAt: 'now',
    revision: 0,
    language: 'ur',
    tracks: [
      { id: 'ur', language: 'ur', direction: 'rtl', kind: 'transcript', cues: urdu },
      { id: 'en', language: 'en', direction: 'ltr', kind: 'translation', cues: english },
    ],
  });
  const overrideOf = (participantId: string) =>
    event({
      kind: 'consent-override',
      at: '2026-01-02T10:00:00.000Z',
      participantId,
      purpose: 'publish',
      reason: 'Agreed on camera; the form follows.',
    });
  const ayeshaOverride = overrideOf(ayesha.id);
  const bilalOverride = overrideOf(bilal.id);
  const room: Session = session('s2', {
    participants: [ayesha, sana, bilal, omar, nadia],
    history: [ayeshaOverride, bilalOverride],
  });
  // Omar (publish named) speaks the clip; Ayesha (internal) and Bilal (no consent) are heard in it too.
  const mixed = transcriptOf(
    [line('u1', 0, 1_000, omar.id), line('u2', 1_000, 2_000, ayesha.id), line('u3', 5_000, 6_000, sana.id)],
    [line('e1', 2_000, 3_000, bilal.id), line('e2', 3_000, 4_000, 'S9'), line('e3', 4_000, 4_500, omar.id)],
  );
  const roomGate =
    (transcript: Transcript | undefined) => (_sessionId: string, item: ReturnType<typeof clip>) =>
      clipConsent(room, item, transcript);

  it('hears the clip’s speaker and every distinct cue speaker overlapping it, in any track', () => {
    const range = { speakerId: omar.id, startMs: 0, endMs: 5_000 };
    expect(clipSpeakerIds(range, mixed)).toEqual([omar.id, ayesha.id, bilal.id, 'S9']);
    // A cue that ends as the clip starts, or starts as it ends, is not in it.
    expect(clipSpeakerIds({ startMs: 1_000, endMs: 2_000 }, mixed)).toEqual([ayesha.id]);
    expect(clipSpeakerIds({ speakerId: 'x', startMs: 0, endMs: 10 }, undefined)).toEqual(['x']);
  });

  it('refuses a clip where a refused participant speaks, naming each of them', () => {
    const decision = clipConsent(room, clip('c1', omar.id), mixed);
    expect(decision).toMatchObject({
      allowed: false,
      reason:
        'Ayesha Khan (internal use only) and Bilal Ahmed (no consent) speak in this clip; it cannot be published.',
      hint: 'Give a written reason to override, or take the clip out of the batch.',
      participant: { id: omar.id },
    });
    expect(decision.coSpeakers?.map((item) => item.id)).toEqual([ayesha.id, bilal.id]);
    expect(decision.refused?.map((item) => [item.participant.id, item.reason])).toEqual([
      [ayesha.id, 'Ayesha Khan gave consent for internal use only; this clip cannot be published.'],
      [bilal.id, 'Bilal Ahmed has not given consent; this clip cannot be published.'],
    ]);
    const one = transcriptOf([line('u1', 0, 1_000, ayesha.id)]);
    expect(clipConsent(room, clip('c1', omar.id), one).reason).toBe(
      'Ayesha Khan gave consent for internal use only; this clip cannot be published.',
    );
    // Unknown speaker ids are allowed.
    const unknown = transcriptOf([line('u1', 0, 1_000, 'S1')]);
    expect(clipConsent(room, clip('c1', omar.id), unknown)).toEqual({
      allowed: true,
      participant: omar,
    });
    expect(
      refusalMessage([
        { participant: ayesha, reason: 'a' },
        { participant: bilal, reason: 'b' },
        { participant: omar, reason: 'c' },
      ]),
    ).toBe(
      'Ayesha Khan (internal use only), Bilal Ahmed (no consent) and Omar Farooq speak in this clip; it cannot be published.',
    );
  });

  it('needs a publishing override for each refused participant', async () => {
    const gate = roomGate(mixed);
    const refused = clip('c1', omar.id);
    await expect(planConsent(gate, room, [refused])).rejects.toThrow(
      'Ayesha Khan (internal use only) and Bilal Ahmed (no consent) speak in this clip',
    );
    const onlyAyesha = [{ clipId: 'c1', overrideId: ayeshaOverride.id }];
    await expect(planConsent(gate, room, [refused], onlyAyesha)).rejects.toThrow(
      /^Bilal Ahmed has not given consent; this clip cannot be published\.$/,
    );
    // An override of someone else for the clip is not taken for Bilal's.
    const stray = [...onlyAyesha, { clipId: 'c1', overrideId: publishOverride.id }];
    await expect(planConsent(gate, room, [refused], stray)).rejects.toThrow(
      `"${publishOverride.id}" is not an override for publishing clips of Bilal Ahmed.`,
    );
    const both = [...onlyAyesha, { clipId: 'c1', overrideId: bilalOverride.id }];
    const planned = (await planConsent(gate, room, [refused], both)).get('c1');
    expect(planned).toMatchObject({
      participantId: omar.id,
      consentScope: 'publish-named',
      coSpeakers: [
        { participantId: ayesha.id, consentScope: 'internal' },
        { participantId: bilal.id, consentScope: 'none' },
      ],
      override: { id: ayeshaOverride.id },
      overrides: [
        { participantId: ayesha.id, overrideId: ayeshaOverride.id },
        { participantId: bilal.id, overrideId: bilalOverride.id },
      ],
      publication: { speakerName: 'Omar Farooq', anonymous: false, redacts: false },
    });
  });

  it('removes an anonymous co-speaker’s name everywhere, keeping the named speaker’s', async () => {
    const heard = transcriptOf([line('u1', 0, 1_000, omar.id), line('u2', 1_000, 2_000, nadia.id)]);
    const titled = { ...clip('c4', omar.id), title: 'Omar Farooq and Nadia Shah on water' };
    const planned = (await planConsent(roomGate(heard), room, [titled])).get('c4');
    const publication = planned?.publication;
    expect(publication).toMatchObject({ speakerName: 'Omar Farooq', anonymous: false, redacts: true });
    expect(publication && publishedClip(titled, publication).title).toBe(
      `Omar Farooq and Participant ${nadia.number} on water`,
    );
    const track = heard.tracks[0] as Track;
    const said = { ...track, cues: [line('u2', 1_000, 2_000, nadia.id, 'I am Nadia')] };
    expect(publication && publishedTrack(said, publication).cues[0]?.text).toBe(
      `I am Participant ${nadia.number}`,
    );
  });

  it('refuses to run a job when who speaks in the clip, or their consent, changed', async () => {
    const base = {
      id: 'x2',
      batchId: 'b2',
      sessionId: 's2',
      clipId: 'c1',
      presetId: 'reels',
      options: {},
      outputFolder: '/o',
      fileStem: 'f',
      n: 1,
      state: 'queued',
      createdAt: 'now',
      updatedAt: 'now',
      participantId: omar.id,
      consentScope: 'publish-named',
    };
    const planned = (
      await planConsent(
        roomGate(mixed),
        room,
        [clip('c1', omar.id)],
        [
          { clipId: 'c1', overrideId: ayeshaOverride.id },
          { clipId: 'c1', overrideId: bilalOverride.id },
        ],
      )
    ).get('c1');
    const record = exportJobRecordSchema.parse({
      ...base,
      coSpeakers: planned?.coSpeakers,
      overrideId: planned?.override?.id,
      overrides: planned?.overrides,
    });
    const run = (transcript: Transcript | undefined, queued = record) =>
      consentAtRun(roomGate(transcript), queued, clip('c1', omar.id));
    expect((await run(mixed)).speakerName).toBe('Omar Farooq');
    await expect(run(transcriptOf([line('u1', 0, 1_000, omar.id)]))).rejects.toThrow(/consent changed/);
    const withoutBilal = { ...record, overrides: record.overrides?.slice(0, 1) };
    await expect(run(mixed, withoutBilal)).rejects.toThrow(/^Bilal Ahmed has not given consent/);
  });

  it('keeps no text in the manifest when an anonymous co-speaker left the session', () => {
    const record = exportJobRecordSchema.parse({
      id: 'x3',
      batchId: 'b3',
      sessionId: 's2',
      clipId: 'c5',
      presetId: 'reels',
      options: {},
      outputFolder: '/o',
      fileStem: 'f',
      n: 1,
      state: 'succeeded',
      createdAt: 'now',
      updatedAt: 'now',
      participantId: omar.id,
      consentScope: 'publish-named',
      speakerName: 'Omar Farooq',
      coSpeakers: [{ participantId: nadia.id, consentScope: 'publish-anonymous' }],
    });
    const titled = { ...clip('c5', omar.id), title: 'Nadia Shah speaks' };
    expect(manifestClips([titled], [record], room).get('c5')?.title).toBe(
      `Participant ${nadia.number} speaks`,
    );
    const without = { ...room, participants: room.participants.filter((item) => item.id !== nadia.id) };
    expect(manifestClips([titled], [record], without).get('c5')?.title).toBe('');
  });
});
