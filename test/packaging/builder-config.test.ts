import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const root = resolve(__dirname, '../..');
const raw: unknown = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));

const fileSet = z.union([
  z.string(),
  z.object({ from: z.string(), to: z.string().optional(), filter: z.array(z.string()).optional() }),
]);
const platform = z.object({
  target: z.array(z.string()),
  icon: z.string().optional(),
  extraResources: z.array(fileSet).default([]),
  entitlements: z.string().optional(),
});
const config = z
  .object({
    appId: z.string(),
    productName: z.string(),
    directories: z.object({ output: z.string() }),
    files: z.array(z.string()),
    asar: z.boolean(),
    asarUnpack: z.array(z.string()),
    extraResources: z.array(fileSet),
    fileAssociations: z.array(
      z.object({ ext: z.string(), name: z.string(), mimeType: z.string(), rank: z.string().optional() }),
    ),
    electronFuses: z.record(z.string(), z.boolean()),
    win: platform,
    mac: platform,
    linux: platform,
  })
  .parse(raw);

/** The platform keys electron-builder uses (`${os}`), for the OS running this test. */
const osKey = process.platform === 'win32' ? 'win' : process.platform === 'darwin' ? 'mac' : 'linux';

/** Expands electron-builder's macros as it would when building on this machine. */
const expand = (pattern: string) =>
  pattern
    .replaceAll('${arch}', process.arch)
    .replaceAll('${platform}', process.platform)
    .replaceAll('${os}', osKey);

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    const require = createRequire(join(root, 'package.json'));
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (config: unknown, logger: { isEnabled: boolean; add(): void }) => Promise<void>;
    };
    await expect(validateConfiguration(raw, { isEnabled: false, add: () => {} })).resolves.toBeUndefined();
  });

  it('names the app and packs what electron-vite built', () => {
    expect(config.appId).toBe('org.guftagu.app');
    expect(config.productName).toBe('Guftagu');
    expect(config.directories.output).toBe('dist');
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node']));
  });

  it('builds an installer per OS', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('locks the Electron binary down with fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('opens .guftagu workspace links on every OS', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'guftagu',
        rank: 'Owner',
        mimeType: expect.stringMatching(/^application\//),
      }),
    ]);
  });

  it('finds every extra resource for this platform on disk', () => {
    // Produced by a build step right before packaging (whisper.cpp; the pinned ffmpeg), not kept in git.
    const builtBeforePackaging = /^resources\/(bin|ffmpeg\/[a-z0-9]+-\$\{arch\})$/;
    const sets = [...config.extraResources, ...config[osKey].extraResources].map((set) =>
      typeof set === 'string' ? { from: set, filter: undefined } : set,
    );
    const missing = sets.flatMap(({ from, filter }) => {
      const dir = join(root, expand(from));
      if (builtBeforePackaging.test(from)) return [];
      if (!existsSync(dir)) return [from];
      // A plain file name as filter must be there too.
      const names = (filter ?? []).filter((name) => !/[*?{}!]/.test(name));
      return names.filter((name) => !existsSync(join(dir, name))).map((name) => `${from}/${name}`);
    });
    expect(missing).toEqual([]);
  });

  it('ships the pinned ffmpeg and ffprobe (staged by npm run fetch:ffmpeg) into bin/ on every OS', () => {
    const platforms = { win: ['win32', '.exe'], mac: ['darwin', ''], linux: ['linux', ''] } as const;
    for (const key of ['win', 'mac', 'linux'] as const) {
      const [platformName, exe] = platforms[key];
      const sets = config[key].extraResources.filter((set) => typeof set !== 'string');
      expect(sets, key).toContainEqual({
        from: `resources/ffmpeg/${platformName}-\${arch}`,
        to: 'bin',
        filter: [`ffmpeg${exe}`, `ffprobe${exe}`],
      });
      // The npm builds (2018, FriBidi only) stay the development fallback and are not packed.
      expect(JSON.stringify(sets), key).not.toMatch(/-installer\//);
    }
    expect(config.files).toEqual(
      expect.arrayContaining([
        '!node_modules/@ffmpeg-installer/{darwin,linux,win32}-*/**',
        '!node_modules/@ffprobe-installer/{darwin,linux,win32}-*/**',
      ]),
    );
  });

  it('stages the pinned ffmpeg before electron-builder runs in npm run dist', () => {
    const scripts = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const dist = scripts['dist'] ?? '';
    expect(scripts['fetch:ffmpeg']).toBe('tsx scripts/fetch-ffmpeg.ts');
    expect(dist.indexOf('npm run fetch:ffmpeg &&')).toBe(0);
    expect(dist.indexOf('electron-builder')).toBeGreaterThan(dist.indexOf('fetch:ffmpeg'));
  });

  it('has its icons and macOS entitlements', () => {
    for (const key of ['win', 'mac', 'linux'] as const) {
      const icon = config[key].icon;
      expect(icon, key).toBeDefined();
      const png = readFileSync(join(root, icon ?? ''));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    }
    expect(existsSync(join(root, config.mac.entitlements ?? 'missing'))).toBe(true);
    expect(readdirSync(join(root, 'resources/icons'))).toEqual(
      expect.arrayContaining(['icon.png', 'icon.svg']),
    );
  });
});

describe('what npm run build produced (electron-vite)', () => {
  const built = (relative: string) => join(root, relative);
  const hint = 'run "npm run build" first (npm test does)';

  it('has the main entry package.json names, the preload and the page the window loads', () => {
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    for (const file of [packageJson.main, 'out/preload/index.js', 'out/renderer/index.html']) {
      expect(existsSync(built(file)), `${file} is missing: ${hint}`).toBe(true);
    }
  });

  it('built a sandbox-ready preload: CommonJS that requires nothing but electron', () => {
    const preload = readFileSync(built('out/preload/index.js'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(required.length).toBeGreaterThan(0);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('wrote the content security policy into the page it ships', () => {
    const html = readFileSync(built('out/renderer/index.html'), 'utf8').replaceAll('&#39;', "'");
    expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
    expect(html).toMatch(/script-src 'self';/);
  });
});
