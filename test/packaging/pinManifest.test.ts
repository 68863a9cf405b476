import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCommand } from '../../scripts/ffmpeg/extractFiles';
import { PinError } from '../../scripts/ffmpeg/pinError';
import {
  defaultManifestPath,
  pinnedTarget,
  programNames,
  readManifest,
  type FfmpegManifest,
} from '../../scripts/ffmpeg/pinManifest';

const root = path.resolve(__dirname, '../..');
const SHA = 'ab'.repeat(32);

type Archive = FfmpegManifest['targets'][string]['archives'][number];
const archive = (changes: Partial<Archive> = {}): Archive => ({
  url: 'https://example.org/ffmpeg.tar.xz',
  sha256: SHA,
  type: 'tar.xz',
  files: { ffmpeg: 'build/bin/ffmpeg', ffprobe: 'build/bin/ffprobe' },
  ...changes,
});
const manifestWith = (target: string, archives: Archive[]): FfmpegManifest => ({
  ffmpegVersion: '7.1.1',
  targets: { [target]: { archives } },
});

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PinError);
    return (error as PinError).code;
  }
  return 'accepted';
}

describe('pinnedTarget: what a target needs before anything is downloaded', () => {
  const cases: { name: string; target?: string; archives: Archive[]; expected: string }[] = [
    { name: 'a complete pin', archives: [archive()], expected: 'accepted' },
    {
      name: 'an upper-case sha256 (read as lower case)',
      archives: [archive({ sha256: SHA.toUpperCase() })],
      expected: 'accepted',
    },
    { name: 'an empty sha256', archives: [archive({ sha256: '' })], expected: 'sha256-missing' },
    { name: 'a blank sha256', archives: [archive({ sha256: '   ' })], expected: 'sha256-missing' },
    { name: 'a short sha256', archives: [archive({ sha256: 'abc123' })], expected: 'manifest-invalid' },
    { name: 'a sha1 instead', archives: [archive({ sha256: 'a'.repeat(40) })], expected: 'manifest-invalid' },
    {
      name: 'plain http to the internet',
      archives: [archive({ url: 'http://example.org/f.tar.xz' })],
      expected: 'url-refused',
    },
    {
      name: 'plain http to this computer (tests)',
      archives: [archive({ url: 'http://127.0.0.1:8080/f.tar.xz' })],
      expected: 'accepted',
    },
    { name: 'ftp', archives: [archive({ url: 'ftp://example.org/f.tar.xz' })], expected: 'url-refused' },
    { name: 'not a URL', archives: [archive({ url: 'ffmpeg.tar.xz' })], expected: 'url-refused' },
    {
      name: 'no ffprobe',
      archives: [archive({ files: { ffmpeg: 'bin/ffmpeg' } })],
      expected: 'manifest-invalid',
    },
    {
      name: 'Windows programs without .exe',
      target: 'win32-x64',
      archives: [archive({ type: 'zip' })],
      expected: 'manifest-invalid',
    },
    {
      name: 'Windows programs with .exe',
      target: 'win32-x64',
      archives: [
        archive({ type: 'zip', files: { 'ffmpeg.exe': 'b/ffmpeg.exe', 'ffprobe.exe': 'b/ffprobe.exe' } }),
      ],
      expected: 'accepted',
    },
    {
      name: 'one program per archive (macOS zips)',
      target: 'darwin-arm64',
      archives: [
        archive({ type: 'zip', files: { ffmpeg: 'ffmpeg' } }),
        archive({ type: 'zip', files: { ffprobe: 'ffprobe' } }),
      ],
      expected: 'accepted',
    },
    {
      name: 'the same program from two archives',
      archives: [archive(), archive({ files: { ffmpeg: 'other/ffmpeg' } })],
      expected: 'manifest-invalid',
    },
    {
      name: 'a path out of the archive',
      archives: [archive({ files: { ffmpeg: '../ffmpeg', ffprobe: 'b/ffprobe' } })],
      expected: 'manifest-invalid',
    },
    {
      name: 'an absolute path',
      archives: [archive({ files: { ffmpeg: '/usr/bin/ffmpeg', ffprobe: 'b/ffprobe' } })],
      expected: 'manifest-invalid',
    },
    {
      name: 'a pattern for unzip',
      archives: [archive({ files: { ffmpeg: 'bin/ff*', ffprobe: 'b/ffprobe' } })],
      expected: 'manifest-invalid',
    },
    {
      name: 'an output name with a folder',
      archives: [archive({ files: { 'bin/ffmpeg': 'b/ffmpeg', ffprobe: 'b/ffprobe' } })],
      expected: 'manifest-invalid',
    },
  ];
  it.each(cases)('$name → $expected', ({ target = 'linux-x64', archives, expected }) => {
    expect(codeOf(() => pinnedTarget(manifestWith(target, archives), target))).toBe(expected);
  });

  it('refuses a target the manifest does not have', () => {
    expect(codeOf(() => pinnedTarget(manifestWith('linux-x64', [archive()]), 'linux-arm64'))).toBe(
      'target-unknown',
    );
  });

  it('names the programs as they ship: .exe on Windows only', () => {
    expect(programNames('win32-x64')).toEqual(['ffmpeg.exe', 'ffprobe.exe']);
    expect(programNames('darwin-arm64')).toEqual(['ffmpeg', 'ffprobe']);
  });
});

describe('resources/ffmpeg-manifest.json (the checked-in pins)', () => {
  const manifest = readManifest(defaultManifestPath(root));

  it('pins an ffmpeg + ffprobe for Windows x64, macOS x64 and arm64 and Linux x64, from https URLs', () => {
    expect(Object.keys(manifest.targets).sort()).toEqual([
      'darwin-arm64',
      'darwin-x64',
      'linux-x64',
      'win32-x64',
    ]);
    for (const target of Object.keys(manifest.targets)) {
      // Filled as the release engineer will fill them, every target passes the checks.
      const filled: FfmpegManifest = JSON.parse(JSON.stringify(manifest)) as FfmpegManifest;
      for (const entry of filled.targets[target]?.archives ?? []) entry.sha256 ||= SHA;
      const pins = pinnedTarget(filled, target);
      expect(
        pins.archives.every((pin) => pin.url.startsWith('https://')),
        target,
      ).toBe(true);
    }
  });

  it('refuses every target whose sha256 is still empty (fail closed until the release engineer fills it)', () => {
    for (const [target, entry] of Object.entries(manifest.targets)) {
      const empty = entry.archives.some((pin) => pin.sha256.trim() === '');
      expect(
        codeOf(() => pinnedTarget(manifest, target)),
        target,
      ).toBe(empty ? 'sha256-missing' : 'accepted');
    }
  });

  it('reports an unreadable or malformed manifest as such', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'guftagu-manifest-'));
    try {
      const broken = path.join(folder, 'broken.json');
      writeFileSync(broken, '{ "targets": ');
      expect(codeOf(() => readManifest(broken))).toBe('manifest-invalid');
      const wrongShape = path.join(folder, 'shape.json');
      writeFileSync(
        wrongShape,
        JSON.stringify({ ffmpegVersion: '7', targets: { x: { archives: [{ url: 1 }] } } }),
      );
      expect(codeOf(() => readManifest(wrongShape))).toBe('manifest-invalid');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('extractCommand: the system tool for each archive type, as an argument list', () => {
  it.each([
    ['zip', 'linux', 'unzip'],
    ['zip', 'darwin', 'tar'],
    ['zip', 'win32', 'tar'],
    ['tar.xz', 'linux', 'tar'],
    ['tar.xz', 'darwin', 'tar'],
  ] as const)('%s on %s → %s', (type, platform, tool) => {
    const [command, args] = extractCommand('/a/x', type, ['bin/ffmpeg'], '/out', platform);
    expect(command).toBe(tool);
    expect(args).toContain('bin/ffmpeg');
    if (tool === 'tar') expect(args.slice(-2)).toEqual(['--', 'bin/ffmpeg']);
  });
});
