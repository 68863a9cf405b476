import { describe, expect, it } from 'vitest';
import {
  METADATA_COLUMNS,
  metadataCells,
  mp4Tags,
  outputMetadata,
} from '../../../shared/export/outputMetadata';
import { publicationOf, publishedClip, publishedSession } from '../../../shared/export/publication';
import { emptySessionMetadata } from '../../../shared/model/programme';
import { person } from '../programme/fixture';

const session = {
  id: 's1',
  title: 'Lahore dialogue with Nadia Shah',
  createdAt: '2026-01-01T09:00:00.000Z',
  notes: '',
  metadata: {
    ...emptySessionMetadata(),
    type: 'dialogue' as const,
    date: '2026-03-08',
    venue: 'Alhamra Hall',
    city: 'لاہور',
    organiser: 'Guftagu Trust',
    partners: ['Radio 1', 'FM 101'],
    campaign: '#PeaceTalks',
    hashtags: ['#Pakistan', '#امن'],
    languages: ['ur', 'en'],
  },
};
const clip = { title: 'پانی، بجلی and "water" 2026۔', tags: ['water', 'Nadia Shah'], hashtags: ['#Water'] };

describe('output metadata', () => {
  it('carries every field once, with the session’s own date', () => {
    expect(outputMetadata(session, clip, 'Omar Farooq')).toEqual({
      sessionTitle: 'Lahore dialogue with Nadia Shah',
      sessionType: 'dialogue',
      sessionDate: '2026-03-08',
      venue: 'Alhamra Hall',
      city: 'لاہور',
      organiser: 'Guftagu Trust',
      partners: ['Radio 1', 'FM 101'],
      campaign: '#PeaceTalks',
      sessionHashtags: ['#Pakistan', '#امن'],
      clipTitle: 'پانی، بجلی and "water" 2026۔',
      speaker: 'Omar Farooq',
      tags: ['water', 'Nadia Shah'],
      hashtags: ['#Water'],
      languages: ['ur', 'en'],
    });
    const undated = { ...session, metadata: { ...emptySessionMetadata() } };
    expect(outputMetadata(undated, clip, undefined)).toMatchObject({ sessionDate: '2026-01-01' });
    expect(outputMetadata(undated, clip, undefined)).not.toHaveProperty('speaker');
  });

  const table: Array<[string, string | undefined]> = [
    ['title', 'پانی، بجلی and "water" 2026۔'],
    ['album', 'Lahore dialogue with Nadia Shah'],
    ['date', '2026-03-08'],
    ['artist', 'Omar Farooq'],
    ['genre', 'dialogue'],
    ['grouping', '#PeaceTalks'],
    ['keywords', '#Water, #Pakistan, #امن, water, Nadia Shah'],
    ['description', 'پانی، بجلی and "water" 2026۔ #Water'],
  ];
  it.each(table)('MP4 tag %s', (tag, expected) => {
    expect(mp4Tags(outputMetadata(session, clip, 'Omar Farooq'))[tag]).toBe(expected);
  });

  it('lists every field in the MP4 comment and the manifest columns', () => {
    const metadata = outputMetadata(session, clip, 'Omar Farooq');
    expect(mp4Tags(metadata)['comment']).toBe(
      'Session: Lahore dialogue with Nadia Shah; Speaker: Omar Farooq; Type: dialogue; Date: 2026-03-08; Venue: Alhamra Hall; City: لاہور; Organiser: Guftagu Trust; Partners: Radio 1, FM 101; Campaign: #PeaceTalks; Session hashtags: #Pakistan #امن; Clip: پانی، بجلی and "water" 2026۔; Tags: water, Nadia Shah; Hashtags: #Water; Languages: ur, en',
    );
    expect(METADATA_COLUMNS).toEqual([
      'session_title',
      'speaker',
      'session_type',
      'session_date',
      'venue',
      'city',
      'organiser',
      'partners',
      'campaign',
      'session_hashtags',
      'clip_title',
      'tags',
      'hashtags',
      'languages',
    ]);
    expect(metadataCells(metadata)).toHaveLength(METADATA_COLUMNS.length);
    expect(metadataCells(undefined).every((cell) => cell === '')).toBe(true);
  });

  it('respects anonymity: an anonymous participant’s name is gone from every field', () => {
    const nadia = person({ name: 'Nadia Shah', gender: 'woman', consent: { scope: 'publish-anonymous' } });
    const publication = publicationOf(nadia);
    const metadata = outputMetadata(
      publishedSession(session, publication),
      publishedClip({ ...clip, id: 'c1', mediaId: 'm', startMs: 0, endMs: 1, createdAt: 'now' }, publication),
      publication.speakerName,
    );
    expect(JSON.stringify(metadata)).not.toContain('Nadia');
    expect(metadata.speaker).toBe(`Participant ${nadia.number}`);
    expect(metadata.sessionTitle).toBe(`Lahore dialogue with Participant ${nadia.number}`);
  });
});
