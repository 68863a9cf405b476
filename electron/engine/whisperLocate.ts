import { accessSync, constants } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DoctorReport, ToolReport } from '../../shared/model/doctor';
import type { Settings } from '../../shared/model/settings';
import { locateResources } from './appResources';

const binaryName = process.platform === 'win32' ? 'whisper-cli.exe' : 'whisper-cli';

/** Where whisper.cpp is: the user's own build, one packaged with the app, or the one built at install. */
export function whisperCandidates(
  settings: Pick<Settings, 'whisperPath'>,
): { path: string; source: string }[] {
  const candidates: { path: string; source: string }[] = [];
  if (settings.whisperPath) candidates.push({ path: settings.whisperPath, source: 'custom' });
  const resources = locateResources();
  candidates.push({
    path: path.join(resources.folder('bin'), binaryName),
    source: resources.layout === 'packaged' ? 'bundled' : 'built',
  });
  return candidates;
}

export async function locateWhisper(settings: Pick<Settings, 'whisperPath'>): Promise<ToolReport> {
  for (const candidate of whisperCandidates(settings)) {
    try {
      accessSync(candidate.path, constants.X_OK);
      return { name: 'whisper', path: candidate.path, source: candidate.source, ok: true };
    } catch {
      // try the next
    }
  }
  return {
    name: 'whisper',
    source: 'none',
    ok: false,
    problem:
      'whisper.cpp is not built yet. Run "npm run build:whisper", or set the path to your own whisper-cli in Settings.',
  };
}

/** Models folder: GUFTAGU_MODELS, else "models" in the per-user config folder. */
export function modelsFolder(configDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return env['GUFTAGU_MODELS'] ? path.resolve(env['GUFTAGU_MODELS']) : path.join(configDir, 'models');
}

export async function listInstalledModels(configDir: string): Promise<DoctorReport['models']> {
  const folder = modelsFolder(configDir);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const models: DoctorReport['models'] = [];
  for (const name of names.filter((candidate) => candidate.endsWith('.bin')).sort()) {
    const stat = await fs.stat(path.join(folder, name)).catch(() => undefined);
    if (stat?.isFile())
      models.push({
        name: name.replace(/^ggml-|\.bin$/g, ''),
        path: path.join(folder, name),
        sizeBytes: stat.size,
      });
  }
  return models;
}
