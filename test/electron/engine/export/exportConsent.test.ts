import { describe, expect, it } from 'vitest';
import { clipConsent } from '../../../../electron/engine/export/consentGate';
import { consentAtRun, planConsent } from '../../../../electron/engine/export/exportConsent';
import { publicationOf, publishedClip, publishedTrack } from '../../../../electron/engine/export/publication';
import { clipSchema, exportJobRecordSchema } from '../../../../shared/model/clips';
import type { Session } from '../../../../shared/model/session';
import type { Track } from '../../../../shared/transcript/model';
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
