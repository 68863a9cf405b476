import path from 'node:path';
import { engineError } from '../../../shared/errorTexts';
import { GuftaguError } from '../../../shared/errors';
import type { EncodingChoice, TextEncoding } from '../../../shared/subtitles/encoding';
import {
  detectSubtitleFormat,
  parseSubtitles,
  subtitleFormatNames,
  type SubtitleFileFormat,
} from '../../../shared/subtitles/formats';
import { describeNote } from '../../../shared/subtitles/importNotes';
import { notSubtitles, type NotSubtitleKind } from '../../../shared/subtitles/notSubtitles';
import type { ParseResult } from '../../../shared/subtitles/parseContext';
import { readRegularFile } from '../workspace/regularFile';
import { decodeText } from './decodeText';

/** Subtitle files are small; anything this big is not one (and is not read into memory). */
export const MAX_SUBTITLE_FILE_BYTES = 50 * 1024 * 1024;

const notSubtitleNames: Record<NotSubtitleKind, string> = {
  pdf: 'it is a PDF document',
  zip: 'it is a ZIP archive or an office document',
  video: 'it is a video file',
  audio: 'it is an audio file',
  image: 'it is an image',
  binary: 'it holds binary data, not text',
};

export interface ReadSubtitleOptions {
  lenient?: boolean;
  encoding?: EncodingChoice;
  /** Default: from the content and the file name's extension. */
  format?: SubtitleFileFormat;
}

export interface SubtitleFile extends ParseResult {
  encoding: TextEncoding;
  format: SubtitleFileFormat;
}

/**
 * Reads, decodes and parses a subtitle file. Errors: not-subtitles (a PDF, archive, video, image or other
 * binary file), file-unreadable (missing, a folder, no permission, too
 * big), file-empty (no cues in an SRT, ASS or text file), invalid-request naming the line (strict mode, a
 * malformed file; a WebVTT file only when it is not WebVTT at all). A WebVTT file with no cues reads as a
 * browser reads it: no cues, its skipped blocks listed.
 */
export async function readSubtitleFile(
  filePath: string,
  options: ReadSubtitleOptions = {},
): Promise<SubtitleFile> {
  const bytes = await readBytes(filePath);
  const { text, encoding } = decodeText(bytes, options.encoding ?? 'auto');
  const notText = notSubtitles(bytes, text);
  if (notText)
    throw engineError('not-subtitles', {
      name: path.basename(filePath),
      what: notSubtitleNames[notText],
      kind: notText,
    });
  const format = options.format ?? detectSubtitleFormat(text, filePath);
  const result = parseSubtitles(text, format, { lenient: options.lenient ?? false });
  const [firstRepair] = result.repairs;
  if (result.cues.length === 0 && format !== 'vtt') {
    const where = { name: path.basename(filePath), format: subtitleFormatNames[format] };
    throw firstRepair
      ? engineError('subtitles-all-cues-bad', {
          ...where,
          problem: describeNote(firstRepair).problem,
          line: firstRepair.line,
        })
      : engineError('subtitles-none-found', where);
  }
  return { ...result, encoding, format };
}

async function readBytes(filePath: string): Promise<Uint8Array> {
  const name = path.basename(filePath);
  try {
    return await readRegularFile(filePath, {
      maxBytes: MAX_SUBTITLE_FILE_BYTES,
      what: 'subtitle file',
      tooBig: () =>
        engineError('subtitles-too-big', { name, maxMb: Math.round(MAX_SUBTITLE_FILE_BYTES / 1e6) }),
    });
  } catch (error) {
    if (error instanceof GuftaguError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES' || code === 'EPERM'
            ? 'you do not have permission to read it'
            : (error as Error).message;
    throw engineError(
      code === 'ENOENT' || code === 'EISDIR' ? 'subtitles-missing' : 'subtitles-unreadable',
      { name, reason, path: filePath },
      { cause: error },
    );
  }
}
