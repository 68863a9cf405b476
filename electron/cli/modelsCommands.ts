import { formatBytes } from '../../shared/format/duration';
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
  else
    printTable([
      ['MODEL', 'SIZE', 'CHECK', 'NOTE'],
      ...models.installed.map((model) => [
        model.id,
        formatBytes(model.sizeBytes),
        model.verification,
        model.problem ?? model.note ?? '',
      ]),
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

export async function modelsImportCommand(engine: Engine, file: string): Promise<number> {
  const model = await engine.api['models.import']({ path: file });
  process.stdout.write(
    `Imported ${model.id} (${formatBytes(model.sizeBytes)}, ${model.verification}) into the models folder.\n`,
  );
  return 0;
}

export async function modelsRemoveCommand(engine: Engine, id: string): Promise<number> {
  const { removed } = await engine.api['models.remove']({ id });
  process.stdout.write(`Removed ${removed.join(', ')}\n`);
  return 0;
}
