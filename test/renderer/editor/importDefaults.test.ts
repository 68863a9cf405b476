import { describe, expect, it } from 'vitest';
import { defaultImportKind, defaultImportLanguage } from '../../../renderer/src/editor/importDefaults';

describe('import defaults', () => {
  it('suggests a language the transcript has no track in yet', () => {
    expect(defaultImportLanguage([])).toBe('ur');
    expect(defaultImportLanguage([{ language: 'ur' }])).toBe('en');
    expect(defaultImportLanguage([{ language: 'en' }])).toBe('ur');
    expect(defaultImportLanguage(['ur', 'en', 'sd', 'pa', 'ps'].map((language) => ({ language })))).toBe(
      'en',
    );
  });

  it('makes the first file or another file in a track language a transcript, others translations', () => {
    expect(defaultImportKind([], 'en')).toBe('transcript');
    expect(defaultImportKind([{ language: 'ur' }], 'en')).toBe('translation');
    expect(defaultImportKind([{ language: 'ur' }], 'ur')).toBe('transcript');
  });
});
