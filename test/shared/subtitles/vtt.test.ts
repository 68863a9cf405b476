import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVtt } from '../../../shared/subtitles/vtt';

const features = readFileSync(path.join(__dirname, '../../fixtures/subtitles/features.vtt'), 'utf8');

describe('parseVtt', () => {
  it('reads header, NOTE and STYLE blocks, identifiers, settings, tags and references strictly', () => {
    expect(parseVtt(features)).toEqual({
      cues: [
        { startMs: 400, endMs: 3200, text: 'میرا نام عائشہ ہے، میں کراچی سے آئی ہوں۔' },
        {
          startMs: 3400,
          endMs: 7100,
          text: 'Dialogue is the first step & more:\ntowards <tolerance> on campus. Yes.',
        },
        { startMs: 90_000_000, endMs: 90_001_500, text: 'A day later' },
      ],
      repairs: [],
    });
  });

  it('strict: refuses a file without the WEBVTT line, naming line 1', () => {
    expect(() => parseVtt('00:00.000 --> 00:01.000\nhi\n')).toThrow(
      "Line 1: a WebVTT file starts with WEBVTT, not '00:00.000 --> 00:01.000'.",
    );
  });

  it('strict: refuses SRT-style commas in times', () => {
    expect(() => parseVtt('WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nhi\n')).toThrow(
      /^Line 3: .*'\.' belongs/,
    );
  });

  it('lenient: reads a headerless file, commas, and a cue glued to the header', () => {
    expect(parseVtt('00:00:01,000 --> 00:00:02,000\nhi\n', { lenient: true })).toMatchObject({
      cues: [{ startMs: 1000, endMs: 2000, text: 'hi' }],
      repairs: [{ line: 1 }, { line: 1 }, { line: 1 }],
    });
    expect(parseVtt('WEBVTT\n00:01.000 --> 00:02.000\nglued\n', { lenient: true })).toEqual({
      cues: [{ startMs: 1000, endMs: 2000, text: 'glued' }],
      repairs: [
        { line: 2, problem: 'a cue starts with no blank line above it', fix: 'started a new cue there' },
      ],
    });
  });

  it('keeps a reference it does not know and a bare ampersand as they are', () => {
    expect(parseVtt('WEBVTT\n\n00:01.000 --> 00:02.000\nR&D &bogus; &#x627;&#1576;\n').cues[0]?.text).toBe(
      'R&D &bogus; اب',
    );
  });
});
