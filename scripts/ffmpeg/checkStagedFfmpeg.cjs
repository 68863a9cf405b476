// electron-builder's beforePack hook (electron-builder.yml): no installer is packed without the pinned ffmpeg
// and ffprobe that scripts/fetch-ffmpeg.ts staged in resources/ffmpeg/<platform>-<arch>/. `npm run dist`
// stages only this machine's target, so building for another one (`npm run dist -- --win` on Linux) would
// otherwise pack an installer with no ffmpeg at all. A target the manifest marks "unpinned" is refused with
// that reason; other targets are not looked at, so Linux builds while Windows is unpinned.
'use strict';
const { existsSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
/** builder-util's Arch enum, by number, as `${arch}` spells it in electron-builder.yml. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** The staged folders a platform + arch needs: a universal macOS app is made of the x64 and arm64 ones. */
function targetsOf(platform, archName) {
  if (archName === 'universal') return [`${platform}-x64`, `${platform}-arm64`];
  return [`${platform}-${archName}`];
}

/** Why an installer for this target cannot be packed, or undefined when its ffmpeg + ffprobe are staged. */
function whyNotStaged(target, projectRoot = root) {
  const exe = target.startsWith('win32-') ? '.exe' : '';
  const folder = path.join(projectRoot, 'resources', 'ffmpeg', target);
  const missing = [`ffmpeg${exe}`, `ffprobe${exe}`].filter((name) => {
    const file = path.join(folder, name);
    return !existsSync(file) || !statSync(file).isFile();
  });
  if (missing.length === 0) return undefined;
  let unpinned;
  try {
    const manifest = JSON.parse(
      readFileSync(path.join(projectRoot, 'resources', 'ffmpeg-manifest.json'), 'utf8'),
    );
    unpinned = manifest.targets?.[target]?.unpinned;
  } catch {
    unpinned = undefined; // the fetch step reports a broken manifest itself
  }
  if (typeof unpinned === 'string') return `No ffmpeg is pinned for ${target}: ${unpinned}`;
  return (
    `resources/ffmpeg/${target}/ has no ${missing.join(' or ')}: run ` +
    `"npm run fetch:ffmpeg -- --target ${target}" before packing an installer for ${target}.`
  );
}

async function beforePack(context) {
  const archName = ARCH_NAMES[context.arch] ?? String(context.arch);
  for (const target of targetsOf(context.electronPlatformName, archName)) {
    const why = whyNotStaged(target);
    if (why) {
      throw new Error(
        `Refusing to pack an installer for ${target} without its pinned ffmpeg. ${why} ` +
          '(README.md, "Pinned ffmpeg for installers")',
      );
    }
  }
}

module.exports = { beforePack, whyNotStaged, targetsOf, ARCH_NAMES };
