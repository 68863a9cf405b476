import { describe, expect, it } from 'vitest';
import { csvField, toCsv, UTF8_BOM, type CsvCell } from '../../../shared/format/csv';

describe('csvField', () => {
  const table: Array<[string, CsvCell, string]> = [
    ['plain text', 'Ayesha Khan', 'Ayesha Khan'],
    ['Urdu with a comma and ، is quoted', 'پانی، بجلی, اور گیس', '"پانی، بجلی, اور گیس"'],
    ['a quote is doubled', 'say "hi"', '"say ""hi"""'],
    ['a line break is quoted', 'x\ny', '"x\ny"'],
    ['= formula', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['+ formula', '+1+2', "'+1+2"],
    ['- formula', '-2+3', "'-2+3"],
    ['@ formula', '@SUM(A1)', "'@SUM(A1)"],
    ['leading tab', '\t=1', "'\t=1"],
    ['leading CR', '\r=1', '"\'\r=1"'],
    ['= inside the text stays', 'a=b', 'a=b'],
    ['Urdu title with = later', 'سوال = جواب', 'سوال = جواب'],
    ['a computed negative number stays a number', -3, '-3'],
    ['a number', 12.5, '12.5'],
    ['nothing', undefined, ''],
    ['empty text', '', ''],
  ];
  it.each(table)('%s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF line ends and neutralised cells', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['=1+1', 'x\ny'],
      ]),
    ).toBe(`${UTF8_BOM}a,b\r\n'=1+1,"x\ny"\r\n`);
  });
});
