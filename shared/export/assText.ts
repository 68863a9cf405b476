/** ASS colour: &HAABBGGRR, alpha 00 opaque. */
export function assColour(hex: string, opacity = 1): string {
  const value = hex.replace('#', '').toUpperCase();
  const [r, g, b] = [value.slice(0, 2), value.slice(2, 4), value.slice(4, 6)];
  const alpha = Math.round((1 - Math.min(1, Math.max(0, opacity))) * 255)
    .toString(16)
    .toUpperCase()
    .padStart(2, '0');
  return `&H${alpha}${b}${g}${r}`;
}

/** Override-tag colour (\c): &HBBGGRR&. */
export function assInlineColour(hex: string): string {
  return `${assColour(hex).replace(/^&H00/, '&H')}&`;
}

/** Caption text as ASS event text: braces would open override blocks and a backslash starts a tag. */
export function escapeAssText(text: string): string {
  return text.replace(/\\/g, '/').replace(/\{/g, '(').replace(/\}/g, ')').replace(/\r?\n/g, ' ');
}

/** ASS time h:mm:ss.cc (centiseconds, rounded to the nearest 10 ms). */
export function assTime(timeMs: number): string {
  const centis = Math.round(Math.max(0, timeMs) / 10);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${Math.floor(centis / 360_000)}:${pad(Math.floor((centis % 360_000) / 6000))}:${pad(Math.floor((centis % 6000) / 100))}.${pad(centis % 100)}`;
}
