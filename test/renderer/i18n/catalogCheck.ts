import { expect } from 'vitest';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort();
const arabicScript = /[\u0600-\u06FF]/;

/**
 * An Urdu catalogue matches its English one: exactly the same keys, each string written in Urdu (except the
 * keys listed as Latin on purpose) and keeping the same {placeholders}.
 */
export function expectUrduCatalogue(
  en: Readonly<Record<string, string>>,
  ur: Readonly<Record<string, string>>,
  latinAllowed: readonly string[] = [],
  /** The placeholders the Urdu of `key` must have, where they differ from the English (engine errors). */
  expectedPlaceholders: (key: string, english: string[]) => string[] = (_key, english) => english,
): void {
  expect(Object.keys(ur).sort()).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(en)) {
    const urdu = ur[key] ?? '';
    expect(urdu.trim(), key).not.toBe('');
    if (!latinAllowed.includes(key)) expect(urdu, key).toMatch(arabicScript);
    expect(placeholders(urdu), key).toEqual(expectedPlaceholders(key, placeholders(en[key] ?? '')).sort());
  }
}
