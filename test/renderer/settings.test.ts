import { describe, expect, it } from 'vitest';
import { ffmpegChoiceReasons } from '../../shared/media/ffmpegChoice';
import { settingsEn } from '../../renderer/src/settings/i18n/en';
import { settingsUr } from '../../renderer/src/settings/i18n/ur';
import { settingsTranslator } from '../../renderer/src/settings/i18n/useSettingsT';
import { reasonKeys, shaperKeys } from '../../renderer/src/settings/wording';
import { expectUrduCatalogue } from './i18n/catalogCheck';

describe('Settings screen strings', () => {
  it('Urdu has exactly the English keys, written in Urdu, with the same placeholders', () => {
    expectUrduCatalogue(settingsEn, settingsUr);
  });

  it('words every reason the engine can send, in both languages', () => {
    for (const reason of ffmpegChoiceReasons) {
      expect(settingsTranslator('en')(reasonKeys[reason])).toMatch(/\.$/);
      expect(settingsTranslator('ur')(reasonKeys[reason])).toMatch(/[\u0600-\u06FF]/);
    }
    expect(Object.keys(shaperKeys).sort()).toEqual(['fribidi', 'harfbuzz', 'none', 'unknown']);
  });
});
