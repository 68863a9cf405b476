import { z } from 'zod';

/**
 * What the user told us about a model they imported (a fine-tune, say): the name to show and the languages
 * it was trained for, where it came from and its sha256. Kept in one document in the models folder, by file
 * name; catalogue models need no entry.
 */
export const MODEL_REGISTRY_NAME = 'guftagu-model-registry.json';

export const MAX_MODEL_DISPLAY_NAME_LENGTH = 80;
export const MAX_MODEL_LANGUAGES = 20;

/** A whisper language code: two or three lower-case letters (ur, en, sd, pa, ps, haw). */
export const modelLanguageSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'A language is a code such as ur, en, sd, pa or ps.');

export const modelDisplayNameSchema = z
  .string()
  .trim()
  .min(1, 'A model name cannot be empty.')
  .max(MAX_MODEL_DISPLAY_NAME_LENGTH, `A model name has at most ${MAX_MODEL_DISPLAY_NAME_LENGTH} letters.`);

export const modelLanguagesSchema = z
  .array(modelLanguageSchema)
  .max(MAX_MODEL_LANGUAGES, `At most ${MAX_MODEL_LANGUAGES} languages.`);

/** How the file reached the models folder: imported from a path on this computer, or uploaded (browser mode). */
export const modelOrigins = ['file', 'upload'] as const;
export type ModelOrigin = (typeof modelOrigins)[number];

export const registryEntrySchema = z.object({
  displayName: modelDisplayNameSchema.optional(),
  languages: modelLanguagesSchema.default([]),
  origin: z.enum(modelOrigins),
  /** The file name it was imported from (before any "-2" suffix). */
  sourceName: z.string().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: z.string(),
});
export type RegistryEntry = z.infer<typeof registryEntrySchema>;

export const modelRegistrySchema = z.object({
  version: z.literal(1),
  models: z.record(z.string(), registryEntrySchema),
});
export type ModelRegistry = z.infer<typeof modelRegistrySchema>;

/**
 * "ur, en" / "ur,EN" / "ur en" → ['ur', 'en'] (lower-cased, de-duplicated, order kept). Throws a readable
 * message for anything that is not a language code, so the CLI and the dialog refuse it the same way.
 */
export function parseModelLanguages(text: string): string[] {
  const codes = text
    .split(/[\s,،;]+/)
    .map((code) => code.trim().toLowerCase())
    .filter((code) => code !== '');
  const unique = [...new Set(codes)];
  const bad = unique.filter((code) => !modelLanguageSchema.safeParse(code).success);
  if (bad.length > 0)
    throw new Error(
      `"${bad.join('", "')}" ${bad.length === 1 ? 'is not a language code' : 'are not language codes'}: use codes such as ur, en, sd, pa, ps.`,
    );
  if (unique.length > MAX_MODEL_LANGUAGES) throw new Error(`At most ${MAX_MODEL_LANGUAGES} languages.`);
  return unique;
}
