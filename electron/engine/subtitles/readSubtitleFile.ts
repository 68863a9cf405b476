import path from 'node:path';
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
    throw new GuftaguError(
      'not-subtitles',
      `${path.basename(filePath)} is not a subtitle file (${notSubtitleNames[notText]}).`,
      'Choose an SRT, WebVTT, ASS or plain-text subtitle file.',
    );
  const format = options.format ?? detectSubtitleFormat(text, filePath);
  const result = parseSubtitles(text, format, { lenient: options.lenient ?? false });
  const [firstRepair] = result.repairs;
  if (result.cues.length === 0 && format !== 'vtt') {
    throw new GuftaguError(
      'file-empty',
      `No subtitles were found in ${path.basename(filePath)} (read as ${subtitleFormatNames[format]}).`,
      firstRepair
        ? `Every cue had a problem: ${describeNote(firstRepair).problem} (line ${firstRepair.line}). Fix the file, or choose another.`
        : 'Choose an SRT, WebVTT, ASS or text file that has subtitles in it.',
    );
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
        new GuftaguError(
          'file-unreadable',
          `${name} is over ${Math.round(MAX_SUBTITLE_FILE_BYTES / 1e6)} MB: too big for a subtitle file.`,
          'Choose the subtitle file (.srt, .vtt, .ass or .txt), not the video.',
        ),
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
    throw new GuftaguError(
      'file-unreadable',
      `${name} could not be read: ${reason}.`,
      code === 'ENOENT' || code === 'EISDIR'
        ? `Check the path (${filePath}) and choose the subtitle file itself.`
        : 'Check that the file is readable (permissions, a disconnected drive), then try again.',
      { cause: error },
    );
  }
}
