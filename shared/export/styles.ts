import { captionStyleSchema, type CaptionStyle, type CaptionStyleInput } from '../model/clips';

const builtIn = (style: CaptionStyleInput): CaptionStyle =>
  captionStyleSchema.parse({ ...style, builtIn: true });

/** Built-in caption styles; users save their own (or a copy with the same id) in `<workspace>/styles.json`. */
export const builtInStyles: readonly CaptionStyle[] = [
  builtIn({
    id: 'urdu-english',
    name: 'Urdu + English (outline)',
    primaryLanguage: 'ur',
    secondaryLanguage: 'en',
  }),
  builtIn({ id: 'urdu', name: 'Urdu only (outline)', primaryLanguage: 'ur' }),
  builtIn({ id: 'english', name: 'English only (outline)', primaryLanguage: 'en', font: 'sans' }),
  builtIn({
    id: 'urdu-english-box',
    name: 'Urdu + English (black box)',
    primaryLanguage: 'ur',
    secondaryLanguage: 'en',
    box: true,
    outlinePx: 8,
  }),
  builtIn({
    id: 'karaoke',
    name: 'Urdu with the spoken word highlighted',
    primaryLanguage: 'ur',
    highlightActiveWord: true,
  }),
];

export const DEFAULT_STYLE_ID = 'urdu-english';

/** Built-in styles with the user's saved ones: a user style with a built-in's id replaces it. */
export function mergeStyles(user: readonly CaptionStyle[]): CaptionStyle[] {
  const userIds = new Set(user.map((style) => style.id));
  return [
    ...builtInStyles.filter((style) => !userIds.has(style.id)),
    ...user.map((style) => ({ ...style, builtIn: false })),
  ];
}
