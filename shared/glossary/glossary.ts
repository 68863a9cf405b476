import { z } from 'zod';

/**
 * The workspace glossary: terms the team writes a particular way ("Media Baithak", "گفتگو"), kept in the
 * workspace's glossary.json and put into whisper's initial prompt after the session's names
 * (shared/transcript/vocabulary.ts). The rules for adding and removing a term live here. Pure.
 */
export const GLOSSARY_SCHEMA_VERSION = 1;
export const GLOSSARY_MAX_TERMS = 500;
export const GLOSSARY_TERM_MAX_CHARS = 100;

export const glossaryTermSchema = z.string().min(1).max(GLOSSARY_TERM_MAX_CHARS);

export const glossaryDocumentSchema = z.object({
  schemaVersion: z.literal(GLOSSARY_SCHEMA_VERSION),
  terms: z.array(glossaryTermSchema).max(GLOSSARY_MAX_TERMS),
});
export type GlossaryDocument = z.infer<typeof glossaryDocumentSchema>;

export const emptyGlossary = (): GlossaryDocument => ({ schemaVersion: GLOSSARY_SCHEMA_VERSION, terms: [] });

/** A term as stored: Unicode NFC, inner spaces as one, none around (so "Media  Baithak " is "Media Baithak"). */
export function tidyTerm(term: string): string {
  return term.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Two spellings are the same term when they differ only in case (whisper's prompt takes each term once). */
const sameTerm = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

export type GlossaryRefusal = 'term-empty' | 'term-too-long' | 'glossary-full';

export type GlossaryAdd =
  { ok: true; terms: string[]; added: boolean; term: string } | { ok: false; refusal: GlossaryRefusal };

/**
 * Adds a term at the end. A term already there (case aside) is not added twice, and its spelling is replaced
 * by the new one (the team corrected it: "Media baithak" → "Media Baithak").
 */
export function addTerm(terms: readonly string[], input: string): GlossaryAdd {
  const term = tidyTerm(input);
  if (term === '') return { ok: false, refusal: 'term-empty' };
  if ([...term].length > GLOSSARY_TERM_MAX_CHARS) return { ok: false, refusal: 'term-too-long' };
  const index = terms.findIndex((existing) => sameTerm(existing, term));
  if (index >= 0) {
    const next = [...terms];
    next[index] = term;
    return { ok: true, terms: next, added: false, term };
  }
  if (terms.length >= GLOSSARY_MAX_TERMS) return { ok: false, refusal: 'glossary-full' };
  return { ok: true, terms: [...terms, term], added: true, term };
}

/** Removes a term (case aside); `removed` is false when it was not there. */
export function removeTerm(terms: readonly string[], input: string): { terms: string[]; removed: boolean } {
  const term = tidyTerm(input);
  const next = terms.filter((existing) => !sameTerm(existing, term));
  return { terms: next, removed: next.length !== terms.length };
}
