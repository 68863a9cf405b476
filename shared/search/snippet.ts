import { termRanges } from './normalize';

/**
 * The text a result shows: white space flattened, and when the text is long, a window of it around the
 * first word that matches the query (the query's last word as a prefix, as it is being typed).
 */
export function snippetFor(text: string, queryTerms: readonly string[], radius = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= radius * 2) return flat;
  const last = queryTerms.length - 1;
  const match = termRanges(flat).find(({ term }) =>
    queryTerms.some((query, index) => term === query || (index === last && term.startsWith(query))),
  );
  const from = Math.max(0, (match?.start ?? 0) - radius);
  const to = Math.min(flat.length, (match?.end ?? 0) + radius);
  return `${from > 0 ? '…' : ''}${flat.slice(from, to).trim()}${to < flat.length ? '…' : ''}`;
}
