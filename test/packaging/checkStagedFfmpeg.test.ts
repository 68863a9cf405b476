import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useTempDirs } from '../support/tempDir';

// electron-builder's beforePack hook: an installer is packed only with the pinned ffmpeg + ffprobe of its own
// platform and arch staged, and a target the manifest marks unpinned is refused with the manifest's reason.
const root = path.resolve(__dirname, '../..');
const hookFile = path.join(root, 'scripts/ffmpeg/checkStagedFfmpeg.cjs');

interface PackContext {
  electronPlatformName: string;
  arch: number;
}
const hook = createRequire(__filename)(hookFile) as {
  beforePack: (context: PackContext) => Promise<void>;
  whyNotStaged: (target: string, projectRoot?: string) => string | undefined;
  targetsOf: (platform: string, archName: string) => string[];
  ARCH_NAMES: string[];
};

describe('checkStagedFfmpeg (electron-builder beforePack)', () => {
  const tempDir = useTempDirs('guftagu-staged-ffmpeg-');

  function project(manifestTargets: Record<string, unknown>, staged: Record<string, string[]>): string {
    const folder = tempDir();
    mkdirSync(path.join(folder, 'resources'), { recursive: true });
    writeFileSync(
      path.join(folder, 'resources/ffmpeg-manifest.json'),
      JSON.stringify({ targets: manifestTargets }),
    );
    for (const [target, files] of Object.entries(staged)) {
      mkdirSync(path.join(folder, 'resources/ffmpeg', target), { recursive: true });
      for (const name of files) writeFileSync(path.join(folder, 'resources/ffmpeg', target, name), 'x');
    }
    return folder;
  }

  it('is the beforePack hook of electron-builder.yml', () => {
    const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
      beforePack?: string;
    };
    expect(config.beforePack).toBe('./scripts/ffmpeg/checkStagedFfmpeg.cjs');
  });

  it('accepts a target whose ffmpeg and ffprobe are staged (.exe on Windows)', () => {
    const folder = project(
      {},
      { 'linux-x64': ['ffmpeg', 'ffprobe'], 'win32-x64': ['ffmpeg.exe', 'ffprobe.exe'] },
    );
    expect(hook.whyNotStaged('linux-x64', folder)).toBeUndefined();
    expect(hook.whyNotStaged('win32-x64', folder)).toBeUndefined();
  });

  it('refuses a pinned target that was not fetched, naming it and the command to run', () => {
    const folder = project({ 'linux-arm64': { archives: [] } }, { 'linux-arm64': ['ffmpeg'] });
    expect(hook.whyNotStaged('linux-arm64', folder)).toBe(
      'resources/ffmpeg/linux-arm64/ has no ffprobe: run "npm run fetch:ffmpeg -- --target linux-arm64" ' +
        'before packing an installer for linux-arm64.',
    );
  });

  it("refuses an unpinned target with the manifest's reason, and only that target", () => {
    const folder = project(
      { 'win32-x64': { unpinned: 'no checked build with a HarfBuzz libass.', archives: [] } },
      { 'linux-x64': ['ffmpeg', 'ffprobe'] },
    );
    expect(hook.whyNotStaged('win32-x64', folder)).toBe(
      'No ffmpeg is pinned for win32-x64: no checked build with a HarfBuzz libass.',
    );
    expect(hook.whyNotStaged('linux-x64', folder)).toBeUndefined();
  });

  it('names targets as electron-builder.yml does (${platform}-${arch}); a universal Mac needs both', () => {
    expect(hook.ARCH_NAMES[1]).toBe('x64');
    expect(hook.ARCH_NAMES[3]).toBe('arm64');
    expect(hook.targetsOf('darwin', 'universal')).toEqual(['darwin-x64', 'darwin-arm64']);
    expect(hook.targetsOf('linux', 'x64')).toEqual(['linux-x64']);
  });

  it('stops a Windows build in this checkout: win32-x64 is unpinned in the checked-in manifest', async () => {
    await expect(hook.beforePack({ electronPlatformName: 'win32', arch: 1 })).rejects.toThrow(
      /Refusing to pack an installer for win32-x64 without its pinned ffmpeg\. No ffmpeg is pinned for win32-x64: /,
    );
  });
});
