import { z } from 'zod';
import { glossaryTermSchema } from '../../glossary/glossary';
import { empty, method } from './define';

/** The workspace glossary (shared/glossary/glossary.ts): terms whisper's prompt spells as the team does. */
export const glossaryMethods = {
  'glossary.list': method(empty, z.object({ terms: z.array(z.string()) })),
  /** Adds a term (or respells one that is there, case aside); `added` is false for a respelling. */
  'glossary.add': method(
    z.object({ term: z.string().max(1000) }),
    z.object({ terms: z.array(z.string()), added: z.boolean(), term: glossaryTermSchema }),
  ),
  'glossary.remove': method(
    z.object({ term: z.string().max(1000) }),
    z.object({ terms: z.array(z.string()), removed: z.boolean() }),
  ),
} as const;
