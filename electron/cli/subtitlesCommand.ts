import path from 'node:path';
import { GuftaguError } from '../../shared/errors';
import { encodingNames, type EncodingChoice } from '../../shared/subtitles/encoding';
import { describeNote, type ImportNote } from '../../shared/subtitles/importNotes';
import {
  formatFromFileName,
  renderSubtitles,
  subtitleFileFormats,
  subtitleFormatNames,
  type SubtitleFileFormat,
} from '../../shared/subtitles/formats';
import { directionOf } from '../../shared/transcript/model';
import { readSubtitleFile } from '../engine/subtitles/readSubtitleFile';
import { writeFileAtomic } from '../engine/workspace/atomicWrite';

export interface ConvertOptions {
  lenient?: boolean;
  encoding: EncodingChoice;
  format?: SubtitleFileFormat;
  /** For the WebVTT header and the ASS font: 'ur', 'en'. */
  language?: string;
}

/**
 * `guftagu subtitles convert <in> <out>`: no workspace. Each repair goes to stderr as
 * "line 14: <problem>, fixed: <fix>", each WebVTT block left out as "line 9: skipped: <problem>" (a browser
 * skips it too, so the run still succeeds); the output is written atomically; a summary goes to stdout.
 */
export async function subtitlesConvertCommand(
  input: string,
  output: string,
  options: ConvertOptions,
): Promise<number> {
  const format = options.format ?? formatFromFileName(output);
  if (!format)
    throw new GuftaguError(
      'invalid-request',
      `The output format cannot be told from "${path.basename(output)}".`,
      `Name the output file .${subtitleFileFormats.join(', .')}, or add --format <${subtitleFileFormats.join('|')}>.`,
    );
  const file = await readSubtitleFile(path.resolve(input), {
    lenient: options.lenient ?? false,
    encoding: options.encoding,
  });
  printImportNotes(file.repairs, file.skipped);
  const text = renderSubtitles(file.cues, format, {
    ...(options.language ? { language: options.language, direction: directionOf(options.language) } : {}),
    title: path.basename(input),
  });
  await writeFileAtomic(path.resolve(output), text);
  const repairs = file.repairs.length === 0 ? 'no repairs' : `${file.repairs.length} repaired`;
  const skipped =
    file.skipped.length === 0 ? '' : `, ${file.skipped.length} blocks skipped as a browser skips them`;
  process.stdout.write(
    `Wrote ${file.cues.length} cues to ${output} (${subtitleFormatNames[format]}), read as ${subtitleFormatNames[file.format]} in ${encodingNames[file.encoding]}; ${repairs}${skipped}.\n`,
  );
  return 0;
}

/** Each repair and each skipped WebVTT block, in line order, to stderr ("line 9: skipped: …"). */
export function printImportNotes(repairs: readonly ImportNote[], skipped: readonly ImportNote[]): void {
  const notes = [
    ...repairs.map((note) => ({ note, skipped: false })),
    ...skipped.map((note) => ({ note, skipped: true })),
  ].sort((a, b) => a.note.line - b.note.line);
  for (const { note, skipped: wasSkipped } of notes) {
    const { problem, fix } = describeNote(note);
    process.stderr.write(
      wasSkipped
        ? `line ${note.line}: skipped: ${problem}\n`
        : `line ${note.line}: ${problem}, fixed: ${fix}\n`,
    );
  }
}
