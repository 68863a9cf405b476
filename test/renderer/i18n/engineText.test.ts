import { describe, expect, it } from 'vitest';
import { GuftaguError, errorCodes, type ErrorInfo } from '../../../shared/errors';
import { englishJobLabel, englishStep } from '../../../shared/jobs/jobText';
import { jobKinds, jobStepCodes, type JobSnapshot, type JobTitle } from '../../../shared/model/jobs';
import { builtInPresets } from '../../../shared/export/presets';
import { whisperModelCatalogue } from '../../../shared/model/whisperModels';
import {
  builtInName,
  countText,
  errorText,
  jobStepText,
  jobTitleText,
  languageName,
  formatDateTime,
  modelNoteText,
} from '../../../renderer/src/i18n/engineText';
import { translator } from '../../../renderer/src/i18n/translate';

const tEn = translator('en');
/** Names inside a worded sentence are isolated (first-strong isolate … pop). */
const fsi = (text: string) => `\u2068${text}\u2069`;
const tUr = translator('ur');
/** A Latin word of three letters or more: what must never reach the Urdu UI from the engine. */
const englishWord = /\b[A-Za-z]{3,}\b/u;
const latinAllowed = /\b(guftagu|doctor|whisper|ffmpeg|YYYY|MP4|MOV|M4A|MP3|WAV)\b/gu;
const withoutAllowed = (text: string) => text.replace(latinAllowed, '');

const job = (title: JobTitle, extra: Partial<JobSnapshot> = {}): JobSnapshot => ({
  id: 'job-1',
  kind: title.kind,
  label: englishJobLabel(title),
  title,
  state: 'running',
  progress: 0.5,
  createdAt: '2026-12-05T03:00:00.000Z',
  ...extra,
});

describe('engine errors worded by the UI', () => {
  it('words a keyed error from its parameters in Urdu; English keeps the engine words', () => {
    const info = new GuftaguError('not-media', 'x is not media', 'choose media', {
      key: 'not-media',
      params: { name: 'notes renamed.mp4' },
    }).toInfo();
    expect(errorText(tEn, 'en', info).message).toBe('x is not media');
    const urdu = errorText(tUr, 'ur', info);
    expect(urdu.message).toBe(`${fsi('notes renamed.mp4')} پڑھی جا سکنے والی ویڈیو یا آڈیو فائل نہیں۔`);
    expect(urdu.hint).toMatch(/[\u0600-\u06FF]/u);
  });

  it('never shows the engine English in Urdu: every code has Urdu wording, and an unknown key falls back to it', () => {
    for (const code of errorCodes) {
      const info: ErrorInfo = {
        code,
        message: 'Some English prose.',
        hint: 'More English.',
        key: 'no-such-key',
      };
      const urdu = errorText(tUr, 'ur', info);
      expect(withoutAllowed(`${urdu.message} ${urdu.hint}`), code).not.toMatch(englishWord);
      // English keeps the engine's own, more specific, words.
      expect(errorText(tEn, 'en', info).message).toBe('Some English prose.');
    }
  });

  it('keeps message and hint English for the CLI, with key, params and field beside them', () => {
    const error = new GuftaguError('invalid-request', 'Bad date.', 'Fix it.', {
      key: 'not-a-date',
      params: { value: '02/11' },
      field: 'consentDate',
    });
    const back = GuftaguError.fromInfo(error.toInfo());
    expect(back.toInfo()).toEqual(error.toInfo());
    expect(back.message).toBe('Bad date.');
    expect(back.field).toBe('consentDate');
  });
});

describe('job names and steps', () => {
  it('words every kind of job in Urdu with no English word except names', () => {
    const titles: JobTitle[] = [
      { kind: 'import', params: { name: 'انٹرویو.mp4' } },
      { kind: 'export', params: { clip: 'کیمپس پر برداشت', preset: 'reels' } },
      {
        kind: 'transcribe',
        params: { name: 'انٹرویو.mp4', model: 'ggml-small.bin', language: 'ur', translate: 'yes' },
      },
      { kind: 'model-download', params: { model: 'small' } },
    ];
    expect(titles.map((title) => title.kind).sort()).toEqual([...jobKinds].sort());
    const [importJob, exportJob, transcribeJob] = titles.map((title) => jobTitleText(tUr, 'ur', job(title)));
    expect(importJob).toBe(`${fsi('انٹرویو.mp4')} درآمد`);
    expect(exportJob).toBe(`“${fsi('کیمپس پر برداشت')}” کی Instagram / Facebook Reels (9:16) کے لیے برآمد`);
    expect(transcribeJob).toContain('اردو');
    expect(transcribeJob).not.toContain(' ur');
    expect(jobTitleText(tEn, 'en', job(titles[2] as JobTitle))).toBe(
      `Transcribe ${fsi('انٹرویو.mp4')} (${fsi('ggml-small.bin')}, Urdu, + English)`,
    );
  });

  it('words every step code in Urdu, and shows nothing rather than an English step', () => {
    for (const code of jobStepCodes) {
      const text = jobStepText(tUr, 'ur', {
        stepInfo: { code, params: { count: 3, part: 1, parts: 2, received: '5 MB' } },
      });
      expect(text, code).toMatch(/[\u0600-\u06FF]/u);
      expect(withoutAllowed(text ?? ''), code).not.toMatch(englishWord);
    }
    expect(jobStepText(tUr, 'ur', { step: 'encoding' })).toBeUndefined();
    expect(jobStepText(tEn, 'en', { step: 'encoding' })).toBe('encoding');
  });

  it('keeps the CLI English of steps as before', () => {
    expect(englishStep({ code: 'making-proxy' })).toBe('making a playable copy');
    expect(englishStep({ code: 'transcribing', params: { part: 2, parts: 3 } })).toBe(
      'transcribing part 2 of 3',
    );
    expect(englishStep({ code: 'cues-found', params: { count: 4 } })).toBe('4 cues');
    expect(englishJobLabel({ kind: 'export', params: { clip: 'A', preset: 'reels' } })).toBe(
      'Export "\u2068A\u2069" for reels',
    );
  });
});

describe('plurals, names', () => {
  it('counts through Intl.PluralRules: "1 cue", never "1 cues"', () => {
    expect(countText(tEn, 'en', 'step_cues-found', 1)).toBe('1 cue');
    expect(countText(tEn, 'en', 'step_cues-found', 2)).toBe('2 cues');
    expect(countText(tUr, 'ur', 'step_cues-found', 1)).toBe('1 سب ٹائٹل');
  });

  it('names languages, and every built-in preset, in both languages', () => {
    expect(languageName(tEn, 'en', 'ur')).toBe('Urdu');
    expect(languageName(tUr, 'ur', 'ur')).toBe('اردو');
    expect(languageName(tUr, 'ur', 'en')).toBe('انگریزی');
    for (const preset of builtInPresets) {
      expect(builtInName(tEn, 'preset', preset)).toBe(preset.name);
      expect(builtInName(tUr, 'preset', preset)).not.toBe(preset.id);
    }
    expect(builtInName(tUr, 'preset', { id: 'reels', name: 'My reels', builtIn: false })).toBe('My reels');
  });
});

describe('model notes', () => {
  it('words every catalogue model note from its id: the engine English exactly, and Urdu', () => {
    for (const entry of whisperModelCatalogue) {
      expect(modelNoteText(tEn, entry.id), entry.id).toBe(entry.note);
      expect(modelNoteText(tUr, entry.id), entry.id).toMatch(/[\u0600-\u06FF]/u);
    }
    expect(modelNoteText(tUr, 'my-own-urdu')).toBe('');
  });
});

describe('times', () => {
  it('writes Urdu times on the 24-hour clock, with no AM or PM', () => {
    const afternoon = new Date(2026, 11, 5, 15, 45);
    const urdu = formatDateTime(afternoon, 'ur');
    expect(urdu).toContain('15:45');
    expect(urdu).not.toMatch(/AM|PM|a\.m\.|p\.m\./iu);
    expect(formatDateTime(afternoon, 'en')).toMatch(/3:45\sPM/u);
  });
});
