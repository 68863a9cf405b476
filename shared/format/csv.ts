/** UTF-8 byte order mark: Excel opens a CSV as UTF-8 (Urdu intact) only when the file starts with it. */
export const UTF8_BOM = '\uFEFF';

/** A CSV cell: text from people (titles, names, reasons) or a number the app computed. */
export type CsvCell = string | number | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and CR, let one be smuggled past
 * a check of the first character): `=HYPERLINK(…)` in a title must stay text.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * A text cell that a spreadsheet would run as a formula, made inert by a leading apostrophe (Excel,
 * LibreOffice and Sheets show it as text and hide the apostrophe). Numbers the app computed are left alone,
 * so -3 stays a number.
 */
export function neutraliseCell(value: CsvCell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field: neutralised, then quoted when it holds a comma, quote, CR or LF (RFC 4180); quotes doubled. */
export function csvField(value: CsvCell): string {
  const text = neutraliseCell(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/**
 * The only CSV writer of the app (export manifest, programme report): RFC 4180 with CRLF line ends, a UTF-8
 * BOM, and every text cell neutralised against spreadsheet formulas.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
