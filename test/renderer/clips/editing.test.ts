import { describe, expect, it } from 'vitest';
import { expectUrduCatalogue } from '../i18n/catalogCheck';
import { builtInPresets } from '../../../shared/export/presets';
import { builtInStyles } from '../../../shared/export/styles';
import type { Clip } from '../../../shared/model/clips';
import { draftOf, inputOf, newDraft } from '../../../renderer/src/clips/clipDraft';
import { clipsEn } from '../../../renderer/src/clips/i18n/en';
import { clipsUr } from '../../../renderer/src/clips/i18n/ur';
import { copyId, formOf, presetFromForm } from '../../../renderer/src/clips/presetEdit';
import { styleIdFrom, styleNameTaken, withSecondary } from '../../../renderer/src/clips/styleEdit';

const reels = builtInPresets[0];
if (!reels) throw new Error('presets');

describe('clip drafts', () => {
  it('turns the form into what clips.save takes', () => {
    const draft = {
      ...newDraft('m1', { startMs: 400.4, endMs: 7100 }, { title: ' Peace ' }),
      tags: 'youth, peace',
      hashtags: 'PeaceTalks',
    };
    expect(inputOf(draft)).toEqual({
      mediaId: 'm1',
      startMs: 400,
      endMs: 7100,
      title: 'Peace',
      tags: ['youth', 'peace'],
      hashtags: ['#PeaceTalks'],
    });
    expect(
      inputOf({ ...draft, reframe: 'crop', focusX: 0.25, speakerId: 'p1', topic: 'Tolerance' }),
    ).toMatchObject({
      speakerId: 'p1',
      topic: 'Tolerance',
      reframe: { mode: 'crop', focusX: 0.25 },
    });
  });

  it('round-trips a stored clip', () => {
    const clip: Clip = {
      id: 'c-1',
      mediaId: 'm1',
      startMs: 1000,
      endMs: 31_000,
      title: 'T',
      speakerId: 'p1',
      tags: ['a'],
      topic: 'x',
      hashtags: ['#b'],
      reframe: { mode: 'blur', focusX: 0.5 },
      createdAt: '2026-11-01T00:00:00Z',
    };
    expect(inputOf(draftOf(clip))).toEqual(clip);
  });
});

describe('preset editing', () => {
  it('round-trips a preset through the form and saves a user copy', () => {
    const result = presetFromForm(formOf(reels), reels);
    expect(result.preset).toEqual({ ...reels, builtIn: false });
  });

  it('takes edits and empty limits, and refuses bad values', () => {
    const form = {
      ...formOf(reels),
      id: 'my-vertical',
      widthPx: '720',
      heightPx: '1280',
      maxDurationS: '',
      maxSizeMb: '250',
      crf: '26',
      top: '200',
    };
    const { preset } = presetFromForm(form, reels);
    expect(preset).toMatchObject({
      id: 'my-vertical',
      widthPx: 720,
      heightPx: 1280,
      maxSizeBytes: 250_000_000,
      video: { crf: 26 },
    });
    expect(preset?.maxDurationMs).toBeUndefined();
    expect(preset?.safeZone.topPx).toBe(200);
    expect(presetFromForm({ ...form, crf: '99' }, reels).error).toMatch(/crf/);
    expect(presetFromForm({ ...form, id: 'Has Spaces' }, reels).error).toMatch(/id/);
  });

  it('names copies', () => {
    expect(copyId('reels', ['reels'])).toBe('reels-copy');
    expect(copyId('reels', ['reels-copy'])).toBe('reels-copy-2');
    expect(copyId('reels-copy', ['reels-copy'])).toBe('reels-copy-2');
  });
});

describe('caption styles', () => {
  it('makes ids from names and turns bilingual captions on and off', () => {
    expect(styleIdFrom('Campus captions!', ['campus-captions'])).toBe('campus-captions-2');
    expect(styleIdFrom('اردو', [])).toBe('style');
    const bilingual = builtInStyles.find((style) => style.id === 'urdu-english');
    if (!bilingual) throw new Error('style');
    expect(withSecondary(bilingual, undefined).secondaryLanguage).toBeUndefined();
    expect(withSecondary({ ...bilingual, secondaryTrackId: 't' }, 'en')).toMatchObject({
      secondaryLanguage: 'en',
    });
    expect(withSecondary({ ...bilingual, secondaryTrackId: 't' }, 'en').secondaryTrackId).toBeUndefined();
  });
});

describe('clips strings', () => {
  it('Urdu has every English key, written in Urdu, with the same placeholders', () => {
    expectUrduCatalogue(clipsEn, clipsUr, ['limits']);
  });
});

describe('styleNameTaken', () => {
  it.each([
    ['Reels bold', true],
    ['  reels   BOLD ', true],
    ['Ｒｅｅｌｓ bold', true], // full-width letters are the same name
    ['Reels bold 2', false],
    ['اردو نستعلیق', true],
  ])('%s → %s', (name, taken) => {
    expect(styleNameTaken(name, ['Reels bold', 'اردو نستعلیق'])).toBe(taken);
  });
});
