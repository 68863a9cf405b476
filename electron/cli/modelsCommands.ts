import { GuftaguError } from '../../shared/errors';
import { formatBytes } from '../../shared/format/duration';
import { parseModelLanguages } from '../../shared/model/modelRegistry';
import type { InstalledModel } from '../../shared/model/whisperModels';
import { finishedJobStates, type JobSnapshot } from '../../shared/model/jobs';
import type { Engine } from '../engine/types';
import { printTable } from './output';
import { createJobProgressView } from './progress';

export async function modelsListCommand(
  engine: Engine,
  options: { all?: boolean; json?: boolean },
): Promise<number> {
  const models = await engine.api['models.list']({});
  if (options.json) {
    process.stdout.write(`${JSON.stringify(models, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`Models folder: ${models.folder} (${formatBytes(models.diskUseBytes)} used)\n`);
  if (models.installed.length === 0)
    process.stdout.write('No models installed. Download one: guftagu models download small\n');
  const vad = models.vad;
  printTable([
    ['MODEL', 'KIND', 'SIZE', 'CHECK', 'NOTE'],
    ...models.installed.map((model) => [
      model.id,
      'speech recognition',
      formatBytes(model.sizeBytes),
      model.verification,
      model.problem ?? importedNote(model) ?? model.note ?? '',
    ]),
    [
      vad.id,
      'voice activity detection',
      formatBytes(vad.bytes),
      vad.state,
      vad.state === 'missing' || vad.state === 'damaged'
        ? `skips silence; get it with: guftagu models download ${vad.id}`
        : `skips silence${vad.state === 'own' ? ` (GUFTAGU_VAD_MODEL: ${vad.path ?? ''})` : ''}`,
    ],
  ]);
  for (const partial of models.partials)
    process.stdout.write(
      `Partial download: ${partial.id} (${formatBytes(partial.receivedBytes)}); "guftagu models download ${partial.id}" resumes it.\n`,
    );
  if (options.all) {
    process.stdout.write('\nAvailable:\n');
    printTable([
      ['MODEL', 'SIZE', 'LANGUAGES', 'NOTE'],
      ...models.catalogue.map((entry) => [
        entry.id,
        formatBytes(entry.bytes),
        entry.multilingual ? 'many' : 'English',
        entry.note,
      ]),
    ]);
  }
  return 0;
}

export async function modelsDownloadCommand(engine: Engine, id: string): Promise<number> {
  const view = createJobProgressView();
  const { jobId } = await engine.api['models.download']({ id });
  const final = await new Promise<JobSnapshot>((resolve) => {
    engine.events.on('jobs.event', (job) => {
      if (job.id !== jobId) return;
      view.update(job);
      if (finishedJobStates.includes(job.state)) resolve(job);
    });
  });
  view.stop();
  if (final.state === 'succeeded') return 0;
  process.stderr.write(
    `Error: ${final.error?.message ?? final.state}\n${final.error?.hint ? `Hint: ${final.error.hint}\n` : ''}`,
  );
  return 1;
}

/** "Urdu small fine-tune (ur, en)" for an imported model with a name or languages. */
function importedNote(model: InstalledModel): string | undefined {
  if (model.source !== 'imported') return undefined;
  const languages = model.languages && model.languages.length > 0 ? ` (${model.languages.join(', ')})` : '';
  return model.displayName || languages ? `${model.displayName ?? 'imported'}${languages}` : undefined;
}

export interface ModelDetailsOptions {
  name?: string;
  languages?: string;
}

/** --name and --languages as the API takes them; a bad language code is refused before anything is copied. */
function detailsFrom(options: ModelDetailsOptions): { displayName?: string; languages?: string[] } {
  let languages: string[] | undefined;
  if (options.languages !== undefined) {
    try {
      languages = parseModelLanguages(options.languages);
    } catch (error) {
      throw new GuftaguError(
        'invalid-request',
        error instanceof Error ? error.message : String(error),
        'Pass --languages as a comma-separated list, for example --languages ur,en.',
      );
    }
  }
  return {
    ...(options.name !== undefined ? { displayName: options.name } : {}),
    ...(languages ? { languages } : {}),
  };
}

export async function modelsImportCommand(
  engine: Engine,
  file: string,
  options: ModelDetailsOptions = {},
): Promise<number> {
  const model = await engine.api['models.import']({ path: file, ...detailsFrom(options) });
  const note = importedNote(model);
  process.stdout.write(
    `Imported ${model.id}${note ? ` "${note}"` : ''} (${formatBytes(model.sizeBytes)}, ${model.verification}) into the models folder.\n`,
  );
  return 0;
}

export async function modelsRenameCommand(
  engine: Engine,
  id: string,
  options: ModelDetailsOptions,
): Promise<number> {
  if (options.name === undefined && options.languages === undefined)
    throw new GuftaguError(
      'invalid-request',
      'Nothing to change.',
      'Pass --name "<display name>" and/or --languages ur,en.',
    );
  const model = await engine.api['models.update']({ id, ...detailsFrom(options) });
  process.stdout.write(`${model.id} is now "${importedNote(model) ?? model.id}".\n`);
  return 0;
}

export async function modelsRemoveCommand(engine: Engine, id: string): Promise<number> {
  const { removed } = await engine.api['models.remove']({ id });
  process.stdout.write(`Removed ${removed.join(', ')}\n`);
  return 0;
}
