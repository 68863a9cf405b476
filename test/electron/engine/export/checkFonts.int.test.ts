import { afterEach, describe, expect, it } from 'vitest';
import { detectShaper } from '../../../../electron/engine/export/tools';
import { bundledFfmpeg } from '../../../support/makeMedia';
import { cue, setUpExport, transcriptOf, type ExportWorld } from './exportFixture';

let world: ExportWorld | undefined;
afterEach(async () => {
  await world?.dispose();
  world = undefined;
});

describe('export.check on caption fonts (bundled ffmpeg, FriBidi only)', () => {
  it('says Nastaliq burns as Naskh and names a character no bundled font has, with its cue', async () => {
    expect(await detectShaper(bundledFfmpeg())).toBe('fribidi');
    world = await setUpExport({
      transcript: (mediaId) =>
        transcriptOf(mediaId, [
          cue('u1', 200, 1_400, 'ہم نے social media پر 3 campaigns کیں۔'),
          cue('u2', 1_500, 2_800, 'انہوں نے नमस्ते کہا'),
        ]),
    });
    const { engine, sessionId, clip } = world;
    await engine.api['styles.save']({
      style: { id: 'nastaliq-always', name: 'Nastaliq', font: 'nastaliq', primaryLanguage: 'ur' },
    });
    const { warnings } = await engine.api['export.check']({
      sessionId,
      clipIds: [clip.id],
      presetIds: ['test-small'],
      styleId: 'nastaliq-always',
    });
    const kinds = warnings.map((warning) => warning.kind);
    expect(kinds).toContain('font-substituted');
    expect(warnings.find((warning) => warning.kind === 'font-substituted')).toMatchObject({
      fontFamily: 'Noto Naskh Arabic',
      severity: 'warning',
    });
    const missing = warnings.filter((warning) => warning.kind === 'missing-glyph');
    expect(missing.map((warning) => [warning.char, warning.cueId])).toEqual([
      ['न', 'u2'],
      ['म', 'u2'],
      ['स', 'u2'],
      ['्', 'u2'],
      ['त', 'u2'],
      ['े', 'u2'],
    ]);
    // The default style (automatic font) on the same clip: nothing about fonts but the Devanagari word.
    const auto = await engine.api['export.check']({
      sessionId,
      clipIds: [clip.id],
      presetIds: ['test-small'],
    });
    expect(auto.warnings.some((warning) => warning.kind === 'font-substituted')).toBe(false);
  });
});
