import { promises as fs } from 'node:fs';
import path from 'node:path';
import { libassShaper } from '../../electron/engine/media/libassShaper';
import { runProcess } from '../../electron/engine/process/runProcess';
import type { Shaper } from '../../shared/export/captionLayout';
import { fetchPinnedArchive } from './fetchArchive';
import { extractMembers } from './extractFiles';
import { PIN_README, PinError } from './pinError';
import { pinnedTarget, programNames, type FfmpegManifest } from './pinManifest';

/**
 * Puts the pinned ffmpeg + ffprobe of one target into `<outputRoot>/<target>/` (resources/ffmpeg/linux-x64/,
 * which electron-builder packs as resources/bin): pins checked, archives fetched or taken from the cache,
 * hashes checked, the named files extracted and made executable. The old folder of that target is removed
 * first, and the new one appears in one rename only when everything passed, so a refused build leaves no
 * ffmpeg behind for electron-builder to pack. When the target is this machine's, the ffmpeg is run: its libass
 * must shape with HarfBuzz, and ffprobe must start.
 */
export interface StageOptions {
  manifest: FfmpegManifest;
  target: string;
  cacheDir: string;
  outputRoot: string;
  /** The target of this machine (`${process.platform}-${process.arch}`): only that one can be run. */
  hostTarget?: string;
  /** The shaper probe (electron/engine/media/libassShaper.ts unless a test gives another). */
  probeShaper?: (ffmpegPath: string) => Promise<Shaper>;
  /** Starts ffprobe (`-version`); resolves when it ran. */
  checkFfprobe?: (ffprobePath: string) => Promise<void>;
  idleTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface StagedFfmpeg {
  target: string;
  /** The FFmpeg version the manifest pins for this target. */
  ffmpegVersion: string;
  folder: string;
  files: string[];
  downloaded: number;
  fromCache: number;
  /** Set when this machine could run the ffmpeg: its libass shaper. */
  shaper?: Shaper;
}

const TARGET_KEY = /^[a-z0-9]+-[a-z0-9]+$/;

export async function stagePinnedFfmpeg(options: StageOptions): Promise<StagedFfmpeg> {
  const log = options.log ?? (() => {});
  if (!TARGET_KEY.test(options.target)) {
    throw new PinError(
      'target-unknown',
      `"${options.target}" is not a target such as linux-x64, win32-x64 or darwin-arm64.`,
      'Name a target as <platform>-<arch>, as Node.js names them.',
    );
  }
  const folder = path.join(options.outputRoot, options.target);
  // Whatever happens next, no earlier (or half-made) ffmpeg of this target stays for electron-builder.
  await fs.rm(folder, { recursive: true, force: true });
  const pins = pinnedTarget(options.manifest, options.target);

  await fs.mkdir(options.outputRoot, { recursive: true });
  // Work folders of a run that was killed (never packed: electron-builder takes only <target>/).
  for (const name of await fs.readdir(options.outputRoot)) {
    if (name.startsWith(`.${options.target}-`))
      await fs.rm(path.join(options.outputRoot, name), { recursive: true, force: true });
  }
  const work = await fs.mkdtemp(path.join(options.outputRoot, `.${options.target}-`));
  try {
    const staged = path.join(work, 'staged');
    await fs.mkdir(staged);
    let downloaded = 0;
    let fromCache = 0;
    for (const [index, archive] of pins.archives.entries()) {
      const fetched = await fetchPinnedArchive(archive, {
        cacheDir: options.cacheDir,
        log,
        ...(options.idleTimeoutMs === undefined ? {} : { idleTimeoutMs: options.idleTimeoutMs }),
      });
      if (fetched.fromCache) fromCache += 1;
      else downloaded += 1;
      const unpacked = path.join(work, `archive-${index}`);
      const members = await extractMembers(
        fetched.file,
        archive.type,
        Object.values(archive.files),
        unpacked,
      );
      for (const [name, member] of Object.entries(archive.files)) {
        const output = path.join(staged, name);
        await fs.copyFile(members.get(member) ?? member, output);
        await fs.chmod(output, 0o755);
      }
    }

    const [ffmpegName, ffprobeName] = programNames(options.target);
    let shaper: Shaper | undefined;
    if (options.hostTarget === options.target) {
      shaper = await checkRuns(path.join(staged, ffmpegName), path.join(staged, ffprobeName), options);
      log(`${options.target}: ffmpeg runs here, libass shapes with ${shaper}`);
    } else {
      log(`${options.target}: not this machine's platform, so its ffmpeg was checked by sha256 only`);
    }

    await fs.rename(staged, folder);
    const files = (await fs.readdir(folder)).sort();
    return {
      target: options.target,
      ffmpegVersion: pins.ffmpegVersion,
      folder,
      files,
      downloaded,
      fromCache,
      ...(shaper ? { shaper } : {}),
    };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

async function checkRuns(ffmpeg: string, ffprobe: string, options: StageOptions): Promise<Shaper> {
  const probe = options.probeShaper ?? libassShaper;
  let shaper: Shaper;
  try {
    shaper = await probe(ffmpeg);
  } catch (error) {
    throw new PinError(
      'binary-refused',
      `The pinned ffmpeg for ${options.target} did not run here (${error instanceof Error ? error.message : String(error)}).`,
      `Check the archive and the path of ffmpeg in it (${PIN_README}).`,
      { cause: error },
    );
  }
  if (shaper !== 'harfbuzz') {
    throw new PinError(
      'binary-refused',
      `The pinned ffmpeg for ${options.target} ${shaper === 'none' ? 'has no libass' : `shapes with ${shaper}, not HarfBuzz`}: Urdu would not burn in Nastaliq.`,
      `Pin a build whose libass uses HarfBuzz (${PIN_README}).`,
    );
  }
  try {
    await (options.checkFfprobe ?? runsVersion)(ffprobe);
  } catch (error) {
    throw new PinError(
      'binary-refused',
      `The pinned ffprobe for ${options.target} did not run here (${error instanceof Error ? error.message : String(error)}).`,
      `Check the archive and the path of ffprobe in it (${PIN_README}).`,
      { cause: error },
    );
  }
  return shaper;
}

async function runsVersion(program: string): Promise<void> {
  const result = await runProcess({
    binary: program,
    args: ['-hide_banner', '-version'],
    toolName: 'ffprobe',
  });
  if (result.exitCode !== 0) throw new Error(`exit ${result.exitCode}: ${result.stderrTail}`);
}
