import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const fixture = (name: string) => readFileSync(path.join(root, 'test/fixtures/lint', name), 'utf8');

/** Lints a fixture's text as if it were a file at `pretendPath`, with the project's own config. */
async function lintAs(name: string, pretendPath: string): Promise<ESLint.LintResult> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(fixture(name), { filePath: path.join(root, pretendPath) });
  if (!result) throw new Error('ESLint returned no result');
  return result;
}

/** Lines with a layering error (one import may break several patterns). */
const restricted = (result: ESLint.LintResult) => [
  ...new Set(
    result.messages
      .filter((message) => message.ruleId === 'no-restricted-imports')
      .map((message) => message.line),
  ),
];

describe('the layering rule (ARCHITECTURE.md) is enforced by lint', () => {
  it('fails a renderer file that imports Node, Electron or electron/', async () => {
    const result = await lintAs('renderer-imports-node.ts', 'renderer/src/lintFixture.ts');
    expect(restricted(result)).toEqual([2, 3, 4, 5]);
  });

  it('fails a shared file that imports React, Node or a binding', async () => {
    const result = await lintAs('shared-imports-react.ts', 'shared/lintFixture.ts');
    expect(restricted(result)).toEqual([2, 3, 4]);
  });

  it('fails an engine file that imports Electron or the server', async () => {
    const result = await lintAs('engine-imports-electron.ts', 'electron/engine/lintFixture.ts');
    expect(restricted(result)).toEqual([3, 4]);
  });

  it('passes a renderer file that imports only shared/', async () => {
    const result = await lintAs('renderer-good.ts', 'renderer/src/lintFixture.ts');
    expect(result.errorCount).toBe(0);
  });

  it('makes the eslint command (what npm run lint runs) exit non-zero', () => {
    const run = spawnSync(
      path.join(root, 'node_modules/.bin/eslint'),
      ['--stdin', '--stdin-filename', 'renderer/src/lintFixture.ts'],
      {
        cwd: root,
        input: fixture('renderer-imports-node.ts'),
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/no-restricted-imports/);
  });
});
