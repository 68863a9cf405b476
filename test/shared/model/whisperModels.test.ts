import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MODEL_BASE_URL,
  describeModelHeader,
  findCatalogueModel,
  installedModelSchema,
  modelBaseUrl,
  modelChecksum,
  modelDownloadUrl,
  modelIdFromFileName,
  verificationLabel,
  whisperModelCatalogue,
  type WhisperModelHeader,
} from '../../../shared/model/whisperModels';

/** GUIDELINES.md, "whisper.cpp models": these numbers must be copied exactly. */
const guidelines: Record<string, { bytes: number; sha1?: string; sha256?: string }> = {
  tiny: {
    bytes: 77_691_713,
    sha1: 'bd577a113a864445d4c299885e0cb97d4ba92b5f',
    sha256: 'be07e048e1e599ad46341c8d2a135645097a538221678b7acdd1b1919c6e1b21',
  },
  'tiny.en': {
    bytes: 77_704_715,
    sha1: 'c78c86eb1a8faa21b369bcd33207cc90d64ae9df',
    sha256: '921e4cf8686fdd993dcd081a5da5b6c365bfde1162e72b08d75ac75289920b1f',
  },
  'tiny-q5_1': {
    bytes: 32_152_673,
    sha1: '2827a03e495b1ed3048ef28a6a4620537db4ee51',
    sha256: '818710568da3ca15689e31a743197b520007872ff9576237bda97bd1b469c3d7',
  },
  'tiny.en-q5_1': {
    bytes: 32_166_155,
    sha1: '3fb92ec865cbbc769f08137f22470d6b66e071b6',
    sha256: 'c77c5766f1cef09b6b7d47f21b546cbddd4157886b3b5d6d4f709e91e66c7c2b',
  },
  base: {
    bytes: 147_951_465,
    sha1: '465707469ff3a37a2b9b8d8f89f2f99de7299dac',
    sha256: '60ed5bc3dd14eea856493d334349b405782ddcaf0028d4b5df4088345fba2efe',
  },
  'base.en': { bytes: 147_964_211, sha1: '137c40403d78fd54d454da0f9bd998f78703390c' },
  'base-q5_1': {
    bytes: 59_707_625,
    sha1: 'a3733eda680ef76256db5fc5dd9de8629e62c5e7',
    sha256: '422f1ae452ade6f30a004d7e5c6a43195e4433bc370bf23fac9cc591f01a8898',
  },
  small: { bytes: 487_601_967, sha1: '55356645c2b361a969dfd0ef2c5a50d530afd8d5' },
  'small-q5_1': {
    bytes: 190_085_487,
    sha256: 'ae85e4a935d7a567bd102fe55afc16bb595bdb618e11b2fc7591bc08120411bb',
  },
};

describe('whisper model catalogue', () => {
  it('lists the models from tiny to large-v3-turbo, quantized ones included', () => {
    expect(whisperModelCatalogue.map((entry) => entry.id)).toEqual([
      'tiny',
      'tiny.en',
      'tiny-q5_1',
      'tiny.en-q5_1',
      'base',
      'base.en',
      'base-q5_1',
      'small',
      'small.en',
      'small-q5_1',
      'medium',
      'medium.en',
      'medium-q5_0',
      'large-v1',
      'large-v2',
      'large-v3',
      'large-v3-q5_0',
      'large-v3-turbo',
      'large-v3-turbo-q5_0',
      'large-v3-turbo-q8_0',
    ]);
  });

  it('gives every entry a file name, an exact size, a well-formed checksum and a note', () => {
    for (const entry of whisperModelCatalogue) {
      expect(entry.fileName).toBe(`ggml-${entry.id}.bin`);
      expect(modelIdFromFileName(entry.fileName)).toBe(entry.id);
      expect(Number.isInteger(entry.bytes) && entry.bytes > 30_000_000).toBe(true);
      if (entry.sha1 !== undefined) expect(entry.sha1).toMatch(/^[0-9a-f]{40}$/);
      if (entry.sha256 !== undefined) expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(entry.sha1 ?? entry.sha256).toBeDefined();
      expect(entry.multilingual).toBe(!entry.id.includes('.en'));
      expect(entry.id.startsWith(entry.family)).toBe(true);
      expect(entry.quantization).toBe(/-(q\d_\d)$/.exec(entry.id)?.[1]);
      expect(entry.note.length).toBeGreaterThan(10);
    }
  });

  it('copies the sizes and checksums of GUIDELINES.md exactly', () => {
    for (const [id, expected] of Object.entries(guidelines)) {
      const entry = findCatalogueModel(id);
      expect(entry?.bytes, id).toBe(expected.bytes);
      if (expected.sha256) expect(entry?.sha256, id).toBe(expected.sha256);
      if (expected.sha1) expect(entry?.sha1, id).toBe(expected.sha1);
    }
    expect(findCatalogueModel('small')?.sha256).toBeUndefined();
    expect(findCatalogueModel('base.en')?.sha256).toBeUndefined();
  });

  it('uses whisper.cpp README sha1 values for the larger models', () => {
    expect(findCatalogueModel('medium')?.sha1).toBe('fd9727b6e1217c2f614f9b698455c4ffd82463b4');
    expect(findCatalogueModel('large-v3')?.sha1).toBe('ad82bf6a9043ceed055076d0fd39f5f186ff8062');
    expect(findCatalogueModel('large-v3-q5_0')?.sha1).toBe('e6e2ed78495d403bef4b7cff42ef4aaadcfea8de');
  });

  it('tells Urdu users which models are too weak', () => {
    expect(findCatalogueModel('tiny')?.note).toMatch(/Urdu needs at least small/);
    expect(findCatalogueModel('base.en')?.note).toMatch(/English only/);
    expect(findCatalogueModel('small')?.note).toMatch(/Urdu/);
  });

  it('finds entries by id or file name, and verifies by sha256 before sha1', () => {
    expect(findCatalogueModel('ggml-small.bin')?.id).toBe('small');
    expect(findCatalogueModel('small.bin')).toBeUndefined();
    expect(modelChecksum(findCatalogueModel('tiny')!)).toEqual({
      algorithm: 'sha256',
      hex: guidelines['tiny']?.sha256,
    });
    expect(modelChecksum(findCatalogueModel('small')!)?.algorithm).toBe('sha1');
    expect(modelChecksum({})).toBeUndefined();
  });

  it('builds download URLs from Hugging Face or GUFTAGU_MODEL_BASE_URL', () => {
    const small = findCatalogueModel('small')!;
    expect(modelDownloadUrl(small)).toBe(
      'https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-small.bin',
    );
    expect(modelBaseUrl({})).toBe(DEFAULT_MODEL_BASE_URL);
    expect(modelBaseUrl({ GUFTAGU_MODEL_BASE_URL: 'http://127.0.0.1:8080/mirror/' })).toBe(
      'http://127.0.0.1:8080/mirror',
    );
    expect(modelDownloadUrl(small, modelBaseUrl({ GUFTAGU_MODEL_BASE_URL: ' http://x/m/ ' }))).toBe(
      'http://x/m/ggml-small.bin',
    );
  });
});

describe('describeModelHeader', () => {
  const tiny: WhisperModelHeader = {
    nVocab: 51865,
    nAudioCtx: 1500,
    nAudioState: 384,
    nAudioHead: 6,
    nAudioLayer: 4,
    nTextCtx: 448,
    nTextState: 384,
    nTextHead: 6,
    nTextLayer: 4,
    nMels: 80,
    ftype: 1,
  };

  it('reads family, languages and weight type from the header', () => {
    expect(describeModelHeader(tiny)).toEqual({ family: 'tiny', multilingual: true, weights: 'f16' });
    expect(describeModelHeader({ ...tiny, nVocab: 51864, ftype: 2009 })).toEqual({
      family: 'tiny',
      multilingual: false,
      weights: 'q5_1',
    });
    expect(describeModelHeader({ ...tiny, nAudioLayer: 7 }).family).toBeUndefined();
  });
});

describe('installed model records', () => {
  it('validates a record and labels unverified models plainly', () => {
    const record = {
      id: 'small',
      fileName: 'ggml-small.bin',
      path: '/m/ggml-small.bin',
      sizeBytes: 487_601_967,
      source: 'catalogue',
      verification: 'size',
      verified: false,
    };
    expect(installedModelSchema.parse(record)).toEqual(record);
    expect(() => installedModelSchema.parse({ ...record, verification: 'maybe' })).toThrow();
    expect(verificationLabel('checksum')).toBe('verified');
    expect(verificationLabel('size')).toBe('not verified');
    expect(verificationLabel('custom')).toBe('not verified');
    expect(verificationLabel('damaged')).toBe('damaged');
  });
});
