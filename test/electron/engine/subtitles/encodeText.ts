/**
 * Encodes text for the tests' legacy files, with no iconv and no binary fixtures: the Windows-1256 table is
 * Node's own decoder run backwards. Windows-1256 has no Urdu ی (U+06CC) or ۔ (U+06D4): old Urdu files wrote
 * the Arabic ي (U+064A) and a full stop, so `toWindows1256Text` makes that swap first.
 */
const table = new Map<string, number>();
const decoder = new TextDecoder('windows-1256');
for (let byte = 0; byte < 256; byte += 1) table.set(decoder.decode(Uint8Array.of(byte)), byte);

export function toWindows1256Text(text: string): string {
  return text.replace(/\u06CC/g, '\u064A').replace(/\u06D4/g, '.');
}

export function encodeWindows1256(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const byte = table.get(char);
    if (byte === undefined)
      throw new Error(`Windows-1256 has no ${char} (U+${char.codePointAt(0)?.toString(16)})`);
    return byte;
  });
}

export const encodeUtf16le = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le'));
export const encodeUtf16be = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le').swap16());
