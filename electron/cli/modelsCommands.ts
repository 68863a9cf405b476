import type { Command } from 'commander';
import { GuftaguError } from '../../shared/errors';
import { formatBytes } from '../../shared/format/duration';
import { parseModelLanguages } from '../../shared/model/modelRegistry';
import type { InstalledModel } from '../../shared/model/whisperModels';
import { finishedJobStates, type JobSnapshot } from '../../shared/model/jobs';
import type { Engine } from '../engine/types';
import { printError, printTable } from './output';
import type { CliKit } from './programmeCommands';
import { createJobProgressView } from './progress';
import { modelsRecommendCommand, type RecommendOptions } from './recommendCommand';
import { vadModelDownloadCommand } from './vadModelCommand';

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

/** `guftagu models list|download|download-vad|recommend|import|rename|remove`. */
export function registerModelsCommands(program: Command, kit: CliKit): void {
  const models = program.command('models').description('whisper models: list, download, import, remove');
  models
    .command('list')
    .description('list installed models (and, with --all, every model that can be downloaded)')
    .addOption(kit.workspaceOption())
    .option('--all', 'also list the catalogue')
    .option('--json', 'print as JSON')
    .action(
      kit.withEngine((engine, options: { all?: boolean; json?: boolean }) =>
        modelsListCommand(engine, options),
      ),
    );
  models
    .command('download <id>')
    .description(
      'download a model from the whisper.cpp repository (or the VAD model, silero-v5.1.2), with resume and checksum',
    )
    .addOption(kit.workspaceOption())
    .action(kit.withEngine((engine, id: string) => modelsDownloadCommand(engine, id)));
  models
    .command('download-vad')
    .description(
      'download the voice activity model (Silero VAD) that skips silence, with resume and checksum (same as "models download silero-v5.1.2")',
    )
    .action(withAbortSignal((signal) => vadModelDownloadCommand(signal)));
  models
    .command('recommend')
    .description(
      'the installed model to use for a language and, with --file, how long transcribing that file takes on this computer',
    )
    .option('-l, --language <code|auto>', 'spoken language: ur, en, sd, pa, ps, auto', 'auto')
    .option(
      '--file <media>',
      'estimate the time for this recording (a 30 s calibration run when nothing is measured yet)',
    )
    .option('-m, --model <id>', 'estimate for this installed model instead of the recommended one')
    .option('--translate', 'with an English translation track (two passes)')
    .option('--vad', 'with voice activity detection')
    .option('--no-vad', 'without voice activity detection')
    .option('--no-calibrate', 'do not run whisper: answer from earlier measurements or a guess')
    .option('--json', 'print as JSON')
    .action(withAbortSignal((signal, options: RecommendOptions) => modelsRecommendCommand(options, signal)));
  models
    .command('import <file>')
    .description('add a ggml model file you already have (a fine-tune, say), with a name and its languages')
    .addOption(kit.workspaceOption())
    .option('--name <name>', 'the name to show, e.g. "Urdu small fine-tune"')
    .option('--languages <codes>', 'the languages it was made for, e.g. ur,en')
    .action(
      kit.withEngine((engine, file: string, options: ModelDetailsOptions) =>
        modelsImportCommand(engine, file, options),
      ),
    );
  models
    .command('rename <id>')
    .description("change an imported model's name or languages")
    .addOption(kit.workspaceOption())
    .option('--name <name>', 'the name to show')
    .option('--languages <codes>', 'the languages it was made for, e.g. ur,en')
    .action(
      kit.withEngine((engine, id: string, options: ModelDetailsOptions) =>
        modelsRenameCommand(engine, id, options),
      ),
    );
  models
    .command('remove <id>')
    .description('delete an installed model (or the VAD model, silero-v5.1.2)')
    .addOption(kit.workspaceOption())
    .action(kit.withEngine((engine, id: string) => modelsRemoveCommand(engine, id)));
}

/**
 * Runs a command that needs no engine with a signal Ctrl+C aborts, then sets the exit code: 130 when it was
 * aborted, 1 on another failure.
 */
function withAbortSignal<A extends unknown[]>(run: (signal: AbortSignal, ...args: A) => Promise<number>) {
  return async (...args: A) => {
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    try {
      process.exitCode = await run(controller.signal, ...args);
    } catch (error) {
      printError(error);
      process.exitCode = controller.signal.aborted ? 130 : 1;
    } finally {
      process.off('SIGINT', stop);
    }
  };
}
