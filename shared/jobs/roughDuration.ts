/**
 * A time as people say it ahead of time: "less than a minute", "about 3 min", "about 1.5 h". Estimates are
 * rough, so they are not shown to the second. Pure; the UI and CLI word the result.
 */
export type RoughDuration =
  { unit: 'under-minute' } | { unit: 'minutes'; count: number } | { unit: 'hours'; count: number };

export function roughDuration(ms: number): RoughDuration {
  const minutes = Math.max(0, ms) / 60_000;
  if (minutes < 0.75) return { unit: 'under-minute' };
  if (minutes < 90) return { unit: 'minutes', count: Math.max(1, Math.round(minutes)) };
  return { unit: 'hours', count: Math.round((minutes / 60) * 2) / 2 };
}

/** English for the CLI: "less than a minute", "about 3 min", "about 1.5 h". */
export function englishRoughDuration(ms: number): string {
  const rough = roughDuration(ms);
  if (rough.unit === 'under-minute') return 'less than a minute';
  return rough.unit === 'minutes' ? `about ${rough.count} min` : `about ${rough.count} h`;
}
