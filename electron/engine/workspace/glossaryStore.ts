import path from 'node:path';
import type { GuftaguError } from '../../../shared/errors';
import { engineError } from '../../../shared/errorTexts';
import {
  addTerm,
  emptyGlossary,
  GLOSSARY_MAX_TERMS,
  GLOSSARY_SCHEMA_VERSION,
  GLOSSARY_TERM_MAX_CHARS,
  glossaryDocumentSchema,
  removeTerm,
  type GlossaryDocument,
  type GlossaryRefusal,
} from '../../../shared/glossary/glossary';
import type { DocumentChange } from '../../../shared/model/documents';
import { JsonDocument } from './jsonDocument';

export const GLOSSARY_FILE = 'glossary.json';

/**
 * `<workspace>/glossary.json`: the workspace glossary. Each change is a locked read-modify-write announced as
 * workspace.changed (kind 'glossary'), so every window and the CLI see the same terms.
 */
export class GlossaryStore {
  readonly document: JsonDocument<GlossaryDocument>;

  constructor(workspacePath: string, notify: (change: DocumentChange) => void = () => {}) {
    this.document = new JsonDocument(
      path.join(workspacePath, GLOSSARY_FILE),
      {
        label: 'Glossary file',
        schema: glossaryDocumentSchema,
        currentVersion: GLOSSARY_SCHEMA_VERSION,
        migrations: {},
      },
      {
        empty: emptyGlossary,
        change: { identity: { kind: 'glossary', documentId: GLOSSARY_FILE }, notify },
      },
    );
  }

  async terms(): Promise<string[]> {
    return (await this.document.read()).terms;
  }

  async add(term: string): Promise<{ terms: string[]; added: boolean; term: string }> {
    const { result } = await this.document.change((draft) => {
      const outcome = addTerm(draft.terms, term);
      if (!outcome.ok) throw refusalError(outcome.refusal);
      draft.terms = outcome.terms;
      return outcome;
    });
    return { terms: result.terms, added: result.added, term: result.term };
  }

  async remove(term: string): Promise<{ terms: string[]; removed: boolean }> {
    const { result } = await this.document.change((draft) => {
      const outcome = removeTerm(draft.terms, term);
      draft.terms = outcome.terms;
      return outcome;
    });
    return result;
  }
}

function refusalError(refusal: GlossaryRefusal): GuftaguError {
  switch (refusal) {
    case 'term-empty':
      return engineError('glossary-term-empty', {}, { field: 'term' });
    case 'term-too-long':
      return engineError('glossary-term-too-long', { max: GLOSSARY_TERM_MAX_CHARS }, { field: 'term' });
    case 'glossary-full':
      return engineError('glossary-full', { max: GLOSSARY_MAX_TERMS }, { field: 'term' });
  }
}
