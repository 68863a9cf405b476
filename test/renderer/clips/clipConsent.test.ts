import { describe, expect, it } from 'vitest';
import { clipConsentNotes } from '../../../renderer/src/clips/clipConsent';
import { consentText, exportWarningText } from '../../../renderer/src/clips/consentText';
import { clipsTranslator } from '../../../renderer/src/clips/i18n/useClipsT';
import type { ClipInput, ExportWarning } from '../../../shared/model/clips';
import type { Cue } from '../../../shared/transcript/model';
import { media, person, session } from '../../shared/programme/fixture';

const omar = person({ name: 'Omar Farooq', gender: 'man', consent: { scope: 'publish-named' } });
const sana = person({ name: 'Sana Baloch', gender: 'woman', consent: { scope: 'internal' } });
const nadia = person({ name: 'Nadia Shah', gender: 'woman', consent: { scope: 'publish-anonymous' } });
const room = session('s1', { media: [media('m1')], participants: [omar, sana, nadia] });
const line = (id: string, startMs: number, endMs: number, speakerId: string): Cue => ({
  id,
  startMs,
  endMs,
  text: 'پانی، بجلی and "water" 2026۔',
  words: [],
  speakerId,
});
const transcript = {
  tracks: [
    {
      id: 'ur',
      language: 'ur',
      direction: 'rtl' as const,
      kind: 'transcript' as const,
      cues: [
        line('u1', 0, 5_000, omar.id),
        line('u2', 5_000, 9_000, sana.id),
        line('u3', 9_000, 12_000, nadia.id),
      ],
    },
  ],
};
const draft = (startMs: number, endMs: number): ClipInput => ({
  mediaId: 'm1',
  startMs,
  endMs,
  title: 'پانی',
  speakerId: omar.id,
});

describe('consent while a clip is made', () => {
  it('shows the refusal as soon as a refused participant is heard in the range', () => {
    const notes = clipConsentNotes(room, draft(0, 6_000), transcript);
    expect(notes.refusals.map((item) => [item.code, item.participantName, item.scope])).toEqual([
      ['consent-refused', 'Sana Baloch', 'internal'],
    ]);
    const en = clipsTranslator('en');
    const ur = clipsTranslator('ur');
    const refusal = {
      message: 'x',
      params: { code: 'consent-refused', name: 'Sana Baloch', scope: 'internal' },
    };
    expect(consentText(en, refusal)).toBe(
      'Sana Baloch (internal use only) is heard in this clip, so it cannot be published.',
    );
    expect(consentText(ur, refusal)).toBe(
      'اس کلپ میں Sana Baloch (صرف اندرونی استعمال) کی آواز ہے، اس لیے یہ شائع نہیں ہو سکتا۔',
    );
    expect(consentText(en, { message: 'The engine said so.' })).toBe('The engine said so.');
  });

  it('names who is anonymised, and clears once the range leaves the refused speaker out', () => {
    const notes = clipConsentNotes(room, { ...draft(0, 5_000), speakerId: nadia.id }, transcript);
    expect(notes.refusals).toEqual([]);
    expect(notes.anonymised).toEqual([{ name: 'Nadia Shah', alias: `Participant ${nadia.number}` }]);
    expect(notes.named).toEqual(['Omar Farooq']);
    // Before the transcript has loaded only the clip's own speaker counts.
    expect(clipConsentNotes(room, draft(0, 12_000), undefined).refusals).toEqual([]);
    // A draft that is not a valid clip yet (end before start) is still judged, not thrown out.
    expect(clipConsentNotes(room, draft(6_000, 0), transcript).refusals).toEqual([]);
  });
});

describe('export warnings worded by the UI', () => {
  const warning = (fields: Partial<ExportWarning>): ExportWarning => ({
    kind: 'too-long',
    severity: 'warning',
    message: 'English from the engine',
    ...fields,
  });
  const table: Array<[string, ExportWarning, string, string]> = [
    [
      'too long',
      warning({ params: { preset: 'Reels', durationMs: 95_000, maxDurationMs: 90_000 } }),
      'The clip is 1:35 long; Reels takes at most 1:30.',
      'کلپ 1:35 کا ہے؛ Reels زیادہ سے زیادہ 1:30 لیتا ہے۔',
    ],
    [
      'no captions',
      warning({ kind: 'no-captions', params: { clip: 'پانی، بجلی' } }),
      '“پانی، بجلی” has no transcript yet, so it will have no captions.',
      '“پانی، بجلی” کا ابھی ٹرانسکرپٹ نہیں، اس لیے اس میں کیپشن نہیں ہوں گے۔',
    ],
    [
      'an unknown preset is worded by the UI too (no engine English in Urdu)',
      warning({ kind: 'unknown-preset', severity: 'error', params: { presetId: 'zz' } }),
      'There is no preset “zz”.',
      'پری سیٹ “zz” موجود نہیں۔',
    ],
    [
      'a missing glyph names the character, its code and the cue',
      warning({
        kind: 'missing-glyph',
        severity: 'warning',
        params: { clip: 'کیمپس', family: 'Noto Naskh Arabic', char: '✓', code: 'U+2713', cue: 'ہم نے ✓ کیا' },
      }),
      '“کیمپس”: the caption font Noto Naskh Arabic has no glyph for “✓” (U+2713) in the cue “ہم نے ✓ کیا”: it would burn as an empty box. Edit the cue or choose another font.',
      '“کیمپس”: کیپشن فونٹ Noto Naskh Arabic میں “✓” (U+2713) کا گلف نہیں، سب ٹائٹل “ہم نے ✓ کیا” میں: یہ خالی ڈبا بنے گا۔ سب ٹائٹل میں ترمیم کریں یا دوسرا فونٹ چنیں۔',
    ],
  ];
  it.each(table)('%s', (_name, given, english, urdu) => {
    expect(exportWarningText(clipsTranslator('en'), given)).toBe(english);
    expect(exportWarningText(clipsTranslator('ur'), given)).toBe(urdu);
  });
});
