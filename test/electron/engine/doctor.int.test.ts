import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../../support/engine';
import { needs } from '../../support/requirements';

/** Debian's ffmpeg (from .ci/run): skipped here without it, a failure in CI. */
const debianFfmpeg = () =>
  needs(
    '/usr/bin/ffmpeg and /usr/bin/ffprobe',
    existsSync('/usr/bin/ffmpeg') && existsSync('/usr/bin/ffprobe'),
  );

let t: TestEngine | undefined;

afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

describe('doctor.report', () => {
  it('describes the bundled ffmpeg: versions, libass with FriBidi only, libx264', async () => {
    t = await startTestEngine();
    const report = await t.engine.api['doctor.report']({});
    expect(report.ffmpeg).toMatchObject({ name: 'ffmpeg', source: 'bundled', ok: true });
    expect(report.ffprobe).toMatchObject({ name: 'ffprobe', source: 'bundled', ok: true });
    expect(report.ffmpeg.path).toContain('@ffmpeg-installer');
    expect(report.ffmpeg.version).toBeTruthy();
    expect(report.ffprobe.version).toBeTruthy();
    expect(report.libass).toBe(true);
    expect(report.libassShaper).toBe('fribidi');
    expect(report.ffmpegChoice).toEqual({ setting: 'bundled', reason: 'bundled-chosen' });
    expect(report.captionFonts).toEqual({ rightToLeft: 'Noto Naskh Arabic', latin: 'Noto Sans' });
    expect(report.h264Encoders).toContain('libx264');
    expect(report.workspacePath).toBe(t.workspacePath);
    expect(report.models).toEqual([]);
  });

  it.runIf(debianFfmpeg())(
    "reports the system ffmpeg after settings.update({ ffmpegSource: 'system' })",
    async () => {
      t = await startTestEngine();
      const settings = await t.engine.api['settings.update']({ ffmpegSource: 'system' });
      expect(settings.ffmpegSource).toBe('system');
      const report = await t.engine.api['doctor.report']({});
      expect(report.ffmpeg).toMatchObject({ path: '/usr/bin/ffmpeg', source: 'system', ok: true });
      expect(report.ffprobe).toMatchObject({ path: '/usr/bin/ffprobe', source: 'system', ok: true });
      expect(report.ffmpeg.version).toMatch(/^\d+\.\d+/);
      expect(report.libassShaper).toBe('harfbuzz');
      expect(await t.engine.api['settings.get']({})).toMatchObject({ ffmpegSource: 'system' });
    },
  );

  it.runIf(debianFfmpeg())(
    'Automatic (the default for a new settings file) picks the HarfBuzz system ffmpeg and Nastaliq',
    async () => {
      t = await startTestEngine();
      await t.engine.api['settings.update']({ ffmpegSource: 'auto' });
      const report = await t.engine.api['doctor.report']({});
      expect(report.ffmpegChoice).toEqual({ setting: 'auto', reason: 'auto-system-harfbuzz' });
      expect(report.ffmpeg).toMatchObject({ path: '/usr/bin/ffmpeg', source: 'system', ok: true });
      expect(report.libassShaper).toBe('harfbuzz');
      expect(report.captionFonts).toEqual({ rightToLeft: 'Noto Nastaliq Urdu', latin: 'Noto Sans' });
    },
  );

  it('says what is wrong when the ffmpeg set in Settings cannot run', async () => {
    t = await startTestEngine();
    await t.engine.api['settings.update']({ ffmpegPath: '/nonexistent/ffmpeg' });
    const report = await t.engine.api['doctor.report']({});
    expect(report.ffmpeg.ok).toBe(false);
    expect(report.ffmpeg.problem).toContain('/nonexistent/ffmpeg');
    expect(report.libass).toBe(false);
  });
});
