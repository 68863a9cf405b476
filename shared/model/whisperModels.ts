import { z } from 'zod';

/**
 * The whisper.cpp ggml models Guftagu knows how to download. Sizes and checksums: GUIDELINES.md first
 * (exact), then whisper.cpp's models/README.md and download script (sha1) and the Hugging Face blob sizes.
 * A checksum we do not know stays undefined: such a model is checked by size only and shown as "not verified".
 */

export const modelFamilies = ['tiny', 'base', 'small', 'medium', 'large'] as const;
export type ModelFamily = (typeof modelFamilies)[number];

export interface WhisperModelEntry {
  /** whisper.cpp's name, e.g. 'small', 'large-v3-turbo-q5_0'. */
  id: string;
  /** `ggml-<id>.bin` */
  fileName: string;
  /** Exact size of the file in bytes. */
  bytes: number;
  sha1?: string;
  sha256?: string;
  /** false for the English-only `.en` models. */
  multilingual: boolean;
  family: ModelFamily;
  /** 'q5_0', 'q5_1' for quantized files; undefined for f16. */
  quantization?: string;
  note: string;
}

export const DEFAULT_MODEL_BASE_URL = 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main';
export const MODEL_BASE_URL_ENV = 'GUFTAGU_MODEL_BASE_URL';

const NOTE_DRAFT = 'Quick drafts and English; too weak for Urdu (Urdu needs at least small).';
const NOTE_EN = 'English only: cannot transcribe Urdu, Sindhi, Punjabi or Pashto.';
const NOTE_SMALL = 'The smallest model that handles Urdu; a good default on laptops.';
const NOTE_MEDIUM = 'Better Urdu and code-switching than small; needs about 2 GB of memory.';
const NOTE_LARGE = 'Most accurate, slowest; needs about 4 GB of memory.';
const NOTE_TURBO = 'Close to large-v3 accuracy at several times the speed; a good choice for Urdu.';
const NOTE_Q = 'Quantized: smaller and faster, slightly less accurate.';

type Row = [id: string, bytes: number, sha1: string | undefined, sha256: string | undefined, note: string];

// prettier-ignore
const rows: Row[] = [
  ['tiny', 77_691_713, 'bd577a113a864445d4c299885e0cb97d4ba92b5f', 'be07e048e1e599ad46341c8d2a135645097a538221678b7acdd1b1919c6e1b21', NOTE_DRAFT],
  ['tiny.en', 77_704_715, 'c78c86eb1a8faa21b369bcd33207cc90d64ae9df', '921e4cf8686fdd993dcd081a5da5b6c365bfde1162e72b08d75ac75289920b1f', NOTE_EN],
  ['tiny-q5_1', 32_152_673, '2827a03e495b1ed3048ef28a6a4620537db4ee51', '818710568da3ca15689e31a743197b520007872ff9576237bda97bd1b469c3d7', `${NOTE_DRAFT} ${NOTE_Q}`],
  ['tiny.en-q5_1', 32_166_155, '3fb92ec865cbbc769f08137f22470d6b66e071b6', 'c77c5766f1cef09b6b7d47f21b546cbddd4157886b3b5d6d4f709e91e66c7c2b', `${NOTE_EN} ${NOTE_Q}`],
  ['base', 147_951_465, '465707469ff3a37a2b9b8d8f89f2f99de7299dac', '60ed5bc3dd14eea856493d334349b405782ddcaf0028d4b5df4088345fba2efe', NOTE_DRAFT],
  ['base.en', 147_964_211, '137c40403d78fd54d454da0f9bd998f78703390c', undefined, NOTE_EN],
  ['base-q5_1', 59_707_625, 'a3733eda680ef76256db5fc5dd9de8629e62c5e7', '422f1ae452ade6f30a004d7e5c6a43195e4433bc370bf23fac9cc591f01a8898', `${NOTE_DRAFT} ${NOTE_Q}`],
  ['small', 487_601_967, '55356645c2b361a969dfd0ef2c5a50d530afd8d5', undefined, NOTE_SMALL],
  ['small.en', 487_614_201, 'db8a495a91d927739e50b3fc1cc4c6b8f6c2d022', undefined, NOTE_EN],
  ['small-q5_1', 190_085_487, '6fe57ddcfdd1c6b07cdcc73aaf620810ce5fc771', 'ae85e4a935d7a567bd102fe55afc16bb595bdb618e11b2fc7591bc08120411bb', `${NOTE_SMALL} ${NOTE_Q}`],
  ['medium', 1_533_763_059, 'fd9727b6e1217c2f614f9b698455c4ffd82463b4', undefined, NOTE_MEDIUM],
  ['medium.en', 1_533_774_781, '8c30f0e44ce9560643ebd10bbe50cd20eafd3723', undefined, NOTE_EN],
  ['medium-q5_0', 539_212_467, '7718d4c1ec62ca96998f058114db98236937490e', undefined, `${NOTE_MEDIUM} ${NOTE_Q}`],
  ['large-v1', 3_094_623_691, 'b1caaf735c4cc1429223d5a74f0f4d0b9b59a299', undefined, 'The first large model; large-v3 is better for Urdu.'],
  ['large-v2', 3_094_623_691, '0f4c8e34f21cf1a914c59d8b3ce882345ad349d6', undefined, 'Older large model; large-v3 is usually better for Urdu.'],
  ['large-v3', 3_095_033_483, 'ad82bf6a9043ceed055076d0fd39f5f186ff8062', undefined, NOTE_LARGE],
  ['large-v3-q5_0', 1_081_140_203, 'e6e2ed78495d403bef4b7cff42ef4aaadcfea8de', undefined, `${NOTE_LARGE} ${NOTE_Q}`],
  ['large-v3-turbo', 1_624_555_275, '4af2b29d7ec73d781377bfd1758ca957a807e941', undefined, NOTE_TURBO],
  ['large-v3-turbo-q5_0', 574_041_195, 'e050f7970618a659205450ad97eb95a18d69c9ee', undefined, `${NOTE_TURBO} ${NOTE_Q}`],
  ['large-v3-turbo-q8_0', 874_188_075, '01bf15bedffe9f39d65c1b6ff9b687ea91f59e0e', undefined, `${NOTE_TURBO} ${NOTE_Q}`],
];

function toEntry([id, bytes, sha1, sha256, note]: Row): WhisperModelEntry {
  const family = modelFamilies.find((name) => id.startsWith(name));
  if (!family) throw new Error(`Unknown model family for ${id}`);
  const quantization = /-(q\d_\d)$/.exec(id)?.[1];
  return {
    id,
    fileName: modelFileName(id),
    bytes,
    ...(sha1 ? { sha1 } : {}),
    ...(sha256 ? { sha256 } : {}),
    multilingual: !id.includes('.en'),
    family,
    ...(quantization ? { quantization } : {}),
    note,
  };
}

export const whisperModelCatalogue: readonly WhisperModelEntry[] = rows.map(toEntry);

export function modelFileName(id: string): string {
  return `ggml-${id}.bin`;
}

/** The id a file name stands for: 'ggml-small.bin' → 'small', 'my-urdu.bin' → 'my-urdu'. */
export function modelIdFromFileName(fileName: string): string {
  return fileName.replace(/^ggml-/, '').replace(/\.bin$/, '');
}

/** A catalogue entry by id ('small') or file name ('ggml-small.bin'). */
export function findCatalogueModel(idOrFileName: string): WhisperModelEntry | undefined {
  return whisperModelCatalogue.find((entry) => entry.id === idOrFileName || entry.fileName === idOrFileName);
}

/** The checksum a download is verified with: sha256 where known, else sha1, else none (size only). */
export function modelChecksum(
  entry: Pick<WhisperModelEntry, 'sha1' | 'sha256'>,
): { algorithm: 'sha256' | 'sha1'; hex: string } | undefined {
  if (entry.sha256) return { algorithm: 'sha256', hex: entry.sha256.toLowerCase() };
  if (entry.sha1) return { algorithm: 'sha1', hex: entry.sha1.toLowerCase() };
  return undefined;
}

/** GUFTAGU_MODEL_BASE_URL (a mirror, or a local server in tests), else Hugging Face. No trailing slash. */
export function modelBaseUrl(env: Readonly<Record<string, string | undefined>>): string {
  const override = env[MODEL_BASE_URL_ENV]?.trim();
  return (override ? override : DEFAULT_MODEL_BASE_URL).replace(/\/+$/, '');
}

export function modelDownloadUrl(
  entry: Pick<WhisperModelEntry, 'fileName'>,
  baseUrl: string = DEFAULT_MODEL_BASE_URL,
): string {
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(entry.fileName)}`;
}

/** The fixed part of a ggml whisper model file, as whisper.cpp's loader reads it. */
export interface WhisperModelHeader {
  nVocab: number;
  nAudioCtx: number;
  nAudioState: number;
  nAudioHead: number;
  nAudioLayer: number;
  nTextCtx: number;
  nTextState: number;
  nTextHead: number;
  nTextLayer: number;
  nMels: number;
  /** As stored: quantization version × 1000 + ggml ftype. */
  ftype: number;
}

const ftypeNames: Record<number, string> = {
  0: 'f32',
  1: 'f16',
  2: 'q4_0',
  3: 'q4_1',
  7: 'q8_0',
  8: 'q5_0',
  9: 'q5_1',
};

/** What a header says about a model in words the UI can show. */
export function describeModelHeader(header: WhisperModelHeader): {
  family: ModelFamily | undefined;
  multilingual: boolean;
  weights: string;
} {
  const byLayers: Record<number, ModelFamily> = {
    4: 'tiny',
    6: 'base',
    12: 'small',
    24: 'medium',
    32: 'large',
  };
  const ftype = header.ftype % 1000;
  return {
    family: byLayers[header.nAudioLayer],
    // English-only models have 51864 tokens; multilingual 51865 (51866 for large-v3).
    multilingual: header.nVocab >= 51865,
    weights: ftypeNames[ftype] ?? `type ${ftype}`,
  };
}

/** How sure we are that an installed file is the model it claims to be. */
export const modelVerifications = ['checksum', 'size', 'custom', 'damaged'] as const;
export type ModelVerification = (typeof modelVerifications)[number];

export const installedModelSchema = z.object({
  /** Catalogue id ('small') or, for an imported model, its file name without `ggml-` and `.bin`. */
  id: z.string().min(1),
  fileName: z.string().min(1),
  path: z.string().min(1),
  sizeBytes: z.number().int().nonnegative(),
  source: z.enum(['catalogue', 'imported']),
  /**
   * checksum: sha256/sha1 matched. size: size matches the catalogue, checksum not checked or not known
   * ("not verified"). custom: an imported model with a valid header and nothing to compare it with.
   * damaged: wrong size for its name, or not a readable whisper model.
   */
  verification: z.enum(modelVerifications),
  verified: z.boolean(),
  family: z.enum(modelFamilies).optional(),
  multilingual: z.boolean().optional(),
  note: z.string().optional(),
  /** Why a model is 'damaged', in plain words. */
  problem: z.string().optional(),
  /** Imported models: the name the user gave it ("Urdu small fine-tune"), shown instead of the id. */
  displayName: z.string().optional(),
  /** Imported models: the languages it was made for, as the user gave them (['ur', 'en']). */
  languages: z.array(z.string()).optional(),
  /** Imported models: from a file on this computer, or uploaded in browser mode. */
  origin: z.enum(['file', 'upload']).optional(),
  /** Imported models: the sha256 recorded when it was imported. */
  sha256: z.string().optional(),
});
export type InstalledModel = z.infer<typeof installedModelSchema>;

/** A download that stopped part-way and can be resumed. */
export const partialModelSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  receivedBytes: z.number().int().nonnegative(),
  totalBytes: z.number().int().nonnegative().optional(),
});
export type PartialModel = z.infer<typeof partialModelSchema>;

/** Label the UI shows next to a model. */
export function verificationLabel(verification: ModelVerification): string {
  switch (verification) {
    case 'checksum':
      return 'verified';
    case 'size':
    case 'custom':
      return 'not verified';
    case 'damaged':
      return 'damaged';
  }
}
