import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSubtitleFile } from '../../../../electron/engine/subtitles/readSubtitleFile';
import type { TimedText } from '../../../../shared/subtitles/writeSubtitles';
import { useTempDirs } from '../../../support/tempDir';

/*
 * The W3C web-platform-tests WebVTT file-parsing cases (test/fixtures/wpt-webvtt, BSD-3, see its README),
 * run through the real import: each body is written as a .vtt file and read with readSubtitleFile in the
 * default mode; then the case's own assertions run against the cues, seen as a browser's VTTCue objects.
 * What Guftagu keeps is checked (count, startTime, endTime, text, line, snapToLines, lineAlign, position,
 * positionAlign, size, align); what it does not keep (id, region, vertical, style sheets) is counted apart.
 */

const folder = path.join(__dirname, '../../../fixtures/wpt-webvtt');
const tempDir = useTempDirs('guftagu-wpt-webvtt-');

/** Python's `unicode_escape`, as the WPT build script decodes each body (ASCII input). */
export function decodeEscapes(text: string): string {
  return text.replace(
    /\\(\n|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[0-7]{1,3}|[\\'"abfnrtv])/g,
    (_whole, escape: string) => {
      if (escape === '\n') return '';
      if (escape[0] === 'x' || escape[0] === 'u') return String.fromCharCode(parseInt(escape.slice(1), 16));
      if (/^[0-7]/.test(escape)) return String.fromCharCode(parseInt(escape, 8));
      const simple: Record<string, string> = {
        a: '\x07',
        b: '\b',
        f: '\f',
        n: '\n',
        r: '\r',
        t: '\t',
        v: '\v',
      };
      return simple[escape] ?? escape;
    },
  );
}

interface WptCase {
  title: string;
  js: string;
  vtt: string;
}

function readCase(file: string): WptCase {
  const source = readFileSync(path.join(folder, file), 'utf8');
  const blank = source.indexOf('\n\n');
  const title = source.slice(0, blank).split('\n')[0] ?? file;
  const body = source.slice(blank + 2);
  const split = body.indexOf('===\n');
  return { title, js: body.slice(0, split), vtt: decodeEscapes(body.slice(split + 4)) };
}

/** Stands for a property Guftagu does not keep: any use of it reads as itself. */
const unkept: object = new Proxy(function unkeptValue() {}, {
  get: (_target, key) => (key === Symbol.toPrimitive ? () => 'unkept' : unkept),
});

/** A cue as a browser's VTTCue shows it (times in seconds, defaults where the file set nothing). */
function asVttCue(cue: TimedText): object {
  const { line, position, sizePercent, align } = cue.settings ?? {};
  const view: Record<string, unknown> = {
    startTime: cue.startMs / 1000,
    endTime: cue.endMs / 1000,
    text: cue.text,
    line: line ? line.value : 'auto',
    snapToLines: line ? !line.percent : true,
    lineAlign: line?.align ?? 'start',
    position: position ? position.percent : 'auto',
    positionAlign: position?.align ?? 'auto',
    size: sizePercent ?? 100,
    align: align ?? 'center',
  };
  return new Proxy(view, {
    get: (target, key) => (typeof key === 'string' && key in target ? target[key] : unkept),
  });
}

/** testharness.js's same_value: 0 and -0 differ, NaN equals NaN. */
const sameValue = (a: unknown, b: unknown) => Object.is(a, b);

interface Outcome {
  checked: number;
  unkeptChecks: number;
  failures: string[];
}

function runAssertions(js: string, cues: readonly TimedText[]): Outcome {
  const outcome: Outcome = { checked: 0, unkeptChecks: 0, failures: [] };
  const check = (actual: unknown, pass: (value: unknown) => boolean, what: string) => {
    if (actual === unkept) {
      outcome.unkeptChecks += 1;
      return;
    }
    outcome.checked += 1;
    if (!pass(actual)) outcome.failures.push(`${what}: got ${String(actual)}`);
  };
  const harness = {
    assert_equals: (actual: unknown, expected: unknown, message?: string) =>
      check(actual, (value) => sameValue(value, expected), `expected ${String(expected)} ${message ?? ''}`),
    assert_not_equals: (actual: unknown, expected: unknown) =>
      check(actual, (value) => !sameValue(value, expected), `expected not ${String(expected)}`),
    assert_true: (actual: unknown, message?: string) =>
      check(actual, (value) => value === true, `expected true ${message ?? ''}`),
    assert_false: (actual: unknown, message?: string) =>
      check(actual, (value) => value === false, `expected false ${message ?? ''}`),
  };
  const names = [...Object.keys(harness), 'cues', 'document', 'CSSRule'];
  // The case's own JavaScript, from the committed fixture (test code, never product code).
  const run = new Function(...names, js) as (...args: unknown[]) => void;
  run(...Object.values(harness), cues.map(asVttCue), unkept, unkept);
  return outcome;
}

const numbered = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => `${prefix}${from + index}`);
const times = (texts: readonly string[], startMs = 0, endMs = 1000) =>
  texts.map((text) => ({ startMs, endMs, text }));
const repeated = (text: string, count: number) => Array.from({ length: count }, () => text);

/**
 * Every cue of every case (start and end in ms, text), as the spec reads each body: the WPT assertions
 * check only some of them (often just the count).
 */
const everyCue: Record<string, { startMs: number; endMs: number; text: string }[]> = {
  'arrows.test': times(numbered('text', 1, 6)),
  'ids.test': times(numbered('text', 1, 5)),
  'newlines.test': times(numbered('text', 1, 4)),
  'nulls.test': times(['text1', 'text2', '\uFFFDtext\uFFFD3', 'text4', 'text5', 'text6', 'text7']),
  'regions-id.test': times(repeated('valid', 4)),
  'regions-old.test': times(['text1', 'text2']),
  'regions-regionanchor.test': times(repeated('text', 20)),
  'regions-scroll.test': times(repeated('text', 6)),
  'regions-viewportanchor.test': times(repeated('text', 20)),
  'settings-align.test': times(numbered('text', 1, 13)),
  'settings-line.test': times([
    ...numbered('valid', 0, 14),
    ...numbered('invalid', 15, 35),
    ...numbered('text', 36, 44),
  ]),
  'settings-multiple.test': times(['text1', 'text2']),
  'settings-position.test': times([...numbered('text', 1, 10), ...repeated('invalid', 12)]),
  'settings-region.test': times([...numbered('text', 1, 5), ...repeated('invalid', 4)]),
  'settings-size.test': times([...numbered('text', 1, 7), ...repeated('invalid', 9)]),
  'settings-vertical.test': times([...numbered('text', 1, 4), ...repeated('invalid', 4)]),
  'signature-no-newline.test': [],
  'stylesheets-newlines.test': times(['text', 'text']),
  'stylesheets-none.test': [],
  // Browsers keep a cue that ends before it starts (it is never shown); so does the default import.
  'timings-negative.test': [
    { startMs: 0, endMs: 0, text: 'text1' },
    { startMs: 1000, endMs: 999, text: 'text2' },
    { startMs: 60_000, endMs: 59_999, text: 'text3' },
    { startMs: 3_600_000, endMs: 3_599_999, text: 'text4' },
  ],
  'timings-omitted-hours.test': times(numbered('text', 1, 3)),
  'timings-too-long.test': times(['text1', 'text2']),
  'timings-too-short.test': times(['text1', 'text2']),
  'whitespace-chars.test': times(['   text1', 'text2', 'text3']),
};

const files = readdirSync(folder)
  .filter((file) => file.endsWith('.test'))
  .sort();

describe('the WPT WebVTT file-parsing cases, through the real import (default mode)', () => {
  it('has every case of the suite', () => {
    expect(files).toHaveLength(24);
  });

  it.each(files)('%s', async (file) => {
    const wpt = readCase(file);
    const vttPath = path.join(tempDir(), file.replace(/\.test$/, '.vtt'));
    writeFileSync(vttPath, wpt.vtt, 'utf8');
    const imported = await readSubtitleFile(vttPath);
    expect(imported.format).toBe('vtt');
    expect(imported.repairs).toEqual([]);
    const outcome = runAssertions(wpt.js, imported.cues);
    expect(outcome.failures, wpt.title).toEqual([]);
    if (!file.startsWith('stylesheets-'))
      expect(outcome.checked, 'assertions Guftagu can check').toBeGreaterThan(0);
    const expected = everyCue[file];
    expect(expected, `the cues of ${file}`).toBeDefined();
    expect(imported.cues.map(({ startMs, endMs, text }) => ({ startMs, endMs, text }))).toEqual(expected);
    for (const cue of imported.cues) expect(cue.text).not.toContain('FAIL');
  });
});
