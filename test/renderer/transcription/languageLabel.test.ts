import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../renderer/src/i18n/en';
import { languageLabel } from '../../../renderer/src/transcription/modelChoice';

const t = (key: MessageKey) => `[${key}]`;

describe('languageLabel', () => {
  it.each([
    ['ur', 'en', '[langUrdu]'], // our own words for the languages we offer
    ['auto', 'ur', '[langAuto]'],
    ['nl', 'en', 'Dutch'], // auto-detect found a language we do not list
    ['de', 'en', 'German'],
    ['not a code!', 'en', 'not a code!'],
  ])('%s in %s reads %s', (code, ui, expected) => {
    expect(languageLabel(code, ui, t)).toBe(expected);
  });

  it('names other languages in Urdu in the Urdu UI', () => {
    const dutch = languageLabel('nl', 'ur', t);
    expect(dutch).not.toBe('nl');
    expect(dutch).toMatch(/[\u0600-\u06ff]/u);
  });
});
