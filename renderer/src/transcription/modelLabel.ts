import type { InstalledModel } from '../../../shared/model/whisperModels';

/**
 * How the transcribe form's picker names a model: an imported model's own name with its languages
 * ("Urdu small fine-tune (ur, en)"), else its id. Codes, not words: an <option> cannot hold isolates well.
 */
export function modelOptionLabel(model: Pick<InstalledModel, 'id' | 'displayName' | 'languages'>): string {
  const languages = model.languages && model.languages.length > 0 ? ` (${model.languages.join(', ')})` : '';
  return model.displayName ? `${model.displayName}${languages}` : `${model.id}${languages}`;
}
