import { describe, expect, it } from 'vitest';
import { ur as appUr } from '../../../renderer/src/i18n/ur';
import { glossary } from '../../../renderer/src/i18n/glossary';
import { clipsUr } from '../../../renderer/src/clips/i18n/ur';
import { editorUr } from '../../../renderer/src/editor/i18n/ur';
import { programmeUr } from '../../../renderer/src/programme/i18n/ur';
import { settingsUr } from '../../../renderer/src/settings/i18n/ur';

const catalogues: Record<string, Readonly<Record<string, string>>> = {
  app: appUr,
  clips: clipsUr,
  editor: editorUr,
  programme: programmeUr,
  settings: settingsUr,
};

describe('Urdu glossary', () => {
  it('every catalogue uses only the glossary term for each concept', () => {
    const misuses: string[] = [];
    for (const [name, catalogue] of Object.entries(catalogues)) {
      for (const [key, text] of Object.entries(catalogue)) {
        for (const entry of glossary) {
          for (const avoided of entry.avoid) {
            if (text.includes(avoided))
              misuses.push(`${name}.${key}: "${avoided}" for ${entry.concept}; use "${entry.urdu}"`);
          }
        }
      }
    }
    expect(misuses).toEqual([]);
  });

  it('each glossary term is in use, and no concept has two terms', () => {
    const all = Object.values(catalogues).flatMap((catalogue) => Object.values(catalogue));
    for (const entry of glossary) {
      expect(
        all.some((text) => text.includes(entry.urdu)),
        entry.concept,
      ).toBe(true);
    }
    const terms = glossary.map((entry) => entry.urdu);
    expect(new Set(terms).size).toBe(terms.length);
  });
});
