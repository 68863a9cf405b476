import { Command, Option } from 'commander';
import { createEngine } from '../engine/engine';
import type { Engine } from '../engine/types';
import { doctorCommand, importCommand, sessionCreateCommand, sessionListCommand } from './commands';
import { printError } from './output';
import packageJson from '../../package.json';

const workspaceOption = () => new Option('-w, --workspace <dir>', 'workspace folder (default: $GUFTAGU_WORKSPACE, the setting, or ~/Guftagu)');

/** Runs one command with an engine, then closes it (no process left behind) and sets the exit code. */
function withEngine<A extends unknown[]>(run: (engine: Engine, ...args: A) => Promise<number>) {
  return async (...args: A) => {
    const command = args[args.length - 1] as Command;
    const { workspace } = command.opts<{ workspace?: string }>();
    let engine: Engine | undefined;
    const stop = () => void engine?.close().finally(() => process.exit(130));
    process.once('SIGINT', stop);
    try {
      engine = await createEngine({ ...(workspace ? { workspacePath: workspace } : {}), binding: 'cli' });
      process.exitCode = await run(engine, ...args);
    } catch (error) {
      printError(error);
      process.exitCode = 1;
    } finally {
      await engine?.close();
      process.off('SIGINT', stop);
    }
  };
}

export function buildProgram(): Command {
  const program = new Command('guftagu')
    .description('Guftagu: subtitled, platform-sized clips from interview footage.')
    .version(packageJson.version)
    .showHelpAfterError('(add --help for usage)');

  program
    .command('doctor')
    .description('show the ffmpeg, ffprobe and whisper in use, libass and its shaper, H.264 encoders and models')
    .addOption(workspaceOption())
    .option('--json', 'print the report as JSON')
    .action(withEngine((engine, options: { json?: boolean }) => doctorCommand(engine, options)));

  const session = program.command('session').description('create and list sessions');
  session
    .command('create <title>')
    .description('create a session (an event whose interviews you subtitle)')
    .addOption(workspaceOption())
    .action(withEngine((engine, title: string) => sessionCreateCommand(engine, title)));
  session
    .command('list')
    .description('list the sessions in the workspace')
    .addOption(workspaceOption())
    .option('--json', 'print as JSON')
    .action(withEngine((engine, options: { json?: boolean }) => sessionListCommand(engine, options)));

  program
    .command('import <files...>')
    .description('import footage into a session: probe, 16 kHz WAV, waveform, thumbnail, playable proxy')
    .requiredOption('-s, --session <title|id>', 'the session to import into')
    .addOption(workspaceOption())
    .action(withEngine((engine, files: string[], options: { session: string }) => importCommand(engine, files, options)));

  return program;
}

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    printError(error);
    process.exitCode = 1;
  });
