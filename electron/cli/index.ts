import { Command, Option } from 'commander';
import { createEngine } from '../engine/engine';
import type { Engine } from '../engine/types';
import { doctorCommand, importCommand, sessionCreateCommand, sessionListCommand } from './commands';
import { registerModelsCommands } from './modelsCommands';
import { registerBurnCommand } from './burnCommand';
import { registerClipCommands } from './clipCommands';
import { registerExportCommand } from './exportCommand';
import { registerMediaCommands } from './mediaCommands';
import { printError, setVerbose } from './output';
import { registerGlossaryCommands } from './glossaryCommands';
import { registerProgrammeCommands } from './programmeCommands';
import { registerSettingsCommands } from './settingsCommands';
import { subtitlesConvertCommand, type ConvertOptions } from './subtitlesCommand';
import { transcribeCommand, type TranscribeOptions } from './transcribeCommand';
import { subtitleFormats } from '../../shared/subtitles/writeSubtitles';
import { encodingChoices } from '../../shared/subtitles/encoding';
import { subtitleFileFormats } from '../../shared/subtitles/formats';
import packageJson from '../../package.json';

const workspaceOption = () =>
  new Option(
    '-w, --workspace <dir>',
    'workspace folder (default: $GUFTAGU_WORKSPACE, the setting, or ~/Guftagu)',
  );

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
    .option('--verbose', 'on failure, also print the details (the tool output, a stack trace)')
    .showHelpAfterError('(add --help for usage)');
  program.hook('preAction', (_program, command) => {
    setVerbose(command.optsWithGlobals<{ verbose?: boolean }>().verbose === true);
  });

  program
    .command('doctor')
    .description(
      'show the ffmpeg, ffprobe and whisper in use, libass and its shaper, H.264 encoders and models',
    )
    .addOption(workspaceOption())
    .option('--json', 'print the report as JSON')
    .action(withEngine((engine, options: { json?: boolean }) => doctorCommand(engine, options)));

  const session = program.command('session').description('create, list and edit sessions');
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
    .action(
      withEngine((engine, files: string[], options: { session: string }) =>
        importCommand(engine, files, options),
      ),
    );

  program
    .command('transcribe <media>')
    .description('transcribe a video or audio file with whisper.cpp (no workspace needed)')
    .requiredOption(
      '-m, --model <name|path>',
      'an installed model (tiny, base, small, …) or a path to a ggml .bin file',
    )
    .option('-l, --language <code|auto>', 'spoken language: auto, ur, en, sd, pa, ps, …', 'auto')
    .option('--translate', 'also produce an English translation track')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices([...subtitleFormats]).default('srt'),
    )
    .option('-o, --output <file>', 'write to this file (default: standard output)')
    .option('--vad', 'skip silence with voice activity detection (default: on for recordings over a minute)')
    .option('--no-vad', 'transcribe the silence too')
    .option(
      '--prompt <text>',
      "initial prompt: names and words to spell as you write them (e.g. 'Media Baithak')",
    )
    .option(
      '--dtw',
      "precise word times by DTW (whisper -nfa -dtw <the model's preset>; encoding is 1.3-1.5x slower)",
    )
    .option('--no-dtw', 'word times from whisper’s token times (the default)')
    .option(
      '--dtw-preset <preset>',
      'DTW for a model the catalogue does not know: the preset of the model it was made from (tiny … large.v3.turbo)',
    )
    .addHelpText(
      'after',
      '\nWhich model, and how long it takes here: guftagu models recommend --language ur --file <media>\n' +
        'Progress shows the time left from the start (a bar on a terminal, a line per 10 % otherwise).',
    )
    .action(async (media: string, options: TranscribeOptions) => {
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      try {
        process.exitCode = await transcribeCommand(media, options, controller.signal);
      } catch (error) {
        printError(error);
        process.exitCode = controller.signal.aborted ? 130 : 1;
      } finally {
        process.off('SIGINT', stop);
      }
    });

  const subtitles = program
    .command('subtitles')
    .description('subtitle files: convert between formats, attach one to a recording');
  subtitles
    .command('convert <in> <out>')
    .description(
      'convert a subtitle file (SRT, WebVTT, ASS, text; UTF-8, UTF-16 or Windows-1256) to the format of <out>; overlapping cues are kept, WebVTT is read as a browser reads it (each block it skips is listed)',
    )
    .option(
      '--lenient',
      'repair what can be repaired (each repair is listed), skip the rest; WebVTT: also read sloppy times',
    )
    .addOption(
      new Option('--encoding <encoding>', 'encoding of <in>').choices([...encodingChoices]).default('auto'),
    )
    .addOption(
      new Option('-f, --format <format>', 'output format (default: from the extension of <out>)').choices([
        ...subtitleFileFormats,
      ]),
    )
    .option('-l, --language <code>', 'language of the text (ur, en, …): WebVTT header, ASS font')
    .action(async (input: string, output: string, options: ConvertOptions) => {
      try {
        process.exitCode = await subtitlesConvertCommand(input, output, options);
      } catch (error) {
        printError(error);
        process.exitCode = 1;
      }
    });

  registerModelsCommands(program, { withEngine, workspaceOption });

  registerProgrammeCommands(program, session, { withEngine, workspaceOption });
  registerMediaCommands(program, subtitles, { withEngine, workspaceOption });
  registerClipCommands(program, { withEngine, workspaceOption });
  registerGlossaryCommands(program, { withEngine, workspaceOption });
  registerExportCommand(program, { workspaceOption });
  registerBurnCommand(program);
  registerSettingsCommands(program, async (action) => {
    try {
      process.exitCode = await action();
    } catch (error) {
      printError(error);
      process.exitCode = 1;
    }
  });

  return program;
}

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    printError(error);
    process.exitCode = 1;
  });
