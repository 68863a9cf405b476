import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PinError, type PinErrorCode } from '../../scripts/ffmpeg/pinError';
import { targetKey, type FfmpegManifest } from '../../scripts/ffmpeg/pinManifest';
import { stagePinnedFfmpeg } from '../../scripts/ffmpeg/stagePinnedFfmpeg';
import { DEBIAN_FFMPEG } from '../support/captionFrames';
import { needs } from '../support/requirements';
import { useTempDirs } from '../support/tempDir';

// scripts/fetch-ffmpeg.ts's fetch-and-verify step against a local HTTP server serving stand-in archives built
// here from real ffmpeg binaries: Debian's (libass with HarfBuzz, as a pinned build must be) and the 2018
// npm one (FriBidi only, which must be refused).
const root = path.resolve(__dirname, '../..');
const DEBIAN_FFPROBE = '/usr/bin/ffprobe';
const FRIBIDI_FFMPEG = path.join(root, 'node_modules/@ffmpeg-installer/linux-x64/ffmpeg');
const runs = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const host = targetKey(process.platform, process.arch);

const ready =
  needs('Linux x64 (the stand-in archives hold Linux binaries)', host === 'linux-x64') &&
  needs(
    `Debian's ffmpeg and ffprobe (${DEBIAN_FFMPEG})`,
    existsSync(DEBIAN_FFMPEG) && existsSync(DEBIAN_FFPROBE),
  ) &&
  needs('tar and xz (apt install xz-utils)', runs('tar', ['--version']) && runs('xz', ['--version'])) &&
  needs('zip and unzip (apt install zip unzip)', runs('zip', ['-v']) && runs('unzip', ['-v']));

const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe.runIf(ready)('fetch-ffmpeg: download, verify, cache and stage a pinned ffmpeg', () => {
  const tempDir = useTempDirs('guftagu-fetch-ffmpeg-');
  let archives: string;
  let server: Server;
  let baseUrl: string;
  const requests: string[] = [];

  beforeAll(async () => {
    archives = mkdtempSync(path.join(os.tmpdir(), 'guftagu-ffmpeg-archives-'));
    // A BtbN-like tar.xz (programs under <name>/bin/) with Debian's ffmpeg and ffprobe.
    const tree = path.join(archives, 'tree/ffmpeg-standin-linux64/bin');
    mkdirSync(tree, { recursive: true });
    copyFileSync(DEBIAN_FFMPEG, path.join(tree, 'ffmpeg'));
    copyFileSync(DEBIAN_FFPROBE, path.join(tree, 'ffprobe'));
    tarXz('good.tar.xz', path.join(archives, 'tree'), ['ffmpeg-standin-linux64']);
    // evermeet/osxexperts-like zips: one program each, at the top of the archive.
    zip('ffmpeg.zip', path.join(archives, 'tree/ffmpeg-standin-linux64/bin'), ['ffmpeg']);
    zip('ffprobe.zip', path.join(archives, 'tree/ffmpeg-standin-linux64/bin'), ['ffprobe']);
    // npm package tarballs made by `npm pack`, as the registry serves them (files under package/): ffmpeg in
    // one, ffprobe in another, like the checked-in pins (ffmpeg-static + @ffprobe-installer/<target>).
    npmPack('standin-ffmpeg', { 'bin/linux/x64/ffmpeg': DEBIAN_FFMPEG });
    npmPack('standin-ffprobe', { ffprobe: DEBIAN_FFPROBE });
    // A build whose libass has no HarfBuzz (stored, not compressed: it is 68 MB).
    if (existsSync(FRIBIDI_FFMPEG)) {
      const old = path.join(archives, 'old/bin');
      mkdirSync(old, { recursive: true });
      copyFileSync(FRIBIDI_FFMPEG, path.join(old, 'ffmpeg'));
      copyFileSync(DEBIAN_FFPROBE, path.join(old, 'ffprobe'));
      zip('fribidi.zip', path.join(archives, 'old'), ['bin/ffmpeg', 'bin/ffprobe'], ['-0']);
    }

    server = createServer((request, response) => {
      const name = (request.url ?? '/').slice(1);
      requests.push(name);
      if (name === 'interrupted.tar.xz') {
        // Promise the whole archive, send half of it, then drop the connection.
        const body = readFileSync(path.join(archives, 'good.tar.xz'));
        response.writeHead(200, { 'content-length': String(body.length) });
        response.write(body.subarray(0, Math.floor(body.length / 2)), () => response.socket?.destroy());
        return;
      }
      const file = path.join(archives, path.basename(name));
      if (!name || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-length': String(readFileSync(file).length) });
      response.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(archives, { recursive: true, force: true });
  });

  function tarXz(name: string, cwd: string, members: string[]) {
    const result = spawnSync('tar', ['-c', '-J', '-f', path.join(archives, name), '-C', cwd, ...members]);
    expect(result.status, String(result.stderr)).toBe(0);
  }

  /** `npm pack` of a package holding the given files; the tarball is <archives>/<name>-1.0.0.tgz. */
  function npmPack(name: string, files: Record<string, string>) {
    const folder = path.join(archives, 'packages', name);
    for (const [inner, from] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(folder, inner)), { recursive: true });
      copyFileSync(from, path.join(folder, inner));
    }
    writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name, version: '1.0.0' }));
    const result = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', archives], {
      cwd: folder,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(path.join(archives, `${name}-1.0.0.tgz`))).toBe(true);
  }

  function zip(name: string, cwd: string, members: string[], flags: string[] = []) {
    const result = spawnSync('zip', ['-q', ...flags, path.join(archives, name), ...members], { cwd });
    expect(result.status, String(result.stderr)).toBe(0);
  }

  const tarManifest = (url: string, sha256: string): FfmpegManifest => ({
    ffmpegVersion: 'stand-in',
    targets: {
      [host]: {
        archives: [
          {
            url,
            sha256,
            type: 'tar.xz',
            files: {
              ffmpeg: 'ffmpeg-standin-linux64/bin/ffmpeg',
              ffprobe: 'ffmpeg-standin-linux64/bin/ffprobe',
            },
          },
        ],
      },
    },
  });

  /** The two npm tarballs as one target: ffmpeg from the first, ffprobe from the second. */
  const tgzManifest = (ffmpegMember = 'package/bin/linux/x64/ffmpeg'): FfmpegManifest => ({
    targets: {
      [host]: {
        ffmpegVersion: 'stand-in',
        archives: [
          {
            url: `${baseUrl}/standin-ffmpeg-1.0.0.tgz`,
            sha256: sha256Of(path.join(archives, 'standin-ffmpeg-1.0.0.tgz')),
            type: 'tgz',
            files: { ffmpeg: ffmpegMember },
          },
          {
            url: `${baseUrl}/standin-ffprobe-1.0.0.tgz`,
            sha256: sha256Of(path.join(archives, 'standin-ffprobe-1.0.0.tgz')),
            type: 'tgz',
            files: { ffprobe: 'package/ffprobe' },
          },
        ],
      },
    },
  });

  function folders() {
    const cacheDir = path.join(tempDir(), 'cache');
    const outputRoot = path.join(tempDir(), 'resources-ffmpeg');
    return { cacheDir, outputRoot };
  }

  async function refusal(promise: Promise<unknown>): Promise<PinErrorCode> {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PinError);
    expect((error as PinError).hint.length).toBeGreaterThan(10);
    return (error as PinError).code;
  }

  const countOf = (name: string) => requests.filter((request) => request === name).length;
  const listing = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);

  it('downloads a good archive once, checks it, stages ffmpeg + ffprobe and runs them; a second run uses the cache', async () => {
    const { cacheDir, outputRoot } = folders();
    const sha256 = sha256Of(path.join(archives, 'good.tar.xz'));
    const manifest = tarManifest(`${baseUrl}/good.tar.xz`, sha256);
    const before = countOf('good.tar.xz');

    const first = await stagePinnedFfmpeg({ manifest, target: host, cacheDir, outputRoot, hostTarget: host });
    expect(first).toMatchObject({ downloaded: 1, fromCache: 0, files: ['ffmpeg', 'ffprobe'] });
    expect(first.shaper).toBe('harfbuzz'); // the real libass probe ran on the staged ffmpeg
    expect(first.folder).toBe(path.join(outputRoot, host));
    expect(sha256Of(path.join(first.folder, 'ffmpeg'))).toBe(sha256Of(DEBIAN_FFMPEG));
    expect(sha256Of(path.join(first.folder, 'ffprobe'))).toBe(sha256Of(DEBIAN_FFPROBE));
    accessSync(path.join(first.folder, 'ffmpeg'), constants.X_OK);
    expect(listing(outputRoot)).toEqual([host]); // no work folder left beside it
    expect(listing(cacheDir)).toEqual([`${sha256}.tar.xz`]); // keyed by sha256, no .part left
    expect(countOf('good.tar.xz') - before).toBe(1);

    const second = await stagePinnedFfmpeg({
      manifest,
      target: host,
      cacheDir,
      outputRoot,
      hostTarget: host,
    });
    expect(second).toMatchObject({ downloaded: 0, fromCache: 1, files: ['ffmpeg', 'ffprobe'] });
    expect(countOf('good.tar.xz') - before).toBe(1); // cache hit: no second request
  });

  it('stages ffmpeg and ffprobe from two npm package tarballs (.tgz), runs them, and takes both from the cache next time', async () => {
    const { cacheDir, outputRoot } = folders();
    const manifest = tgzManifest();
    const before = countOf('standin-ffmpeg-1.0.0.tgz');

    const first = await stagePinnedFfmpeg({ manifest, target: host, cacheDir, outputRoot, hostTarget: host });
    expect(first).toMatchObject({ downloaded: 2, fromCache: 0, files: ['ffmpeg', 'ffprobe'] });
    expect(first.ffmpegVersion).toBe('stand-in');
    expect(first.shaper).toBe('harfbuzz'); // the real libass probe ran on the ffmpeg taken out of the .tgz
    expect(sha256Of(path.join(first.folder, 'ffmpeg'))).toBe(sha256Of(DEBIAN_FFMPEG));
    expect(sha256Of(path.join(first.folder, 'ffprobe'))).toBe(sha256Of(DEBIAN_FFPROBE));
    accessSync(path.join(first.folder, 'ffprobe'), constants.X_OK);
    expect(listing(outputRoot)).toEqual([host]);
    expect(listing(cacheDir).sort()).toEqual(
      manifest.targets[host]?.archives.map((archive) => `${archive.sha256}.tgz`).sort(),
    );

    const second = await stagePinnedFfmpeg({
      manifest,
      target: host,
      cacheDir,
      outputRoot,
      hostTarget: host,
    });
    expect(second).toMatchObject({ downloaded: 0, fromCache: 2, files: ['ffmpeg', 'ffprobe'] });
    expect(countOf('standin-ffmpeg-1.0.0.tgz') - before).toBe(1);
  });

  it('refuses a .tgz that lacks the file the manifest names, and stages nothing', async () => {
    const { cacheDir, outputRoot } = folders();
    const code = await refusal(
      stagePinnedFfmpeg({
        manifest: tgzManifest('package/bin/linux/arm64/ffmpeg'),
        target: host,
        cacheDir,
        outputRoot,
      }),
    );
    expect(code).toBe('file-missing');
    expect(listing(outputRoot)).toEqual([]);
  });

  it('refuses an archive pinned as .tgz that is not a gzipped tarball (its sha256 matches)', async () => {
    const { cacheDir, outputRoot } = folders();
    const manifest = tgzManifest();
    const first = manifest.targets[host]?.archives[0];
    if (first) {
      first.url = `${baseUrl}/ffmpeg.zip`;
      first.sha256 = sha256Of(path.join(archives, 'ffmpeg.zip'));
      first.files = { ffmpeg: 'ffmpeg' };
    }
    const code = await refusal(stagePinnedFfmpeg({ manifest, target: host, cacheDir, outputRoot }));
    expect(code).toBe('extract-failed');
    expect(listing(outputRoot)).toEqual([]);
  });

  it('downloads again when the cached copy no longer matches its sha256', async () => {
    const { cacheDir, outputRoot } = folders();
    const sha256 = sha256Of(path.join(archives, 'good.tar.xz'));
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(path.join(cacheDir, `${sha256}.tar.xz`), 'damaged');
    const before = countOf('good.tar.xz');
    const staged = await stagePinnedFfmpeg({
      manifest: tarManifest(`${baseUrl}/good.tar.xz`, sha256),
      target: host,
      cacheDir,
      outputRoot,
    });
    expect(staged).toMatchObject({ downloaded: 1, fromCache: 0 });
    expect(countOf('good.tar.xz') - before).toBe(1);
    expect(sha256Of(path.join(cacheDir, `${sha256}.tar.xz`))).toBe(sha256);
  });

  it('refuses a download whose sha256 differs: nothing cached, and nothing left in resources, not even an earlier ffmpeg', async () => {
    const { cacheDir, outputRoot } = folders();
    const good = sha256Of(path.join(archives, 'good.tar.xz'));
    await stagePinnedFfmpeg({
      manifest: tarManifest(`${baseUrl}/good.tar.xz`, good),
      target: host,
      cacheDir: path.join(tempDir(), 'earlier-cache'),
      outputRoot,
    });
    expect(listing(path.join(outputRoot, host))).toEqual(['ffmpeg', 'ffprobe']);

    const wrong = createHash('sha256').update('another build').digest('hex');
    const code = await refusal(
      stagePinnedFfmpeg({
        manifest: tarManifest(`${baseUrl}/good.tar.xz`, wrong),
        target: host,
        cacheDir,
        outputRoot,
      }),
    );
    expect(code).toBe('sha256-mismatch');
    expect(listing(outputRoot)).toEqual([]);
    expect(listing(cacheDir)).toEqual([]);
  });

  it('refuses an interrupted download and keeps no partial file', async () => {
    const { cacheDir, outputRoot } = folders();
    const sha256 = sha256Of(path.join(archives, 'good.tar.xz'));
    const code = await refusal(
      stagePinnedFfmpeg({
        manifest: tarManifest(`${baseUrl}/interrupted.tar.xz`, sha256),
        target: host,
        cacheDir,
        outputRoot,
      }),
    );
    expect(code).toBe('download-incomplete');
    expect(countOf('interrupted.tar.xz')).toBeGreaterThanOrEqual(1);
    expect(listing(outputRoot)).toEqual([]);
    expect(listing(cacheDir)).toEqual([]);
  });

  it('refuses a target with a missing sha256 before any request', async () => {
    const { cacheDir, outputRoot } = folders();
    const before = requests.length;
    const code = await refusal(
      stagePinnedFfmpeg({
        manifest: tarManifest(`${baseUrl}/good.tar.xz`, ''),
        target: host,
        cacheDir,
        outputRoot,
      }),
    );
    expect(code).toBe('sha256-missing');
    expect(requests.length).toBe(before);
    expect(listing(outputRoot)).toEqual([]);
  });

  it('refuses a target name that is not <platform>-<arch> before touching any folder', async () => {
    const { cacheDir, outputRoot } = folders();
    const outside = path.join(path.dirname(outputRoot), 'keep');
    mkdirSync(outside, { recursive: true });
    const code = await refusal(
      stagePinnedFfmpeg({
        manifest: tarManifest(`${baseUrl}/good.tar.xz`, ''),
        target: '../keep',
        cacheDir,
        outputRoot,
      }),
    );
    expect(code).toBe('target-unknown');
    expect(existsSync(outside)).toBe(true);
  });

  it('refuses a 404 as a failed download', async () => {
    const { cacheDir, outputRoot } = folders();
    const code = await refusal(
      stagePinnedFfmpeg({
        manifest: tarManifest(`${baseUrl}/gone.tar.xz`, 'a'.repeat(64)),
        target: host,
        cacheDir,
        outputRoot,
      }),
    );
    expect(code).toBe('download-failed');
    expect(listing(outputRoot)).toEqual([]);
  });

  it('builds a macOS-style target from two zips (one program each) without running them here', async () => {
    const { cacheDir, outputRoot } = folders();
    const manifest: FfmpegManifest = {
      ffmpegVersion: 'stand-in',
      targets: {
        'darwin-arm64': {
          archives: [
            {
              url: `${baseUrl}/ffmpeg.zip`,
              sha256: sha256Of(path.join(archives, 'ffmpeg.zip')),
              type: 'zip',
              files: { ffmpeg: 'ffmpeg' },
            },
            {
              url: `${baseUrl}/ffprobe.zip`,
              sha256: sha256Of(path.join(archives, 'ffprobe.zip')),
              type: 'zip',
              files: { ffprobe: 'ffprobe' },
            },
          ],
        },
      },
    };
    const staged = await stagePinnedFfmpeg({
      manifest,
      target: 'darwin-arm64',
      cacheDir,
      outputRoot,
      hostTarget: host,
    });
    expect(staged).toMatchObject({ downloaded: 2, files: ['ffmpeg', 'ffprobe'] });
    expect(staged.shaper).toBeUndefined();
    expect(sha256Of(path.join(staged.folder, 'ffprobe'))).toBe(sha256Of(DEBIAN_FFPROBE));
  });

  it('refuses a file the manifest names but the archive lacks', async () => {
    const { cacheDir, outputRoot } = folders();
    const manifest = tarManifest(`${baseUrl}/good.tar.xz`, sha256Of(path.join(archives, 'good.tar.xz')));
    const archive = manifest.targets[host]?.archives[0];
    if (archive) archive.files['ffprobe'] = 'ffmpeg-standin-linux64/bin/ffprobe-missing';
    const code = await refusal(stagePinnedFfmpeg({ manifest, target: host, cacheDir, outputRoot }));
    expect(code).toBe('extract-failed');
    expect(listing(outputRoot)).toEqual([]);
  });

  it.runIf(needs(`the npm 2018 ffmpeg (${FRIBIDI_FFMPEG})`, existsSync(FRIBIDI_FFMPEG)))(
    'refuses an ffmpeg whose libass shapes with FriBidi only (Urdu would not burn in Nastaliq)',
    async () => {
      const { cacheDir, outputRoot } = folders();
      const manifest: FfmpegManifest = {
        ffmpegVersion: 'stand-in',
        targets: {
          [host]: {
            archives: [
              {
                url: `${baseUrl}/fribidi.zip`,
                sha256: sha256Of(path.join(archives, 'fribidi.zip')),
                type: 'zip',
                files: { ffmpeg: 'bin/ffmpeg', ffprobe: 'bin/ffprobe' },
              },
            ],
          },
        },
      };
      const code = await refusal(
        stagePinnedFfmpeg({ manifest, target: host, cacheDir, outputRoot, hostTarget: host }),
      );
      expect(code).toBe('binary-refused');
      expect(listing(outputRoot)).toEqual([]);
    },
  );

  /** Runs scripts/fetch-ffmpeg.ts as `npm run dist` does, without blocking this process (the server answers). */
  async function runScript(manifest: FfmpegManifest, targets: string[]) {
    const folder = tempDir();
    const manifestFile = path.join(folder, 'manifest.json');
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const outputRoot = path.join(folder, 'out');
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/tsx/dist/cli.mjs'),
        path.join(root, 'scripts/fetch-ffmpeg.ts'),
        '--manifest',
        manifestFile,
        '--cache',
        path.join(folder, 'cache'),
        '--output',
        outputRoot,
        ...targets.flatMap((target) => ['--target', target]),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { status, stdout, stderr, outputRoot };
  }

  it("the script builds this machine's target while another target is unpinned, and refuses that one by name", async () => {
    const manifest = tgzManifest();
    manifest.targets['win32-x64'] = {
      unpinned: 'no checked Windows build with a HarfBuzz libass yet.',
      archives: [],
    };
    const here = await runScript(manifest, []);
    expect(here.status, here.stderr).toBe(0);
    expect(here.stdout).toMatch(new RegExp(`${host}: ffmpeg runs here, libass shapes with harfbuzz`));
    expect(listing(path.join(here.outputRoot, host))).toEqual(['ffmpeg', 'ffprobe']);

    const windows = await runScript(manifest, ['win32-x64']);
    expect(windows.status).toBe(1);
    expect(windows.stderr).toMatch(
      /refused \(target-unpinned\): No ffmpeg is pinned for win32-x64: no checked Windows build/,
    );
    expect(listing(windows.outputRoot)).toEqual([]);
  });

  it('the script itself exits 1 with the reason when a sha256 is missing, and stages nothing', () => {
    const folder = tempDir();
    const manifestFile = path.join(folder, 'manifest.json');
    writeFileSync(manifestFile, JSON.stringify(tarManifest(`${baseUrl}/good.tar.xz`, '')));
    const outputRoot = path.join(folder, 'out');
    const result = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/tsx/dist/cli.mjs'),
        path.join(root, 'scripts/fetch-ffmpeg.ts'),
        '--manifest',
        manifestFile,
        '--cache',
        path.join(folder, 'cache'),
        '--output',
        outputRoot,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/refused \(sha256-missing\): No sha256 is pinned/);
    expect(listing(outputRoot)).toEqual([]);
  });
});
