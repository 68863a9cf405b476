import { parseAss, toAss } from './ass';
import type { ParseOptions, ParseResult } from './parseContext';
import { parseSrt } from './srt';
import { parseText, toText } from './textFormat';
import { parseVtt } from './vtt';
import { toSrt, toVtt, type TimedText } from './writeSubtitles';

/** The subtitle files Guftagu reads and writes (the file extension is the format's name). */
export const subtitleFileFormats = ['srt', 'vtt', 'ass', 'txt'] as const;
export type SubtitleFileFormat = (typeof subtitleFileFormats)[number];

export const subtitleFormatNames: Record<SubtitleFileFormat, string> = {
  srt: 'SubRip (SRT)',
  vtt: 'WebVTT',
  ass: 'Advanced SubStation Alpha (ASS)',
  txt: 'plain text',
};

const extensions: Record<string, SubtitleFileFormat> = {
  srt: 'srt',
  vtt: 'vtt',
  webvtt: 'vtt',
  ass: 'ass',
  ssa: 'ass',
  txt: 'txt',
  text: 'txt',
};

/** The format a file name's extension names, or undefined. */
export function formatFromFileName(fileName: string): SubtitleFileFormat | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot === -1 ? undefined : extensions[fileName.slice(dot + 1).toLowerCase()];
}

/**
 * The format of a subtitle text: an unmistakable start wins (WEBVTT, [Script Info] or Dialogue lines), then
 * the file name's extension, then the shape of the time lines (`[00:01:02]` text format, `-->` SRT).
 */
export function detectSubtitleFormat(text: string, fileName?: string): SubtitleFileFormat {
  const head = text.slice(0, 64 * 1024);
  if (/^\uFEFF?\s*WEBVTT(?:[ \t\r\n]|$)/.test(head)) return 'vtt';
  if (/^\s*\[Script Info\]/im.test(head) || /^Dialogue:/m.test(head)) return 'ass';
  const byName = fileName === undefined ? undefined : formatFromFileName(fileName);
  if (byName) return byName;
  if (/^\s*\[\s*\d[\d:.,]*\s*(?:\]|-)/m.test(head)) return 'txt';
  return head.includes('-->') ? 'srt' : 'txt';
}

export function parseSubtitles(
  text: string,
  format: SubtitleFileFormat,
  options: ParseOptions = {},
): ParseResult {
  // A NUL never reaches a cue (WebVTT's rule, kept for every format): it becomes U+FFFD.
  const input = text.replace(/\0/g, '\uFFFD');
  switch (format) {
    case 'srt':
      return parseSrt(input, options);
    case 'vtt':
      return parseVtt(input, options);
    case 'ass':
      return parseAss(input, options);
    case 'txt':
      return parseText(input, options);
  }
}

export interface RenderOptions {
  /** Written in the WebVTT header (`Language: ur`). */
  language?: string;
  /** ASS: chooses the font for right-to-left text. */
  direction?: 'rtl' | 'ltr';
  /** ASS: the video's size in pixels (default 1920×1080). */
  widthPx?: number;
  heightPx?: number;
  /** ASS: the script's title. */
  title?: string;
}

export function renderSubtitles(
  cues: readonly TimedText[],
  format: SubtitleFileFormat,
  options: RenderOptions = {},
): string {
  switch (format) {
    case 'srt':
      return toSrt(cues);
    case 'vtt':
      return toVtt(cues, options.language);
    case 'ass':
      return toAss(cues, {
        ...(options.widthPx ? { playResX: options.widthPx } : {}),
        ...(options.heightPx ? { playResY: options.heightPx } : {}),
        ...(options.title ? { title: options.title } : {}),
        ...(options.direction ? { direction: options.direction } : {}),
      });
    case 'txt':
      return toText(cues);
  }
}
