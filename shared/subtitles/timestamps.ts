/**
 * Subtitle timestamps in integer milliseconds (never floating seconds). SRT: 00:01:02,345; WebVTT:
 * 00:01:02.345. Hours grow past 99 rather than wrapping, so a long recording stays correct.
 */
export function formatTimestamp(timeMs: number, separator: ',' | '.'): string {
  const total = Math.max(0, Math.round(timeMs));
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const millis = total % 1000;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}${separator}${pad(millis, 3)}`;
}
