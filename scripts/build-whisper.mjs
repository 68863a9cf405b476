#!/usr/bin/env node
// Builds whisper.cpp into resources/bin, where the engine looks for it and electron-builder packs it:
// - resources/bin/whisper-cli: whisper.cpp 1.9 (the complete upstream tree nodejs-whisper ships in
//   cpp/whisper.cpp) with cmake, portable CPU flags (never -march=native), static ggml/whisper libraries.
// - resources/bin/whisper-cli-1.5: whisper.cpp 1.5.0 (whisper-node's tree) with make; the bench baseline, and
//   copied to whisper-cli when cmake is missing (a loud warning; a failure with --strict).
// Runs on `npm install`/`npm ci` (postinstall) and in CI. Each binary is rebuilt only when its stamp (source
// version, flags, platform) changes, so a reinstall does not rebuild. `--force` rebuilds.
// Environment: GUFTAGU_WHISPER_GPU=vulkan|cuda|metal adds that GPU backend (README: "GPU builds");
// GUFTAGU_WHISPER_OPENMP=on builds with OpenMP (off by default: measured no faster, and it adds libgomp).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const strict = process.argv.includes('--strict') || process.env.CI === 'true';
const force = process.argv.includes('--force');
const exe = process.platform === 'win32' ? '.exe' : '';
const outputDir = path.join(root, 'resources/bin');
const modernSource = path.join(root, 'node_modules/nodejs-whisper/cpp/whisper.cpp');
const legacySource = path.join(root, 'node_modules/whisper-node/lib/whisper.cpp');
const modernOutput = path.join(outputDir, `whisper-cli${exe}`);
const legacyOutput = path.join(outputDir, `whisper-cli-1.5${exe}`);
const jobs = String(Math.max(1, cpus().length));

/** The text of a patch kept as a file in scripts/whisper-patches (C++ too long to read inside a string). */
function patchText(name) {
  return readFileSync(path.join(root, 'scripts/whisper-patches', name), 'utf8');
}

/** The upstream VAD function's head: vad-batched renames it and puts the batched one before it. */
const vadDetectHead = (declaration) => `${declaration}(
        struct whisper_vad_context * vctx,
        const float * samples,
        int n_samples) {
    int n_chunks`;

/** The start of ggml's zero-padding loop, which pad-rows puts a row-by-row path in front of. */
const padLoopHead = `    // TODO: optimize

    for (int64_t i2 = 0; i2 < ne2; ++i2) {
        for (int64_t i1 = ith; i1 < ne1; i1 += nth) {
            for (int64_t i0 = 0; i0 < ne0; ++i0) {
                for (int64_t i3 = 0; i3 < ne3; ++i3) {
                    // circular means wrap around on a torus, so x and y loop around`;

/**
 * Small fixes applied to a copy of the 1.9 tree before it is built (the shipped tree is never changed).
 * Each names the exact text it replaces; a tree without that text fails the build loudly.
 */
export const patches = [
  {
    id: 'vad-threads',
    file: 'src/whisper.cpp',
    find: `struct whisper_vad_context_params vad_ctx_params = whisper_vad_default_context_params();`,
    replace: `struct whisper_vad_context_params vad_ctx_params = whisper_vad_default_context_params();
        // guftagu: at most 2, as -t allows: vad-batched runs the graph on one thread and the LSTM on another
        vad_ctx_params.n_threads = std::min(std::max(1, params.n_threads), 2);`,
    why: "whisper_vad() ran the tiny VAD graph on 4 threads whatever -t said; their spin-waits at ~40 barriers per 32 ms chunk made VAD of 38 s take minutes on a busy 2-core machine. Now -t decides, up to 2: vad-batched's graph always runs on one thread, and a second one (where -t allows) steps the LSTM beside it, with no spinning",
  },
  {
    id: 'vad-batched',
    file: 'src/whisper.cpp',
    find: vadDetectHead('bool whisper_vad_detect_speech_no_reset'),
    replace: `${patchText('vad-batched.cpp')}${vadDetectHead('static bool whisper_vad_detect_speech_one_chunk_at_a_time')}`,
    why: "the Silero pass ran its graph once per 32 ms chunk (2.4 s per 10 minutes of audio, as much as 9 % of a run with the tiny model); batched, its convolutions are a few wide matrix products and its STFT an FFT, and the LSTM steps on a second thread beside the next batch's graph: about 5x faster on 2 cores (scripts/whisper-patches/vad-batched.cpp)",
  },
  {
    id: 'pad-rows',
    file: 'ggml/src/ggml-cpu/ops.cpp',
    find: padLoopHead,
    replace: `${patchText('pad-rows.cpp')}${padLoopHead}`,
    why: "ggml's zero padding wrote each value with a 4-D index and a bounds test; the batched VAD pads every convolution's input, and this was a fifth of its time (scripts/whisper-patches/pad-rows.cpp)",
  },
];

/** What the stamp records of the patches: each one's id and a digest of its text, so an edited patch rebuilds. */
function patchesStamp() {
  return patches
    .map(
      (patch) =>
        `${patch.id}@${createHash('sha256').update(patch.find).update(patch.replace).digest('hex').slice(0, 12)}`,
    )
    .join(',');
}

/** GPU backends the build script knows: the cmake switches each one needs. */
const gpuFlags = {
  vulkan: ['-DGGML_VULKAN=ON'],
  cuda: ['-DGGML_CUDA=ON'],
  metal: ['-DGGML_METAL=ON', '-DGGML_METAL_EMBED_LIBRARY=ON'],
};

function fail(message) {
  const text = `build-whisper: ${message}`;
  if (strict) {
    console.error(text);
    process.exit(1);
  }
  console.warn(
    `${text}\nbuild-whisper: transcription will be unavailable until "npm run build:whisper" succeeds.`,
  );
  process.exit(0);
}

function warnOrFail(message) {
  if (strict) fail(message);
  console.warn(`build-whisper: ${message}`);
}

function upToDate(output, stamp) {
  const stampFile = `${output}.stamp`;
  return !force && existsSync(output) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
}

/** Copies a built binary into place atomically (temp file, rename) and writes its stamp. */
function install(built, output, stamp) {
  mkdirSync(outputDir, { recursive: true });
  copyFileSync(built, `${output}.tmp`);
  chmodSync(`${output}.tmp`, 0o755);
  renameSync(`${output}.tmp`, output);
  writeFileSync(`${output}.stamp`, stamp);
}

function run(binary, args, cwd) {
  const result = spawnSync(binary, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) return `could not run ${binary} (${result.error.message})`;
  if (result.status !== 0) return `${binary} exited with ${result.status}; see the output above`;
  return undefined;
}

function hasCmake() {
  const probe = spawnSync('cmake', ['--version'], { stdio: 'ignore' });
  return !probe.error && probe.status === 0;
}

function modernVersion() {
  const cmakeLists = readFileSync(path.join(modernSource, 'CMakeLists.txt'), 'utf8');
  return /project\("whisper\.cpp" VERSION ([0-9.]+)\)/.exec(cmakeLists)?.[1] ?? 'unknown';
}

/** Portable CPU flags: an AVX2 baseline on x86-64 (never -march=native); the NEON baseline on arm64. */
export function cpuFlags(arch = process.arch) {
  const portable = ['-DGGML_NATIVE=OFF'];
  if (arch === 'x64' || arch === 'ia32')
    portable.push('-DGGML_AVX=ON', '-DGGML_AVX2=ON', '-DGGML_FMA=ON', '-DGGML_F16C=ON', '-DGGML_BMI2=ON');
  return portable;
}

export function modernFlags(env = process.env) {
  const gpu = (env.GUFTAGU_WHISPER_GPU ?? '').toLowerCase();
  if (gpu && !(gpu in gpuFlags))
    fail(`GUFTAGU_WHISPER_GPU="${gpu}" is not one of: ${Object.keys(gpuFlags).join(', ')}.`);
  const openmp = (env.GUFTAGU_WHISPER_OPENMP ?? 'off').toLowerCase() === 'on';
  return [
    '-DCMAKE_BUILD_TYPE=Release',
    '-DBUILD_SHARED_LIBS=OFF',
    '-DWHISPER_BUILD_TESTS=OFF',
    '-DWHISPER_BUILD_SERVER=OFF',
    '-DWHISPER_BUILD_EXAMPLES=ON',
    '-DWHISPER_SDL2=OFF',
    '-DWHISPER_CURL=OFF',
    `-DGGML_OPENMP=${openmp ? 'ON' : 'OFF'}`,
    // tinyBLAS for ggml's matrix products: measured 1.3-1.4x faster encode (base, 10 minutes, 2 cores), and
    // what the batched VAD (vad-batched) relies on; whisper.cpp leaves it off, llama.cpp turns it on
    '-DGGML_LLAMAFILE=ON',
    ...cpuFlags(),
    ...(gpu ? gpuFlags[gpu] : []),
  ];
}

function buildLegacy() {
  if (!existsSync(path.join(legacySource, 'Makefile')))
    return `whisper.cpp 1.5.0 source not found at ${legacySource}; run npm ci first`;
  const version = JSON.parse(
    readFileSync(path.join(root, 'node_modules/whisper-node/package.json'), 'utf8'),
  ).version;
  const stamp = `whisper-node ${version} ${process.platform}-${process.arch}`;
  if (upToDate(legacyOutput, stamp)) {
    console.log(`build-whisper: ${path.relative(root, legacyOutput)} is up to date (${stamp}).`);
    return undefined;
  }
  if (process.platform === 'win32') return 'whisper.cpp 1.5.0 is built with make, which Windows lacks';
  console.log(`build-whisper: building whisper.cpp 1.5.0 (${stamp}) with make; about a minute…`);
  const buildDir = path.join(root, '.cache/whisper-build-1.5');
  rmSync(buildDir, { recursive: true, force: true });
  mkdirSync(buildDir, { recursive: true });
  cpSync(legacySource, buildDir, { recursive: true });
  const problem = run('make', ['-j', jobs, 'main'], buildDir);
  if (problem) return `${problem}; install make and a C++ compiler (build-essential)`;
  const built = path.join(buildDir, 'main');
  if (!existsSync(built)) return 'make finished but produced no "main" binary';
  install(built, legacyOutput, stamp);
  rmSync(buildDir, { recursive: true, force: true });
  console.log(`build-whisper: built ${path.relative(root, legacyOutput)}.`);
  return undefined;
}

function buildModern() {
  if (!existsSync(path.join(modernSource, 'CMakeLists.txt')))
    return `whisper.cpp 1.9 source not found at ${modernSource}; run npm ci first`;
  if (!hasCmake()) return 'cmake is not installed (Debian/Ubuntu: apt-get install cmake)';
  const flags = modernFlags();
  const stamp = `whisper.cpp ${modernVersion()} ${process.platform}-${process.arch} patches:${patchesStamp()} ${flags.join(' ')}`;
  if (upToDate(modernOutput, stamp)) {
    console.log(`build-whisper: ${path.relative(root, modernOutput)} is up to date (${stamp}).`);
    return undefined;
  }
  console.log(`build-whisper: building ${stamp} with cmake; a few minutes on 2 cores…`);
  const buildDir = path.join(root, '.cache/whisper-build-1.9');
  const sourceCopy = path.join(root, '.cache/whisper-src-1.9');
  rmSync(buildDir, { recursive: true, force: true });
  rmSync(sourceCopy, { recursive: true, force: true });
  cpSync(modernSource, sourceCopy, { recursive: true });
  for (const patch of patches) {
    const file = path.join(sourceCopy, patch.file);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(patch.find)) return `patch "${patch.id}" no longer applies to ${patch.file}`;
    writeFileSync(
      file,
      text.replace(patch.find, () => patch.replace),
    );
  }
  const configure = run('cmake', ['-S', sourceCopy, '-B', buildDir, ...flags], root);
  if (configure) return `${configure} (configure)`;
  const build = run(
    'cmake',
    ['--build', buildDir, '--config', 'Release', '--target', 'whisper-cli', '-j', jobs],
    root,
  );
  if (build) return `${build} (compile)`;
  const built = [
    path.join(buildDir, 'bin', `whisper-cli${exe}`),
    path.join(buildDir, 'bin', 'Release', `whisper-cli${exe}`),
  ].find((candidate) => existsSync(candidate));
  if (!built) return 'cmake finished but produced no whisper-cli binary';
  install(built, modernOutput, stamp);
  rmSync(buildDir, { recursive: true, force: true });
  rmSync(sourceCopy, { recursive: true, force: true });
  console.log(`build-whisper: built ${path.relative(root, modernOutput)}.`);
  return undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const legacyProblem = buildLegacy();
  if (legacyProblem) warnOrFail(`whisper.cpp 1.5.0 (bench baseline, fallback): ${legacyProblem}.`);
  const modernProblem = buildModern();
  if (modernProblem) {
    if (strict) fail(`whisper.cpp 1.9: ${modernProblem}.`);
    if (!existsSync(legacyOutput))
      fail(`whisper.cpp 1.9: ${modernProblem}; and no 1.5.0 build to fall back to.`);
    console.warn(
      `build-whisper: whisper.cpp 1.9: ${modernProblem}.\nbuild-whisper: falling back to whisper.cpp 1.5.0 (no voice activity detection, slower); install cmake and run "npm run build:whisper".`,
    );
    install(legacyOutput, modernOutput, readFileSync(`${legacyOutput}.stamp`, 'utf8'));
  }
}
