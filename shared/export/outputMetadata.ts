import type { Clip } from '../model/clips';
import type { Session } from '../model/session';
import type { PublishedSession } from './publication';

/**
 * What every output of an export says about itself (MP4 tags, JSON sidecar, CSV manifest), defined once.
 * Built from the published session and clip, so an anonymous speaker's name is already gone, and the
 * speaker is the published name ("Participant 3" when anonymous).
 */
export interface OutputMetadata {
  sessionTitle: string;
  sessionType?: string;
  /** The session's own date (YYYY-MM-DD), never the day of the export. */
  sessionDate: string;
  venue?: string;
  city?: string;
  organiser?: string;
  partners: string[];
  campaign?: string;
  sessionHashtags: string[];
  clipTitle: string;
  speaker?: string;
  tags: string[];
  hashtags: string[];
  languages: string[];
}

/** The session's date: the one its organisers wrote down, else the day it was created. */
export const sessionDate = (session: Pick<Session, 'createdAt' | 'metadata'>): string =>
  session.metadata.date ?? session.createdAt.slice(0, 10);

export function outputMetadata(
  session: PublishedSession,
  clip: Pick<Clip, 'title' | 'tags' | 'hashtags'>,
  speakerName: string | undefined,
): OutputMetadata {
  const { metadata } = session;
  const optional = <K extends string>(key: K, value: string | undefined) =>
    value === undefined || value.trim() === '' ? {} : ({ [key]: value } as Record<K, string>);
  return {
    sessionTitle: session.title,
    ...optional('sessionType', metadata.type),
    sessionDate: sessionDate(session),
    ...optional('venue', metadata.venue),
    ...optional('city', metadata.city),
    ...optional('organiser', metadata.organiser),
    partners: [...metadata.partners],
    ...optional('campaign', metadata.campaign),
    sessionHashtags: [...metadata.hashtags],
    clipTitle: clip.title,
    ...optional('speaker', speakerName),
    tags: [...clip.tags],
    hashtags: [...clip.hashtags],
    languages: [...metadata.languages],
  };
}

type Field = keyof OutputMetadata;

/** Each field once: its manifest column and its label in the MP4 comment, in the order outputs list them. */
const FIELDS: ReadonlyArray<{ field: Field; column: string; label: string }> = [
  { field: 'sessionTitle', column: 'session_title', label: 'Session' },
  { field: 'speaker', column: 'speaker', label: 'Speaker' },
  { field: 'sessionType', column: 'session_type', label: 'Type' },
  { field: 'sessionDate', column: 'session_date', label: 'Date' },
  { field: 'venue', column: 'venue', label: 'Venue' },
  { field: 'city', column: 'city', label: 'City' },
  { field: 'organiser', column: 'organiser', label: 'Organiser' },
  { field: 'partners', column: 'partners', label: 'Partners' },
  { field: 'campaign', column: 'campaign', label: 'Campaign' },
  { field: 'sessionHashtags', column: 'session_hashtags', label: 'Session hashtags' },
  { field: 'clipTitle', column: 'clip_title', label: 'Clip' },
  { field: 'tags', column: 'tags', label: 'Tags' },
  { field: 'hashtags', column: 'hashtags', label: 'Hashtags' },
  { field: 'languages', column: 'languages', label: 'Languages' },
];

/** Hashtags are joined by spaces (as posted); other lists by `separator`. */
const spaced = new Set<Field>(['hashtags', 'sessionHashtags']);

function text(metadata: OutputMetadata, field: Field, separator = '; '): string {
  const value = metadata[field];
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value.join(spaced.has(field) ? ' ' : separator);
}

/** The manifest's metadata columns, in order. */
export const METADATA_COLUMNS: readonly string[] = FIELDS.map((item) => item.column);

/** One manifest row's metadata cells (empty ones where unknown), in METADATA_COLUMNS order. */
export const metadataCells = (metadata: OutputMetadata | undefined): string[] =>
  FIELDS.map(({ field }) => (metadata ? text(metadata, field) : ''));

/**
 * MP4 format tags (iTunes atoms the mp4 muxer writes, which ffprobe and players show): the clip title,
 * speaker, session as album, session date, type as genre, campaign as grouping, every hashtag and tag as
 * keywords, and every field, labelled, in the comment.
 */
export function mp4Tags(metadata: OutputMetadata): Record<string, string> {
  // Fields are separated by "; ", so lists inside one are joined by ", ".
  const comment = FIELDS.map(({ field, label }) => [label, text(metadata, field, ', ')] as const)
    .filter(([, value]) => value !== '')
    .map(([label, value]) => `${label}: ${value}`)
    .join('; ');
  const keywords = [...metadata.hashtags, ...metadata.sessionHashtags, ...metadata.tags];
  const tags: Record<string, string> = {
    title: metadata.clipTitle || metadata.sessionTitle,
    album: metadata.sessionTitle,
    date: metadata.sessionDate,
    comment,
    description: [metadata.clipTitle, ...metadata.hashtags].filter(Boolean).join(' '),
  };
  if (metadata.speaker) tags['artist'] = metadata.speaker;
  if (metadata.sessionType) tags['genre'] = metadata.sessionType;
  if (metadata.campaign) tags['grouping'] = metadata.campaign;
  if (keywords.length > 0) tags['keywords'] = [...new Set(keywords)].join(', ');
  return tags;
}
