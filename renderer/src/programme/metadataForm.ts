import type { MetadataPatch } from '../../../shared/api/methods/programme';
import type { SessionMetadata, SessionType } from '../../../shared/model/programme';

/** The session details as the form holds them: text fields as strings ('' = not set), lists as arrays. */
export interface MetadataForm {
  type: SessionType | '';
  date: string;
  venue: string;
  city: string;
  organiser: string;
  campaign: string;
  link: string;
  partners: string[];
  hashtags: string[];
  topics: string[];
  languages: string[];
}
export type MetadataField = keyof MetadataForm;
export type TextField = 'date' | 'venue' | 'city' | 'organiser' | 'campaign' | 'link';
export type ListField = 'partners' | 'hashtags' | 'topics' | 'languages';

export const textFields: readonly TextField[] = ['date', 'venue', 'city', 'organiser', 'campaign', 'link'];
export const listFields: readonly ListField[] = ['partners', 'hashtags', 'topics', 'languages'];
export const metadataFields: readonly MetadataField[] = ['type', ...textFields, ...listFields];

export function formFromMetadata(metadata: SessionMetadata): MetadataForm {
  return {
    type: metadata.type ?? '',
    date: metadata.date ?? '',
    venue: metadata.venue ?? '',
    city: metadata.city ?? '',
    organiser: metadata.organiser ?? '',
    campaign: metadata.campaign ?? '',
    link: metadata.link ?? '',
    partners: [...metadata.partners],
    hashtags: [...metadata.hashtags],
    topics: [...metadata.topics],
    languages: [...metadata.languages],
  };
}

const same = (a: MetadataForm[MetadataField], b: MetadataForm[MetadataField]): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((value, index) => value === b[index])
    : a === b;

/** Fields whose value differs between two forms, in form order. */
export function changedFields(before: MetadataForm, after: MetadataForm): MetadataField[] {
  return metadataFields.filter((field) => !same(before[field], after[field]));
}

/** The patch that saves one field: an empty text (or no type) clears it. */
export function patchFor(field: MetadataField, form: MetadataForm): MetadataPatch {
  if (field === 'type') return { type: form.type === '' ? null : form.type };
  if ((listFields as readonly string[]).includes(field)) return { [field]: form[field] };
  const value = form[field];
  return { [field]: typeof value === 'string' && value.trim() !== '' ? value : null };
}

/** Copies one field's saved (engine-cleaned) value into the form. */
export function withField(form: MetadataForm, field: MetadataField, from: MetadataForm): MetadataForm {
  return { ...form, [field]: from[field] };
}
