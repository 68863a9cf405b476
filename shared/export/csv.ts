/** UTF-8 byte order mark: Excel opens a CSV as UTF-8 (Urdu intact) only when the file starts with it. */
export const UTF8_BOM = '\uFEFF';

/** One field, quoted when it holds a comma, quote, CR or LF (RFC 4180); quotes are doubled. */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: CRLF line ends, a header row first, with a UTF-8 BOM. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
