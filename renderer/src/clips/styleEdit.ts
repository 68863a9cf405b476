import type { CaptionStyle } from '../../../shared/model/clips';

/** Languages a caption track is usually in (the transcript's tracks are found by language). */
export const captionLanguages = ['ur', 'en', 'sd', 'pa', 'ps'] as const;

/** An id for a new style from its name: lowercase ASCII, digits and dashes, made unique among `taken`. */
export function styleIdFrom(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'style';
  let id = base;
  for (let number = 2; taken.includes(id); number++) id = `${base}-${number}`;
  return id;
}

/** Whether a style of this name exists already (case, spacing and width of the name ignored). */
export function styleNameTaken(name: string, takenNames: readonly string[]): boolean {
  const key = (value: string) => value.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase();
  return takenNames.some((taken) => key(taken) === key(name));
}

/** Bilingual on or off: a second line in `language`, or none (its track id cleared too). */
export function withSecondary(style: CaptionStyle, language: string | undefined): CaptionStyle {
  const { secondaryLanguage: _language, secondaryTrackId: _track, ...rest } = style;
  return language ? { ...rest, secondaryLanguage: language } : rest;
}
