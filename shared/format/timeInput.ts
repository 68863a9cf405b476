/**
 * Parses a time a person types on the command line into integer milliseconds: seconds (`75`, `75.5`),
 * `mm:ss` (`1:15`, `01:15.250`) or `hh:mm:ss.mmm` (`1:02:03.456`). A comma may stand for the decimal point
 * (`1:15,250`, as in SRT). Minutes and seconds after the first field must be below 60. Returns undefined
 * for anything else, so the caller can name the bad value.
 */
export function parseTimeInputMs(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  const match = /^(?:(\d+):)?(?:(\d+):)?(\d+)(?:\.(\d{1,3}))?$/.exec(trimmed);
  if (!match) return undefined;
  const [, first, second, last, fraction] = match;
  const fields = [first, second, last].filter((field): field is string => field !== undefined).map(Number);
  const secondsField = fields[fields.length - 1] ?? 0;
  const minutesField = fields.length >= 2 ? (fields[fields.length - 2] ?? 0) : 0;
  const hoursField = fields.length === 3 ? (fields[0] ?? 0) : 0;
  if (fields.length >= 2 && secondsField >= 60) return undefined;
  if (fields.length === 3 && minutesField >= 60) return undefined;
  const fractionMs = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0'));
  return ((hoursField * 60 + minutesField) * 60 + secondsField) * 1000 + fractionMs;
}
