import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GuftaguError, errorCodes } from '../../../shared/errors';
import {
  engineError,
  engineErrorKeys,
  engineErrorTexts,
  fillTemplate,
  toolFailureWhat,
  uiOnlyParams,
} from '../../../shared/errorTexts';
import { engineErrorsUr } from '../../../renderer/src/i18n/engineErrorsUr';
import { errorText } from '../../../renderer/src/i18n/engineText';
import { translator } from '../../../renderer/src/i18n/translate';

const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);

describe('engine error texts', () => {
  it('every key has a known code, an English message and a hint', () => {
    for (const key of engineErrorKeys) {
      const text = engineErrorTexts[key];
      expect(errorCodes, key).toContain(text.code);
      expect(text.message.trim(), key).not.toBe('');
      expect(text.hint.trim(), key).not.toBe('');
    }
  });

  it('the Urdu words of each error use only parameters the engine sends', () => {
    const wrong: string[] = [];
    for (const key of engineErrorKeys) {
      const english = engineErrorTexts[key];
      const sent = new Set([
        ...placeholders(english.message),
        ...placeholders(english.hint),
        ...(uiOnlyParams[key] ?? []),
      ]);
      for (const urdu of [engineErrorsUr[`err_${key}`], engineErrorsUr[`errHint_${key}`]]) {
        for (const name of placeholders(urdu)) if (!sent.has(name)) wrong.push(`${key}: {${name}}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['media-empty', { name: '"interview.mp4"' }, 'The file "interview.mp4" is empty (0 bytes).'],
    ['preset-unknown', { preset: 'reels-9x16' }, 'There is no preset "reels-9x16".'],
    [
      'clip-outside-media',
      { startMs: 0, endMs: 70_000, durationMs: 60_000 },
      'The clip (0–70000 ms) runs outside the recording, which is 60000 ms long.',
    ],
  ] as const)('engineError(%s) fills the English and keeps key and params', (key, params, message) => {
    const error = engineError(key, params, { field: 'x' });
    expect(error).toBeInstanceOf(GuftaguError);
    expect(error.message).toBe(message);
    expect(error.code).toBe(engineErrorTexts[key].code);
    expect(error.toInfo()).toMatchObject({ key, params, field: 'x' });
  });

  it('a placeholder without a value stays visible', () => {
    expect(fillTemplate('{name} is gone', {})).toBe('{name} is gone');
  });

  it("a tool failure's what-part drops the exit code", () => {
    expect(toolFailureWhat('export-encode-failed', { clip: 'Asma', preset: 'Reels' })).toBe(
      'Exporting "Asma" for Reels failed',
    );
  });

  it('the Urdu UI words a keyed error in Urdu, with names isolated and no English prose', () => {
    const info = engineError('export-refused', {
      reasons: 'Asma Khan did not agree to social media.',
      count: 2,
    }).toInfo();
    const { message, hint } = errorText(translator('ur'), 'ur', info);
    expect(message).toBe('رضامندی کی وجہ سے 2 کلپ برآمد نہیں ہو سکتے۔');
    expect(hint).not.toMatch(/[A-Za-z]{4,}/);
    const named = errorText(
      translator('ur'),
      'ur',
      engineError('media-empty', { name: 'انٹرویو final.mp4' }).toInfo(),
    );
    expect(named.message).toBe('فائل \u2068انٹرویو final.mp4\u2069 خالی ہے (0 بائٹ)۔');
  });
});
/** Files under `folder` whose name ends in .ts. */
function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

describe('the engine speaks in keys', () => {
  it('no engine, server, main or shared code writes an error in prose (new GuftaguError with a code)', () => {
    const root = path.resolve(__dirname, '../../..');
    const prose: string[] = [];
    for (const folder of ['electron/engine', 'electron/server', 'electron/main', 'shared']) {
      for (const file of sources(path.join(root, folder))) {
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(/new GuftaguError\(\s*'/g))
          prose.push(`${path.relative(root, file)}:${text.slice(0, match.index).split('\n').length}`);
      }
    }
    expect(prose, 'use engineError(key, params) from shared/errorTexts').toEqual([]);
  });
});
