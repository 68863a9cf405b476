import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFonts } from '../../../../electron/engine/export/tools';
import { buildAssDocument } from '../../../../shared/export/assDocument';
import { captionStyleSchema } from '../../../../shared/model/clips';
import { bundledFfmpeg } from '../../../support/makeMedia';
import { needs } from '../../../support/requirements';
import { useTempDirs } from '../../../support/tempDir';

const W = 270;
const H = 480;
const latinOnlyFont = '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf';
const tempDir = useTempDirs('guftagu-burn-');

/** One grey frame (W×H bytes) with the filter applied; fontconfig sees no system fonts at all. */
function renderGray(folder: string, filter: string): Buffer {
  const emptyConfig = path.join(folder, 'fonts.conf');
  writeFileSync(emptyConfig, '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n');
  const result = spawnSync(
    bundledFfmpeg(),
    [
      '-hide_banner',
      '-loglevel',
      'error',
      '-f',
      'lavfi',
      '-i',
      `color=c=0x336699:s=${W}x${H}:d=1`,
      '-vf',
      filter,
      '-frames:v',
      '1',
      '-f',
      'rawvideo',
      '-pix_fmt',
      'gray',
      '-',
    ],
    { cwd: folder, env: { ...process.env, FONTCONFIG_FILE: emptyConfig }, maxBuffer: 10_000_000 },
  );
  if (result.status !== 0) throw new Error(String(result.stderr));
  expect(result.stdout.length).toBe(W * H);
  return result.stdout;
}

/** Pixels that differ from the background frame by more than a small amount: the "ink". */
function ink(frame: Buffer, background: Buffer): boolean[] {
  return Array.from(frame, (value, index) => Math.abs(value - (background[index] ?? 0)) > 40);
}

function urduAss(fontFamily: string): string {
  return buildAssDocument({
    frame: { widthPx: W, heightPx: H },
    startMs: 0,
    endMs: 5_000,
    style: captionStyleSchema.parse({ id: 't', name: 'T', font: 'naskh', sizePct: 6 }),
    safeZone: { topPx: 40, bottomPx: 80, leftPx: 12, rightPx: 12 },
    primary: {
      cues: [{ id: 'c', startMs: 0, endMs: 5_000, text: 'پانی کی کمی پر بات', words: [] }],
      direction: 'rtl',
      fontFamily,
      inlineFontFamily: 'Noto Sans',
    },
  });
}

describe('burned Urdu captions with the bundled ffmpeg (FriBidi) and Noto Naskh Arabic via fontsdir', () => {
  it('draws real glyphs, not empty boxes, in the caption area', async () => {
    const folder = tempDir();
    writeFileSync(path.join(folder, 'captions.ass'), urduAss('Noto Naskh Arabic'));
    expect(await copyFonts(['Noto Naskh Arabic'], path.join(folder, 'fonts'))).toContain(
      'NotoNaskhArabic-Regular.ttf',
    );
    const background = renderGray(folder, 'null');
    const captioned = renderGray(folder, 'ass=captions.ass:fontsdir=fonts');
    const marks = ink(captioned, background);
    const inkCount = marks.filter(Boolean).length;
    // The caption sits in the lower part of the frame, above the 80 px bottom margin, and nowhere else.
    const rowOf = (index: number) => Math.floor(index / W);
    expect(inkCount).toBeGreaterThan(300);
    expect(marks.every((lit, index) => !lit || (rowOf(index) > H / 2 && rowOf(index) < H - 70))).toBe(true);

    // The comparison with tofu needs a font without Arabic letters (Debian's fonts-noto-core).
    if (!needs(latinOnlyFont, existsSync(latinOnlyFont))) return;
    const tofuFolder = tempDir();
    mkdirSync(path.join(tofuFolder, 'fonts'));
    copyFileSync(latinOnlyFont, path.join(tofuFolder, 'fonts', 'NotoSans-Regular.ttf'));
    writeFileSync(path.join(tofuFolder, 'captions.ass'), urduAss('Noto Sans'));
    const tofu = ink(renderGray(tofuFolder, 'ass=captions.ass:fontsdir=fonts'), background);
    const tofuCount = tofu.filter(Boolean).length;
    expect(tofuCount).toBeGreaterThan(100);
    const different = marks.filter((lit, index) => lit !== tofu[index]).length;
    const union = marks.filter((lit, index) => lit || tofu[index]).length;
    expect(different / union).toBeGreaterThan(0.5);
  });
});
