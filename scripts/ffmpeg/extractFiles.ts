import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { extract as extractTar } from 'tar';
import { PinError } from './pinError';
import type { ArchiveType } from './pinManifest';

/**
 * Takes the named members (and only those) out of a checked archive into `destination`: an npm package
 * tarball (.tgz) with the `tar` library in this process (no system tool needed), the others with the
 * system's own tools started from argument lists: `tar` for .tar.xz everywhere and for .zip on macOS and
 * Windows (bsdtar), `unzip` for .zip on Linux. Each member must come out as a regular file inside
 * `destination` (no link, no folder); its path is returned by member.
 */
export async function extractMembers(
  archive: string,
  type: ArchiveType,
  members: readonly string[],
  destination: string,
): Promise<Map<string, string>> {
  await fs.mkdir(destination, { recursive: true });
  if (type === 'tgz') {
    await extractTgz(archive, members, destination);
  } else {
    const [command, args] = extractCommand(archive, type, members, destination);
    await run(command, args, archive);
  }
  const extracted = new Map<string, string>();
  for (const member of members) {
    const file = path.join(destination, ...member.split('/'));
    const stat = await fs.lstat(file).catch(() => undefined);
    if (!stat?.isFile()) {
      throw new PinError(
        'file-missing',
        `${path.basename(archive)} has no regular file ${member}${stat ? ' (it is a link or a folder)' : ''}.`,
        'Fix the path of that file in resources/ffmpeg-manifest.json (list the archive: tar -tf / unzip -l).',
      );
    }
    extracted.set(member, file);
  }
  return extracted;
}

/** Extracts a gzipped tarball's named members. Absolute and `..` paths are refused by the library itself. */
async function extractTgz(archive: string, members: readonly string[], destination: string): Promise<void> {
  try {
    await extractTar({ file: archive, cwd: destination, strict: true, preserveOwner: false }, [...members]);
  } catch (error) {
    throw new PinError(
      'extract-failed',
      `${path.basename(archive)} could not be unpacked as a gzipped tarball (${error instanceof Error ? error.message : String(error)}).`,
      'Check that the archive "type" in resources/ffmpeg-manifest.json is right (tar -tzf lists a .tgz).',
      { cause: error },
    );
  }
}

/** The archive types unpacked by a system tool (everything but npm's .tgz). */
export type SystemArchiveType = Exclude<ArchiveType, 'tgz'>;

export function extractCommand(
  archive: string,
  type: SystemArchiveType,
  members: readonly string[],
  destination: string,
  platform: NodeJS.Platform = process.platform,
): [string, string[]] {
  if (type === 'zip' && platform === 'linux') {
    // -n: never overwrite; -q: quiet. The manifest check allows no pattern characters in member names.
    return ['unzip', ['-n', '-q', archive, ...members, '-d', destination]];
  }
  // tar -x reads .tar.xz (GNU tar and bsdtar) and, with bsdtar (macOS, Windows 10+), .zip.
  return ['tar', ['-x', '-f', archive, '-C', destination, '--', ...members]];
}

function run(command: string, args: string[], archive: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    child.on('error', (error) =>
      reject(
        new PinError(
          'extract-failed',
          `${command} could not be started to unpack ${path.basename(archive)} (${error.message}).`,
          command === 'unzip'
            ? 'Install unzip (apt install unzip).'
            : 'Install tar with xz support (apt install tar xz-utils).',
          { cause: error },
        ),
      ),
    );
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new PinError(
            'extract-failed',
            `${command} could not unpack ${path.basename(archive)} (exit ${code}): ${stderr.trim()}`,
            'Check that the paths in resources/ffmpeg-manifest.json exist in the archive (tar -tf / unzip -l).',
          ),
        );
    });
  });
}
