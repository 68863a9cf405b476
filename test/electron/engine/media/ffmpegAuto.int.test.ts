import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFfmpegTools, warmAutomaticChoice } from '../../../../electron/engine/media/binaries';
import { libassShaper, libassShaperSync } from '../../../../electron/engine/media/libassShaper';
import { GuftaguError } from '../../../../shared/errors';

// The automatic ffmpeg choice with real binaries: Debian's ffmpeg 5.1 (libass with HarfBuzz, installed by
// .ci/run) and the bundled 2018 build (FriBidi only); stand-in "ffmpeg" scripts only where a broken or
// FriBidi-only system ffmpeg is needed.
const systemFfmpeg = '/usr/bin/ffmpeg';
let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-ffmpeg-auto-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A folder holding an executable `ffmpeg` script with this body: a PATH of its own. */
function fakeFfmpegFolder(name: string, body: string): string {
  const folder = path.join(root, name);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'ffmpeg');
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return folder;
}

describe('warmAutomaticChoice', () => {
  it('probes the system ffmpeg at start, so the first job finds the answer without running ffmpeg again', async () => {
    const runs = path.join(root, 'warm-runs.txt');
    const folder = fakeFfmpegFolder(
      'warm',
      `echo run >> '${runs}'; echo "[Parsed_ass_0] Shaper: FriBidi 1.0.8 (SIMPLE) HarfBuzz-ng 6.0.0" >&2`,
    );
    await warmAutomaticChoice({ ffmpegSource: 'auto' }, { PATH: folder });
    expect(libassShaperSync(path.join(folder, 'ffmpeg'))).toBe('harfbuzz');
    expect(readFileSync(runs, 'utf8').trim().split('\n')).toEqual(['run']);
  });

  it('probes nothing when a path is set or the source is forced', async () => {
    const runs = path.join(root, 'cold-runs.txt');
    const folder = fakeFfmpegFolder('cold', `echo run >> '${runs}'`);
    await warmAutomaticChoice({ ffmpegSource: 'auto', ffmpegPath: '/opt/ffmpeg' }, { PATH: folder });
    await warmAutomaticChoice({ ffmpegSource: 'bundled' }, { PATH: folder });
    expect(() => readFileSync(runs, 'utf8')).toThrow();
  });
});

describe('libassShaper (the one probe)', () => {
  it('tells HarfBuzz in the system ffmpeg and FriBidi in the bundled one', async () => {
    expect(await libassShaper(systemFfmpeg)).toBe('harfbuzz');
    const bundled = resolveFfmpegTools({ ffmpegSource: 'bundled' }).ffmpeg.path;
    expect(await libassShaper(bundled)).toBe('fribidi');
    expect(libassShaperSync(bundled)).toBe('fribidi');
  });

  it('reports a failed probe and does not remember it: the next call probes again', async () => {
    const folder = fakeFfmpegFolder('flaky', 'echo "Segmentation fault" >&2; exit 139');
    const ffmpeg = path.join(folder, 'ffmpeg');
    const failure = await libassShaper(ffmpeg).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GuftaguError);
    expect((failure as GuftaguError).code).toBe('tool-failed');
    expect((failure as GuftaguError).details).toContain('Segmentation fault');
    expect(() => libassShaperSync(ffmpeg)).toThrow(/could not tell how/);
    writeFileSync(
      ffmpeg,
      '#!/bin/sh\necho "[Parsed_ass_0] Shaper: FriBidi 1.0.8 (SIMPLE) HarfBuzz-ng 6.0.0" >&2\n',
    );
    expect(await libassShaper(ffmpeg)).toBe('harfbuzz');
  });

  it("says 'none' for an ffmpeg without the ass filter", () => {
    const folder = fakeFfmpegFolder('no-libass', `echo "No such filter: 'ass'" >&2; exit 1`);
    expect(libassShaperSync(path.join(folder, 'ffmpeg'))).toBe('none');
  });
});

describe('resolveFfmpegTools with Automatic', () => {
  it('takes the HarfBuzz system ffmpeg (and its ffprobe)', () => {
    const tools = resolveFfmpegTools({ ffmpegSource: 'auto' }, { env: { PATH: '/usr/bin' } });
    expect(tools.choice).toEqual({ origin: 'system', reason: 'auto-system-harfbuzz' });
    expect(tools.ffmpeg).toMatchObject({ path: systemFfmpeg, source: 'system' });
    expect(tools.ffprobe).toMatchObject({ path: '/usr/bin/ffprobe', source: 'system' });
  });

  it('keeps the bundled ffmpeg when the system has none', () => {
    const tools = resolveFfmpegTools({ ffmpegSource: 'auto' }, { env: { PATH: path.join(root, 'empty') } });
    expect(tools.choice).toEqual({ origin: 'bundled', reason: 'auto-no-system' });
    expect(tools.ffmpeg.path).toContain('@ffmpeg-installer');
  });

  it('keeps the bundled ffmpeg when the system one shapes with FriBidi only, or fails its test run', () => {
    const fribidi = fakeFfmpegFolder('fribidi', 'echo "[Parsed_ass_0] Shaper: FriBidi 0.19.7 (SIMPLE)" >&2');
    expect(resolveFfmpegTools({ ffmpegSource: 'auto' }, { env: { PATH: fribidi } }).choice).toEqual({
      origin: 'bundled',
      reason: 'auto-system-fribidi',
    });
    const broken = fakeFfmpegFolder('broken', 'exit 1');
    expect(resolveFfmpegTools({ ffmpegSource: 'auto' }, { env: { PATH: broken } }).choice).toEqual({
      origin: 'bundled',
      reason: 'auto-system-probe-failed',
    });
  });

  it('a path you set wins, and is refused clearly when it cannot run', () => {
    const tools = resolveFfmpegTools({ ffmpegSource: 'auto', ffmpegPath: systemFfmpeg });
    expect(tools.choice.reason).toBe('path-set');
    expect(tools.ffmpeg).toMatchObject({ path: systemFfmpeg, source: 'custom' });
    expect(() => resolveFfmpegTools({ ffmpegSource: 'auto', ffmpegPath: '/nonexistent/ffmpeg' })).toThrow(
      'The ffmpeg you set (/nonexistent/ffmpeg) cannot be run.',
    );
  });
});
