import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PIN_README, PinError } from './pinError';

/**
 * resources/ffmpeg-manifest.json: per target (`<platform>-<arch>` as Node names them) the archives to download,
 * each pinned by sha256, and which files to take out of each. This module reads it and decides, before any
 * download, whether a target can be built: every archive needs a sha256, an https URL, and together they must
 * give exactly an ffmpeg and an ffprobe. It fails closed: an empty sha256 refuses the target, and so does a
 * target kept in the manifest with the reason why no build is pinned for it ("unpinned").
 * Archive types: 'tgz' is an npm package tarball (https://registry.npmjs.org/<name>/-/<name>-<version>.tgz,
 * immutable per version, its files under package/).
 */
export const archiveTypes = ['zip', 'tar.xz', 'tgz'] as const;
export type ArchiveType = (typeof archiveTypes)[number];

const archiveSchema = z.object({
  url: z.string().min(1),
  /** Empty until the release engineer fills it from a checked download: then the target is refused. */
  sha256: z.string(),
  type: z.enum(archiveTypes),
  /** Output file name (in resources/bin of the package) → its path inside the archive. */
  files: z.record(z.string(), z.string()),
});

const targetSchema = z
  .object({
    /** Where the build comes from and under which licence (for people; not read by the script). */
    source: z.string().optional(),
    /** The FFmpeg version of this target's ffmpeg (else the manifest's ffmpegVersion). */
    ffmpegVersion: z.string().min(1).optional(),
    /** Why no build is pinned for this target: set, the target is refused with this reason. */
    unpinned: z.string().min(1).optional(),
    archives: z.array(archiveSchema),
  })
  .refine((entry) => entry.unpinned !== undefined || entry.archives.length > 0, {
    message: 'a target needs archives, or "unpinned" saying why it has none',
  });

const manifestSchema = z.object({
  about: z.array(z.string()).optional(),
  /** The FFmpeg version of every target that does not name its own. */
  ffmpegVersion: z.string().min(1).optional(),
  targets: z.record(z.string(), targetSchema),
});

export type FfmpegManifest = z.infer<typeof manifestSchema>;

/** One archive, checked: its sha256 is 64 lower-case hex digits and its URL may be fetched. */
export interface PinnedArchive {
  url: string;
  sha256: string;
  type: ArchiveType;
  files: Record<string, string>;
}

export interface PinnedTarget {
  target: string;
  ffmpegVersion: string;
  archives: PinnedArchive[];
}

/** The manifest key for a platform and architecture: 'linux-x64', 'win32-x64', 'darwin-arm64'. */
export const targetKey = (platform: string, arch: string): string => `${platform}-${arch}`;

/** The two programs a target must give, named as they ship in resources/bin. */
export function programNames(target: string): [string, string] {
  const exe = target.startsWith('win32-') ? '.exe' : '';
  return [`ffmpeg${exe}`, `ffprobe${exe}`];
}

export const defaultManifestPath = (root: string) => path.join(root, 'resources', 'ffmpeg-manifest.json');

export function readManifest(file: string): FfmpegManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PinError(
      'manifest-invalid',
      `The ffmpeg manifest ${file} cannot be read as JSON.`,
      `Fix the file (${PIN_README}).`,
      { cause: error },
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new PinError(
      'manifest-invalid',
      `The ffmpeg manifest ${file} is not in the expected shape: ${parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}.`,
      `Fix the file (${PIN_README}).`,
    );
  }
  return parsed.data;
}

const SHA256 = /^[0-9a-f]{64}$/;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** The pins of one target, or a PinError saying what is missing. Downloads nothing. */
export function pinnedTarget(manifest: FfmpegManifest, target: string): PinnedTarget {
  const entry = manifest.targets[target];
  if (!entry) {
    throw new PinError(
      'target-unknown',
      `The ffmpeg manifest has no build for ${target} (it has ${Object.keys(manifest.targets).join(', ')}).`,
      `Add a pinned archive for ${target} to resources/ffmpeg-manifest.json (${PIN_README}).`,
    );
  }
  if (entry.unpinned !== undefined) {
    throw new PinError(
      'target-unpinned',
      `No ffmpeg is pinned for ${target}: ${entry.unpinned}`,
      `Build the installer on (or for) another platform, or pin a checked build for ${target} in resources/ffmpeg-manifest.json (${PIN_README}).`,
    );
  }
  const ffmpegVersion = entry.ffmpegVersion ?? manifest.ffmpegVersion;
  if (ffmpegVersion === undefined) {
    throw new PinError(
      'manifest-invalid',
      `The ffmpeg manifest does not say which FFmpeg version ${target} pins.`,
      `Write "ffmpegVersion" into the entry for ${target} (${PIN_README}).`,
    );
  }
  const archives = entry.archives.map((archive) => checkArchive(target, archive));
  const given = archives.flatMap((archive) => Object.keys(archive.files));
  const duplicates = given.filter((name, index) => given.indexOf(name) !== index);
  if (duplicates.length > 0) {
    throw new PinError(
      'manifest-invalid',
      `The ffmpeg manifest names ${duplicates.join(', ')} more than once for ${target}.`,
      `Take each program from one archive only (${PIN_README}).`,
    );
  }
  const missing = programNames(target).filter((name) => !given.includes(name));
  if (missing.length > 0) {
    throw new PinError(
      'manifest-invalid',
      `The ffmpeg manifest gives no ${missing.join(' or ')} for ${target}.`,
      `Name ${missing.join(' and ')} in the "files" of an archive for ${target} (${PIN_README}).`,
    );
  }
  return { target, ffmpegVersion, archives };
}

function checkArchive(target: string, archive: z.infer<typeof archiveSchema>): PinnedArchive {
  const sha256 = archive.sha256.trim().toLowerCase();
  if (sha256 === '') {
    throw new PinError(
      'sha256-missing',
      `No sha256 is pinned for ${archive.url} (${target}), so it cannot be checked and is not used.`,
      `Download it once, check it, and write its sha256 into resources/ffmpeg-manifest.json (${PIN_README}).`,
    );
  }
  if (!SHA256.test(sha256)) {
    throw new PinError(
      'manifest-invalid',
      `The sha256 pinned for ${archive.url} (${target}) is not 64 hexadecimal digits: "${archive.sha256}".`,
      `Write the archive's full sha256 (sha256sum / shasum -a 256 / certutil -hashfile … SHA256).`,
    );
  }
  let url: URL;
  try {
    url = new URL(archive.url);
  } catch {
    throw new PinError(
      'url-refused',
      `"${archive.url}" (${target}) is not a URL.`,
      `Fix the URL in resources/ffmpeg-manifest.json.`,
    );
  }
  // Plain http only to this computer (the tests' local server); anything else must be https.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    throw new PinError(
      'url-refused',
      `${archive.url} (${target}) is not an https URL.`,
      'Pin an https download of the archive.',
    );
  }
  for (const [name, inner] of Object.entries(archive.files)) {
    if (!isPlainName(name) || !isSafeInnerPath(inner)) {
      throw new PinError(
        'manifest-invalid',
        `"${name}": "${inner}" (${target}) is not a plain file name and a relative path inside the archive.`,
        `Name the output file without folders, and its path inside the archive without "..".`,
      );
    }
  }
  return { url: archive.url, sha256, type: archive.type, files: archive.files };
}

const isPlainName = (name: string) => /^[A-Za-z0-9._+-]+$/.test(name) && name !== '.' && name !== '..';

/** A relative path of plain names: no "..", no leading "/", no drive, no pattern characters (unzip reads them). */
function isSafeInnerPath(inner: string): boolean {
  return inner.split('/').every((part) => isPlainName(part));
}
