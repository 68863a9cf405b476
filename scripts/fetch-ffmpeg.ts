// npm run fetch:ffmpeg [-- --target linux-x64 --target …] — run by `npm run dist` before electron-builder.
// Puts the pinned ffmpeg + ffprobe (resources/ffmpeg-manifest.json) for each target into
// resources/ffmpeg/<target>/, which electron-builder packs as the app's resources/bin. Archives are cached in
// .cache/ffmpeg-archives/ by sha256 (GUFTAGU_FFMPEG_CACHE moves it). Refuses, with exit code 1 and nothing
// staged for that target, when a sha256 is missing or does not match, a download breaks off, or the ffmpeg
// (when it can run here) does not shape with HarfBuzz.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PinError } from './ffmpeg/pinError';
import { defaultManifestPath, readManifest, targetKey } from './ffmpeg/pinManifest';
import { stagePinnedFfmpeg } from './ffmpeg/stagePinnedFfmpeg';

const root = path.resolve(__dirname, '..');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      target: { type: 'string', multiple: true },
      manifest: { type: 'string' },
      cache: { type: 'string' },
      output: { type: 'string' },
    },
  });
  const hostTarget = targetKey(process.platform, process.arch);
  const targets = values.target ?? [hostTarget];
  const manifestFile = path.resolve(values.manifest ?? defaultManifestPath(root));
  const cacheDir = path.resolve(
    values.cache ?? process.env['GUFTAGU_FFMPEG_CACHE'] ?? path.join(root, '.cache', 'ffmpeg-archives'),
  );
  const outputRoot = path.resolve(values.output ?? path.join(root, 'resources', 'ffmpeg'));
  const log = (line: string) => console.log(`fetch-ffmpeg: ${line}`);

  try {
    const manifest = readManifest(manifestFile);
    for (const target of targets) {
      const staged = await stagePinnedFfmpeg({ manifest, target, cacheDir, outputRoot, hostTarget, log });
      log(
        `${target}: ${staged.files.join(', ')} in ${path.relative(root, staged.folder)} ` +
          `(ffmpeg ${staged.ffmpegVersion}; ${staged.downloaded} downloaded, ${staged.fromCache} from the cache)`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof PinError) {
      console.error(`fetch-ffmpeg: refused (${error.code}): ${error.message}\nfetch-ffmpeg: ${error.hint}`);
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
