import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSubtitles } from '../../../shared/subtitles/formats';
import { runCli } from '../../support/cli';
import { sharedFixture, haveSharedFixtures } from '../../support/sharedFixtures';
import { encodeUtf16le } from '../engine/subtitles/encodeText';

const fixtures = path.join(__dirname, '../../fixtures/subtitles');
let root: string;
let configDir: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-cli-subtitles-'));
  configDir = path.join(root, 'config');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const guftagu = (...args: string[]) => runCli(configDir, args);

describe('guftagu subtitles convert', () => {
  it('--help describes the command and its options', async () => {
    const result = await guftagu('subtitles', 'convert', '--help');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Usage: guftagu subtitles convert [options] <in> <out>');
    for (const option of ['--lenient', '--encoding', '--format']) expect(result.stdout).toContain(option);
    expect((await guftagu('subtitles', '--help')).stdout).toContain('convert');
  });

  it.runIf(haveSharedFixtures())('converts SRT to every format and back, with no workspace', async () => {
    const fixture = sharedFixture('subtitles/interview-ur-en.srt');
    const expected = parseSubtitles(readFileSync(fixture, 'utf8'), 'srt').cues;
    for (const format of ['vtt', 'ass', 'txt'] as const) {
      const out = path.join(root, `interview.${format}`);
      const converted = await guftagu('subtitles', 'convert', fixture, out, '--language', 'ur');
      expect(converted.code, converted.stderr).toBe(0);
      expect(converted.stderr).toBe('');
      expect(converted.stdout).toContain(`Wrote 5 cues to ${out}`);
      const back = path.join(root, `back-${format}.srt`);
      expect((await guftagu('subtitles', 'convert', out, back)).code).toBe(0);
      expect(parseSubtitles(readFileSync(back, 'utf8'), 'srt').cues).toEqual(expected);
    }
    expect(readFileSync(path.join(root, 'interview.vtt'), 'utf8')).toMatch(/^WEBVTT\nLanguage: ur\n/);
    expect(existsSync(path.join(root, 'workspace'))).toBe(false);
  });

  it('strict: a malformed file exits 1 naming the line, hints at --lenient, and writes nothing', async () => {
    const out = path.join(root, 'strict.vtt');
    const result = await guftagu('subtitles', 'convert', path.join(fixtures, 'malformed.srt'), out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "Error: Line 7: the time '00:00:03,4' has too few digits after the seconds.",
    );
    expect(result.stderr).toMatch(/Hint: .*--lenient/);
    expect(existsSync(out)).toBe(false);
  });

  it('--lenient prints each repair with its line to stderr and writes the repaired cues', async () => {
    const out = path.join(root, 'repaired.srt');
    const result = await guftagu(
      'subtitles',
      'convert',
      path.join(fixtures, 'malformed.srt'),
      out,
      '--lenient',
    );
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe(
      "line 7: the time '00:00:03,4' has too few digits after the seconds, fixed: read it as 00:00:03,400",
    );
    expect(lines[4]).toBe("line 14: the time '00:00:0x,000' is not a time, fixed: left it out");
    expect(result.stdout).toContain('7 repaired');
    expect(parseSubtitles(readFileSync(out, 'utf8'), 'srt').cues).toHaveLength(5);
  });

  it('a WebVTT file with skipped blocks: each printed with its line, the cues written, exit 0', async () => {
    const input = path.join(root, 'skips.vtt');
    writeFileSync(
      input,
      [
        'WEBVTT',
        '',
        '00:00:01.000 --> 00:00:04.000',
        'میں نے کہا، ہم social media پر 3 campaigns کریں گے۔',
        '',
        '00:00:02.000 --> 00:00:05.000',
        'Bilal: overlapping, and kept',
        '',
        '00:00:06,000 --> 00:00:07,000', // line 9: an SRT comma, skipped as a browser skips it
        'comma',
        '',
        'stray text with no time', // line 12
        '',
      ].join('\n'),
    );
    const out = path.join(root, 'skips.srt');
    const result = await guftagu('subtitles', 'convert', input, out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      "line 9: skipped: the time line '00:00:06,000 --> 00:00:07,000' is not a WebVTT time line",
      "line 12: skipped: the block 'stray text with no time' has no time line (start --> end)",
    ]);
    expect(result.stdout).toContain('Wrote 2 cues');
    expect(result.stdout).toContain('2 blocks skipped as a browser skips them');
    expect(parseSubtitles(readFileSync(out, 'utf8'), 'srt').cues).toEqual([
      { startMs: 1000, endMs: 4000, text: 'میں نے کہا، ہم social media پر 3 campaigns کریں گے۔' },
      { startMs: 2000, endMs: 5000, text: 'Bilal: overlapping, and kept' },
    ]);
  });

  it('--encoding and --format override detection', async () => {
    const input = path.join(root, 'utf16.dat');
    writeFileSync(input, encodeUtf16le('1\n00:00:01,000 --> 00:00:02,000\nہیلو\n'));
    const out = path.join(root, 'utf16-out.subs');
    const result = await guftagu(
      'subtitles',
      'convert',
      input,
      out,
      '--encoding',
      'utf-16le',
      '--format',
      'vtt',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('UTF-16 LE');
    expect(readFileSync(out, 'utf8')).toBe('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nہیلو\n');
  });

  it('refuses an output whose format cannot be told, and a bad --encoding', async () => {
    const noFormat = await guftagu(
      'subtitles',
      'convert',
      path.join(fixtures, 'styled.ass'),
      path.join(root, 'x.out'),
    );
    expect(noFormat.code).toBe(1);
    expect(noFormat.stderr).toMatch(/Hint: .*--format/);
    const badEncoding = await guftagu('subtitles', 'convert', 'a.srt', 'b.srt', '--encoding', 'latin9');
    expect(badEncoding.code).not.toBe(0);
    expect(badEncoding.stderr).toContain('latin9');
    const missing = await guftagu(
      'subtitles',
      'convert',
      path.join(root, 'missing.srt'),
      path.join(root, 'o.srt'),
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('missing.srt could not be read');
  });
});
