import type { Command } from 'commander';
import type { Engine } from '../engine/types';
import type { CliKit } from './programmeCommands';

/**
 * `guftagu glossary list|add|remove`: the workspace glossary, the terms whisper's initial prompt spells as the
 * team writes them (after the session's names). The same document the app edits in Settings.
 */
export function registerGlossaryCommands(program: Command, kit: CliKit): void {
  const glossary = program
    .command('glossary')
    .description("the workspace glossary: terms whisper's prompt spells as the team writes them");
  glossary
    .command('list')
    .description('list the terms, one a line')
    .addOption(kit.workspaceOption())
    .option('--json', 'print as JSON')
    .action(
      kit.withEngine(async (engine: Engine, options: { json?: boolean }) => {
        const { terms } = await engine.api['glossary.list']({});
        process.stdout.write(options.json ? `${JSON.stringify({ terms }, null, 2)}\n` : lines(terms));
        return 0;
      }),
    );
  glossary
    .command('add <term...>')
    .description('add a term (words given separately are joined with spaces: Media Baithak)')
    .addOption(kit.workspaceOption())
    .option('--json', 'print the result as JSON')
    .action(
      kit.withEngine(async (engine: Engine, words: string[], options: { json?: boolean }) => {
        const result = await engine.api['glossary.add']({ term: words.join(' ') });
        if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else
          process.stderr.write(
            result.added
              ? `Added "${result.term}".\n`
              : `"${result.term}" was there already; spelling kept as given.\n`,
          );
        return 0;
      }),
    );
  glossary
    .command('remove <term...>')
    .description('remove a term (case does not matter)')
    .addOption(kit.workspaceOption())
    .option('--json', 'print the result as JSON')
    .action(
      kit.withEngine(async (engine: Engine, words: string[], options: { json?: boolean }) => {
        const term = words.join(' ');
        const result = await engine.api['glossary.remove']({ term });
        if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else if (!result.removed) process.stderr.write(`"${term}" is not in the glossary.\n`);
        else process.stderr.write(`Removed "${term}".\n`);
        return result.removed ? 0 : 1;
      }),
    );
}

const lines = (terms: readonly string[]) => terms.map((term) => `${term}\n`).join('');
