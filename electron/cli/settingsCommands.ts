import path from 'node:path';
import type { Command } from 'commander';
import { GuftaguError } from '../../shared/errors';
import {
  clearableSettings,
  settingsPatchSchema,
  settingsSchema,
  type ClearableSetting,
  type Settings,
  type SettingsPatch,
} from '../../shared/model/settings';
import { resolveFfmpegTools } from '../engine/media/binaries';
import { SettingsStore } from '../engine/settingsStore';
import { defaultConfigDir } from '../engine/workspace/paths';
import { ffmpegChoiceWords } from './commands';
import { printTable } from './output';

const settingNames = Object.keys(settingsSchema.shape) as (keyof Settings)[];
/** Settings that may be left unset (a path): `guftagu settings unset` clears them. */
const clearable = clearableSettings;
const pathSettings: readonly string[] = clearable;

function settingName(name: string): keyof Settings {
  const found = settingNames.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  if (!found)
    throw new GuftaguError(
      'invalid-request',
      `There is no setting "${name}".`,
      `Settings are: ${settingNames.join(', ')}.`,
    );
  return found;
}

/** The value as typed on the command line, as the setting's type: numbers for counts, paths resolved. */
function patchFor(name: keyof Settings, text: string): SettingsPatch {
  const value: unknown =
    name === 'ffmpegConcurrency' ? Number(text) : pathSettings.includes(name) ? path.resolve(text) : text;
  const parsed = settingsPatchSchema.safeParse({ [name]: value });
  if (!parsed.success)
    throw new GuftaguError(
      'invalid-request',
      `"${text}" is not a valid ${name}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}.`,
      name === 'ffmpegSource'
        ? 'Use auto, bundled, system or custom.'
        : 'See "guftagu settings get" for the current values.',
    );
  return parsed.data;
}

const shown = (value: unknown) => (value === undefined ? '(not set)' : String(value));

/** After a change to how ffmpeg is found: which one now runs, and why (or why it cannot). */
function describeFfmpeg(settings: Settings): string {
  const tools = resolveFfmpegTools(settings);
  return `ffmpeg in use: ${tools.ffmpeg.path} (${ffmpegChoiceWords[tools.choice.reason]})\n`;
}

export async function settingsGetCommand(
  name: string | undefined,
  options: { json?: boolean },
): Promise<number> {
  const store = new SettingsStore(defaultConfigDir());
  const settings = await store.get();
  if (name) {
    const value = settings[settingName(name)];
    process.stdout.write(options.json ? `${JSON.stringify(value ?? null)}\n` : `${shown(value)}\n`);
    return 0;
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify(settings, null, 2)}\n`);
    return 0;
  }
  printTable([['SETTING', 'VALUE'], ...settingNames.map((key) => [key, shown(settings[key])])]);
  process.stdout.write(`(${store.file})\n`);
  return 0;
}

export async function settingsSetCommand(name: string, value: string): Promise<number> {
  const key = settingName(name);
  const patch = patchFor(key, value);
  const store = new SettingsStore(defaultConfigDir());
  const next = settingsSchema.parse({ ...(await store.get()), ...patch });
  // A path that cannot run is refused here, not at the next export.
  if (key.startsWith('ffmpeg') || key === 'ffprobePath') resolveFfmpegTools(next);
  const saved = await store.update(patch);
  process.stdout.write(`${key} = ${shown(saved[key])}\n`);
  if (key === 'ffmpegSource' || key === 'ffmpegPath' || key === 'ffprobePath')
    process.stdout.write(describeFfmpeg(saved));
  return 0;
}

export async function settingsUnsetCommand(name: string): Promise<number> {
  const key = settingName(name);
  if (!(clearable as readonly string[]).includes(key))
    throw new GuftaguError(
      'invalid-request',
      `${key} cannot be unset.`,
      `Set another value instead; these can be unset: ${clearable.join(', ')}.`,
    );
  const store = new SettingsStore(defaultConfigDir());
  const saved = await store.unset([key as ClearableSetting]);
  process.stdout.write(`${key} = ${shown(saved[key])}\n`);
  if (key.startsWith('ffmpeg') || key === 'ffprobePath') process.stdout.write(describeFfmpeg(saved));
  return 0;
}

/** `guftagu settings get|set|unset`: the same settings.json the app reads (the per-user config folder). */
export function registerSettingsCommands(
  program: Command,
  run: (action: () => Promise<number>) => Promise<void>,
): void {
  const settings = program
    .command('settings')
    .description('show and change settings (the same file the app reads): ffmpeg, whisper, workspace, …');
  settings
    .command('get [name]')
    .description('print every setting, or one')
    .option('--json', 'print as JSON')
    .action((name: string | undefined, options: { json?: boolean }) =>
      run(() => settingsGetCommand(name, options)),
    );
  settings
    .command('set <name> <value>')
    .description(
      'change a setting, e.g. "settings set ffmpegSource auto" or "settings set ffmpegPath /opt/ffmpeg/bin/ffmpeg"',
    )
    .action((name: string, value: string) => run(() => settingsSetCommand(name, value)));
  settings
    .command('unset <name>')
    .description(`clear a path setting (${clearable.join(', ')})`)
    .action((name: string) => run(() => settingsUnsetCommand(name)));
}
