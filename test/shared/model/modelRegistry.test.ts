import { describe, expect, it } from 'vitest';
import { modelRegistrySchema, parseModelLanguages } from '../../../shared/model/modelRegistry';

describe('parseModelLanguages', () => {
  it.each([
    ['ur,en', ['ur', 'en']],
    ['ur, EN', ['ur', 'en']],
    ['ur en  sd', ['ur', 'en', 'sd']],
    ['ur،en', ['ur', 'en']],
    ['ur,ur,en', ['ur', 'en']],
    ['', []],
    ['  ,  ', []],
    ['haw', ['haw']],
  ])('%j → %j', (text, codes) => {
    expect(parseModelLanguages(text)).toEqual(codes);
  });

  it.each([
    ['urdu', /"urdu" is not a language code/],
    ['ur,e', /"e" is not a language code/],
    ['ur,اردو', /"اردو" is not a language code/],
    ['u1,xx-yy', /"u1", "xx-yy" are not language codes/],
  ])('refuses %j', (text, message) => {
    expect(() => parseModelLanguages(text)).toThrow(message);
  });
});

describe('modelRegistrySchema', () => {
  it('reads an entry and fills in missing languages', () => {
    const registry = modelRegistrySchema.parse({
      version: 1,
      models: {
        'mine.bin': { origin: 'upload', sha256: 'a'.repeat(64), importedAt: '2026-01-01T00:00:00Z' },
      },
    });
    expect(registry.models['mine.bin']?.languages).toEqual([]);
  });

  it('refuses a bad checksum or an unknown origin', () => {
    const entry = { origin: 'file', sha256: 'xyz', importedAt: 'now' };
    expect(modelRegistrySchema.safeParse({ version: 1, models: { 'a.bin': entry } }).success).toBe(false);
    expect(
      modelRegistrySchema.safeParse({
        version: 1,
        models: { 'a.bin': { ...entry, sha256: 'b'.repeat(64), origin: 'web' } },
      }).success,
    ).toBe(false);
  });
});
