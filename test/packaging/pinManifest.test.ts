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
      name: 'an npm package tarball (.tgz, files under package/)',
      archives: [archive({ url: 'https://registry.npmjs.org/x/-/x-1.0.0.tgz', type: 'tgz' })],
      expected: 'accepted',
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

  it('refuses a target kept in the manifest as unpinned, with its reason, before anything else', () => {
    const manifest: FfmpegManifest = {
      targets: {
        'win32-x64': { unpinned: 'no checked build with a HarfBuzz libass.', archives: [] },
        'linux-x64': { ffmpegVersion: '4.2.1', archives: [archive()] },
      },
    };
    expect(codeOf(() => pinnedTarget(manifest, 'win32-x64'))).toBe('target-unpinned');
    expect(() => pinnedTarget(manifest, 'win32-x64')).toThrow(
      'No ffmpeg is pinned for win32-x64: no checked build with a HarfBuzz libass.',
    );
    // The other target is not held back by it, and carries its own FFmpeg version.
    expect(pinnedTarget(manifest, 'linux-x64').ffmpegVersion).toBe('4.2.1');
  });

  it("takes a target's own FFmpeg version over the manifest's, and refuses a target with neither", () => {
    const manifest: FfmpegManifest = {
      ffmpegVersion: '7.1.1',
      targets: {
        'linux-x64': { archives: [archive()] },
        'linux-arm64': { ffmpegVersion: '4.2.1', archives: [archive()] },
      },
    };
    expect(pinnedTarget(manifest, 'linux-x64').ffmpegVersion).toBe('7.1.1');
    expect(pinnedTarget(manifest, 'linux-arm64').ffmpegVersion).toBe('4.2.1');
    delete manifest.ffmpegVersion;
    expect(codeOf(() => pinnedTarget(manifest, 'linux-x64'))).toBe('manifest-invalid');
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
  const pinned = ['linux-arm64', 'linux-x64'];
  const unpinned = ['darwin-arm64', 'darwin-x64', 'win32-x64'];

  it('keeps an entry for Windows x64, macOS x64 and arm64 and Linux x64 and arm64', () => {
    expect(Object.keys(manifest.targets).sort()).toEqual([...unpinned, ...pinned].sort());
  });

  it.each(pinned)(
    '%s: pinned to versioned npm package tarballs with full sha256s, its source and licence recorded',
    (target) => {
      const pins = pinnedTarget(manifest, target);
      expect(pins.ffmpegVersion).toBe('4.2.1');
      for (const pin of pins.archives) {
        // https://registry.npmjs.org/<name>/-/<name>-<version>.tgz never changes once published.
        expect(pin.url).toMatch(
          /^https:\/\/registry\.npmjs\.org\/(@[a-z0-9-]+\/)?[a-z0-9-]+\/-\/[a-z0-9-]+-\d+\.\d+\.\d+\.tgz$/,
        );
        expect(pin.type).toBe('tgz');
        expect(pin.sha256).toMatch(/^[0-9a-f]{64}$/);
        for (const inner of Object.values(pin.files)) expect(inner.startsWith('package/')).toBe(true);
      }
      expect(manifest.targets[target]?.source).toMatch(/GPL-3\.0-or-later/);
    },
  );

  it.each(unpinned)('%s: refused with the reason no build is pinned (fail closed)', (target) => {
    const entry = manifest.targets[target];
    expect(entry?.archives).toEqual([]);
    expect(entry?.unpinned?.length).toBeGreaterThan(40);
    expect(codeOf(() => pinnedTarget(manifest, target))).toBe('target-unpinned');
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
      const noArchives = path.join(folder, 'empty.json');
      writeFileSync(noArchives, JSON.stringify({ targets: { 'linux-x64': { archives: [] } } }));
      expect(codeOf(() => readManifest(noArchives))).toBe('manifest-invalid');
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
