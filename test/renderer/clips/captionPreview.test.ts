import { describe, expect, it } from 'vitest';
import { builtInPresets } from '../../../shared/export/presets';
import { builtInStyles } from '../../../shared/export/styles';
import type { CaptionStyle } from '../../../shared/model/clips';
import type { Transcript } from '../../../shared/transcript/model';
import { captionPreview, pickPreviewTracks } from '../../../renderer/src/clips/captionPreview';

const word = (text: string, startMs: number, endMs: number) => ({ text, startMs, endMs, probability: 0.9 });
const transcript: Transcript = {
  schemaVersion: 1,
  mediaId: 'm1',
  model: 'srt',
  createdAt: '2026-11-01T00:00:00Z',
  revision: 0,
  language: 'ur',
  tracks: [
    {
      id: 'ur',
      language: 'ur',
      direction: 'rtl',
      kind: 'transcript',
      cues: [
        {
          id: 'u1',
          startMs: 1000,
          endMs: 3000,
          text: 'میرا نام عائشہ ہے',
          words: [
            word('میرا', 1000, 1400),
            word('نام', 1400, 1900),
            word('عائشہ', 1900, 2500),
            word('ہے', 2500, 3000),
          ],
        },
        { id: 'u2', startMs: 3200, endMs: 6000, text: 'دوسری بات', words: [] },
      ],
    },
    {
      id: 'en',
      language: 'en',
      direction: 'ltr',
      kind: 'translation',
      cues: [{ id: 'e1', startMs: 1000, endMs: 3000, text: 'My name is Ayesha', words: [] }],
    },
  ],
};
const style = (id: string): CaptionStyle => {
  const found = builtInStyles.find((item) => item.id === id);
  if (!found) throw new Error(id);
  return found;
};
const reels = builtInPresets.find((preset) => preset.id === 'reels');
if (!reels) throw new Error('reels');
const frame = { widthPx: reels.widthPx, heightPx: reels.heightPx };

describe('caption preview lines at a time', () => {
  it('shows the Urdu line above the English one, with the sizes of the burn', () => {
    const preview = captionPreview({
      transcript,
      style: style('urdu-english'),
      clip: { startMs: 500, endMs: 5500 },
      atMs: 2000,
      frame,
      safeZone: reels.safeZone,
      shaper: 'fribidi',
    });
    expect(preview.primary?.lines.map((line) => line.map((token) => token.text).join(' '))).toEqual([
      'میرا نام عائشہ ہے',
    ]);
    expect(preview.primary).toMatchObject({
      language: 'ur',
      direction: 'rtl',
      fontFamily: 'Noto Naskh Arabic',
    });
    expect(preview.secondary).toMatchObject({ language: 'en', direction: 'ltr', fontFamily: 'Noto Sans' });
    // 4.2 % line height in 9:16, Naskh drawn 1.2× larger, its em 1/1.703 of the ASS size.
    expect(preview.primary?.fontPct).toBeCloseTo((4.2 * 1.2) / 1.703, 1);
    expect(preview.zonePct.top).toBeCloseTo((100 * 269) / 1920, 5);
    expect(preview.zonePct.left).toBeCloseTo((100 * 65) / 1080, 5);
  });

  it('uses Nastaliq only where libass shapes with HarfBuzz, even when the style asks for it', () => {
    const at = { transcript, clip: { startMs: 0, endMs: 9000 }, atMs: 1500, frame, safeZone: reels.safeZone };
    expect(captionPreview({ ...at, style: style('urdu'), shaper: 'harfbuzz' }).primary?.fontFamily).toBe(
      'Noto Nastaliq Urdu',
    );
    const forced: CaptionStyle = { ...style('urdu'), font: 'nastaliq' };
    expect(captionPreview({ ...at, style: forced, shaper: 'fribidi' }).primary?.fontFamily).toBe(
      'Noto Naskh Arabic',
    );
  });

  it('lights the word being spoken when the style highlights', () => {
    const preview = captionPreview({
      transcript,
      style: style('karaoke'),
      clip: { startMs: 0, endMs: 9000 },
      atMs: 2000,
      frame,
      safeZone: reels.safeZone,
      shaper: 'fribidi',
    });
    expect(
      preview.primary?.lines
        .flat()
        .filter((token) => token.active)
        .map((token) => token.text),
    ).toEqual(['عائشہ']);
    expect(preview.secondary).toBeUndefined();
  });

  it('shows nothing between cues, before the clip or after it', () => {
    const base = {
      transcript,
      style: style('urdu-english'),
      frame,
      safeZone: reels.safeZone,
      shaper: 'fribidi' as const,
    };
    expect(
      captionPreview({ ...base, clip: { startMs: 0, endMs: 9000 }, atMs: 3100 }).primary,
    ).toBeUndefined();
    expect(
      captionPreview({ ...base, clip: { startMs: 1500, endMs: 9000 }, atMs: 1200 }).primary,
    ).toBeUndefined();
    expect(
      captionPreview({ ...base, clip: { startMs: 0, endMs: 2000 }, atMs: 2500 }).primary,
    ).toBeUndefined();
    expect(
      captionPreview({ ...base, transcript: null, clip: { startMs: 0, endMs: 9000 }, atMs: 2000 }).primary,
    ).toBeUndefined();
  });

  it('picks tracks as the export does: by id, by language, else the first', () => {
    expect(pickPreviewTracks(transcript, { ...style('english'), primaryLanguage: 'en' }).primary?.id).toBe(
      'en',
    );
    expect(pickPreviewTracks(transcript, { ...style('urdu'), primaryLanguage: 'sd' }).primary?.id).toBe('ur');
    expect(
      pickPreviewTracks(transcript, { ...style('urdu-english'), secondaryLanguage: 'ur' }).secondary,
    ).toBeUndefined();
  });
});
