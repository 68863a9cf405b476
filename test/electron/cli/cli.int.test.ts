import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doctorReportSchema } from '../../../shared/model/doctor';
import { runCli } from '../../support/cli';
import { makeMedia } from '../../support/makeMedia';

let root: string;
let workspace: string;
let configDir: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-cli-'));
  workspace = path.join(root, 'workspace');
  configDir = path.join(root, 'config');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Runs `node bin/guftagu.js …` with this file's config folder. */
const guftagu = (...args: string[]) => runCli(configDir, args);

describe('guftagu CLI', () => {
  it.each(['doctor', 'session create', 'session list', 'import'])(
    '%s --help names --workspace',
    async (command) => {
      const result = await guftagu(...command.split(' '), '--help');
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('--workspace');
      expect(result.stdout).toContain('Usage: guftagu');
    },
  );

  it('doctor --json reports the tools the automatic choice took (the HarfBuzz system ffmpeg here)', async () => {
    const result = await guftagu('doctor', '--json', '-w', workspace);
    expect(result.code, result.stderr).toBe(0);
    const report = doctorReportSchema.parse(JSON.parse(result.stdout));
    expect(report.ffmpegChoice).toEqual({ setting: 'auto', reason: 'auto-system-harfbuzz' });
    expect(report.ffmpeg).toMatchObject({ name: 'ffmpeg', ok: true, source: 'system' });
    expect(report.ffprobe).toMatchObject({ name: 'ffprobe', ok: true, source: 'system' });
    expect(report.ffmpeg.version).toBeTruthy();
    expect(report.ffprobe.version).toBeTruthy();
    expect(report.libass).toBe(true);
    expect(report.libassShaper).toBe('harfbuzz');
    expect(report.captionFonts.rightToLeft).toBe('Noto Nastaliq Urdu');
    expect(report.h264Encoders).toContain('libx264');
    expect(report.workspacePath).toBe(workspace);
  });

  it('creates a session, imports into it by title and prints the duration', async () => {
    const created = await guftagu('session', 'create', 'Lahore dialogue', '-w', workspace);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('Created session "Lahore dialogue"');

    const listed = await guftagu('session', 'list', '--json', '-w', workspace);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject([
      { title: 'Lahore dialogue', state: 'ok', mediaCount: 0 },
    ]);

    const file = makeMedia(path.join(root, 'media'), 'interview one.mp4', { durationS: 3 });
    const imported = await guftagu('import', file, '--session', 'lahore dialogue', '-w', workspace);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('interview one.mp4');
    expect(imported.stdout).toContain('0:03');
    expect(imported.stdout).toContain('320x240');

    const table = await guftagu('session', 'list', '-w', workspace);
    expect(table.stdout).toMatch(/Lahore dialogue\s+1\s/);
    // The ffmpeg command lines went to the log in GUFTAGU_CONFIG_DIR, not the user's own folder.
    expect(readFileSync(path.join(configDir, 'logs', 'guftagu.log'), 'utf8')).toContain('interview one.mp4');
  });

  it('fails an import of a 0-byte file with exit 1, an error and a hint', async () => {
    const empty = path.join(root, 'media', 'empty.mp4');
    writeFileSync(empty, '');
    const result = await guftagu('import', empty, '--session', 'Lahore dialogue', '-w', workspace);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Error:');
    expect(result.stderr).toContain('empty');
    expect(result.stderr).toContain('Hint:');
  });

  it('fails for an unknown session with exit 1', async () => {
    const result = await guftagu(
      'import',
      path.join(root, 'media', 'interview one.mp4'),
      '--session',
      'Quetta',
      '-w',
      workspace,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Error: There is no session "Quetta"');
    expect(result.stderr).toContain('Hint:');
  });

  it('refuses an import without --session', async () => {
    const result = await guftagu('import', 'a.mp4', '-w', workspace);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('--session');
  });
});
