import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSubtitleFile } from '../../../../electron/engine/subtitles/readSubtitleFile';
import { useTempDirs } from '../../../support/tempDir';
import { encodeUtf16le } from './encodeText';

const fixtures = path.join(__dirname, '../../../fixtures/subtitles');
const tempDir = useTempDirs('guftagu-subtitles-');

describe('readSubtitleFile', () => {
  it('reads, decodes and parses, telling the format and the encoding', async () => {
    const file = path.join(tempDir(), 'features.txt');
    writeFileSync(file, encodeUtf16le('\uFEFFWEBVTT\n\n00:01.000 --> 00:02.000\nہیلو\n'));
    await expect(readSubtitleFile(file)).resolves.toEqual({
      cues: [{ startMs: 1000, endMs: 2000, text: 'ہیلو' }],
      repairs: [],
      skipped: [],
      format: 'vtt',
      encoding: 'utf-16le',
    });
  });

  it('strict: a malformed file is an invalid-request error naming the line, with the lenient hint', async () => {
    await expect(readSubtitleFile(path.join(fixtures, 'malformed.srt'))).rejects.toMatchObject({
      code: 'invalid-request',
      message: "Line 7: the time '00:00:03,4' has too few digits after the seconds.",
      hint: expect.stringContaining('Import leniently') as unknown,
    });
    const lenient = await readSubtitleFile(path.join(fixtures, 'malformed.srt'), { lenient: true });
    expect(lenient.cues).toHaveLength(5);
    expect(lenient.repairs).toHaveLength(7);
  });

  it('reads the ASS fixture by its content', async () => {
    const file = await readSubtitleFile(path.join(fixtures, 'styled.ass'), { format: undefined });
    expect(file.format).toBe('ass');
    expect(file.cues).toHaveLength(3);
  });

  it.each([
    [
      'a missing file',
      (folder: string) => path.join(folder, 'nope.srt'),
      /nope\.srt could not be read: there is no such file/,
    ],
    [
      'a folder',
      (folder: string) => (mkdirSync(path.join(folder, 'dir.srt')), path.join(folder, 'dir.srt')),
      /dir\.srt is a folder/,
    ],
    [
      'a FIFO (at once, not waiting for a writer)',
      (folder: string) => (
        execFileSync('mkfifo', [path.join(folder, 'pipe.srt')]),
        path.join(folder, 'pipe.srt')
      ),
      /pipe\.srt is not a regular file \(it is a pipe \(FIFO\)\)/,
    ],
    ['/dev/zero (size 0, never ends)', () => '/dev/zero', /zero is not a regular file \(it is a device\)/],
  ])('refuses %s as file-unreadable with a hint', async (_name, make, message) => {
    const error = await readSubtitleFile(make(tempDir())).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'file-unreadable',
      message: expect.stringMatching(message) as unknown,
    });
    expect((error as { hint: string }).hint).toMatch(/choose the subtitle file/i);
  });

  it('refuses a file with no cues as file-empty', async () => {
    const empty = path.join(tempDir(), 'empty.srt');
    writeFileSync(empty, '');
    await expect(readSubtitleFile(empty)).rejects.toMatchObject({ code: 'file-empty' });
    const garbage = path.join(tempDir(), 'garbage.srt');
    writeFileSync(garbage, '1\n00:00:0x,000 --> 00:00:01,000\nx\n');
    await expect(readSubtitleFile(garbage, { lenient: true })).rejects.toMatchObject({
      code: 'file-empty',
      hint: expect.stringContaining('(line 2)') as unknown,
    });
  });
});

describe('readSubtitleFile refuses what is not subtitles', () => {
  it('a PDF picked as subtitles is not-subtitles, saying what it is', async () => {
    const file = path.join(tempDir(), 'agenda.txt');
    writeFileSync(
      file,
      '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nstream\n\u0000\u0001\u0002\u0003\nendstream\n',
    );
    await expect(readSubtitleFile(file)).rejects.toMatchObject({
      code: 'not-subtitles',
      message: 'agenda.txt is not a subtitle file (it is a PDF document).',
      hint: expect.stringContaining('SRT, WebVTT, ASS') as unknown,
    });
  });

  it('a real MP4 made by ffmpeg is refused before parsing', async () => {
    const file = path.join(tempDir(), 'clip.srt');
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'color=c=black:s=64x64:d=0.2',
      '-y',
      file.replace(/\.srt$/, '.mp4'),
    ]);
    writeFileSync(file, readFileSync(file.replace(/\.srt$/, '.mp4')));
    await expect(readSubtitleFile(file)).rejects.toMatchObject({ code: 'not-subtitles' });
  });

  it('binary data without a known signature is refused as binary', async () => {
    const file = path.join(tempDir(), 'noise.srt');
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)));
    await expect(readSubtitleFile(file)).rejects.toMatchObject({
      code: 'not-subtitles',
      message: expect.stringContaining('binary data') as unknown,
    });
  });
});
