import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, sha256 } from '../../../shared/security/hmacSha256';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('sha256 and HMAC-SHA-256 (the page signs media URLs with it)', () => {
  it.each([
    ['', ''],
    ['abc', ''],
    ['گفتگو 🎙️ mixed ۔', 'k'],
    ['x'.repeat(55), 'short'],
    ['y'.repeat(56), 'k'.repeat(64)],
    ['z'.repeat(64), 'k'.repeat(65)],
    ['w'.repeat(1000), 'کلید'],
  ])('matches node:crypto for %j', (message, key) => {
    expect(hex(sha256(new TextEncoder().encode(message)))).toBe(
      createHash('sha256').update(message).digest('hex'),
    );
    expect(hmacSha256Hex(key, message)).toBe(createHmac('sha256', key).update(message).digest('hex'));
  });
});
