/**
 * What a whisper.cpp build uses, from the cmake flags it was built with (the stamp build-whisper.mjs writes beside
 * resources/bin/whisper-cli) or from the "system_info:" line whisper prints at each run. Pure.
 */
export interface WhisperBuildInfo {
  /** CPU instruction sets in use: AVX, AVX2, FMA, F16C, BMI2, AVX512, NEON… */
  cpuFeatures: string[];
  /** GPU backends compiled in: Vulkan, CUDA, Metal. */
  gpuBackends: string[];
  openMp: boolean;
  /** True for a build tuned to the machine that built it (-march=native): not portable. */
  native: boolean;
}

const gpuNames: Record<string, string> = { VULKAN: 'Vulkan', CUDA: 'CUDA', METAL: 'Metal' };

/** From the stamp: "whisper.cpp 1.9.1 linux-x64 patches:… -DGGML_AVX2=ON -DGGML_VULKAN=ON …". */
export function buildInfoFromStamp(stamp: string): WhisperBuildInfo {
  const on = (name: string) => new RegExp(`-DGGML_${name}=ON\\b`).test(stamp);
  const cpuFeatures = ['AVX', 'AVX2', 'FMA', 'F16C', 'BMI2', 'AVX512'].filter(on);
  return {
    cpuFeatures,
    gpuBackends: Object.keys(gpuNames)
      .filter(on)
      .map((key) => gpuNames[key]!),
    openMp: on('OPENMP'),
    native: !/-DGGML_NATIVE=OFF\b/.test(stamp),
  };
}

/** From "system_info: n_threads = 2 / 2 | WHISPER : COREML = 0 | … | CPU : SSE3 = 1 | AVX2 = 1 | … | CUDA : …". */
export function buildInfoFromSystemInfo(line: string): WhisperBuildInfo {
  const flags = [...line.matchAll(/([A-Z][A-Z0-9_]*) = 1\b/g)].map((match) => match[1]!);
  const cpuSection = /CPU :([^]*?)(\|\s*[A-Z]+ :|$)/.exec(line)?.[1] ?? line;
  const cpuFeatures = [...cpuSection.matchAll(/([A-Z][A-Z0-9_]*) = 1\b/g)]
    .map((match) => match[1]!)
    .filter((name) => name !== 'OPENMP' && name !== 'REPACK');
  const gpuBackends = Object.keys(gpuNames)
    .filter((key) => new RegExp(`\\b${key}\\s*:`).test(line) || flags.includes(key))
    .map((key) => gpuNames[key]!);
  return { cpuFeatures, gpuBackends, openMp: flags.includes('OPENMP'), native: false };
}
