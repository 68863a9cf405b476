import type { Track } from '../transcript/model';
import { editText } from './cueOps';

export interface FindOptions {
  /** The query is a JavaScript regular expression (replacement may use $1, $&, $<name>). */
  regex: boolean;
  caseSensitive: boolean;
}

export interface Match {
  cueId: string;
  start: number;
  end: number;
}

export type CompiledQuery = { ok: true; pattern: RegExp } | { ok: false; message: string };

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The search as a global, unicode RegExp; an invalid regular expression gives its error message. */
export function compileQuery(query: string, options: FindOptions): CompiledQuery {
  if (query === '') return { ok: false, message: 'Type something to find.' };
  const flags = `gu${options.caseSensitive ? '' : 'i'}`;
  try {
    return { ok: true, pattern: new RegExp(options.regex ? query : escapeRegex(query), flags) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Every match in the track's cues, in order (empty matches, e.g. of /x* /, are skipped). */
export function findMatches(track: Track, pattern: RegExp): Match[] {
  const matches: Match[] = [];
  for (const cue of track.cues) {
    for (const found of cue.text.matchAll(pattern)) {
      if (found[0].length === 0) continue;
      matches.push({ cueId: cue.id, start: found.index, end: found.index + found[0].length });
    }
  }
  return matches;
}

/**
 * A replacement template filled from one match, as String.prototype.replace does: $$, $&, $1…$99, $<name>,
 * $` and $'. Written out so one chosen match can be replaced with its full-text context (lookbehind works).
 */
export function expandReplacement(template: string, found: RegExpExecArray, text: string): string {
  return template.replace(
    /\$(\$|&|`|'|\d{1,2}|<([^>]*)>)/g,
    (whole, token: string, name: string | undefined) => {
      if (token === '$') return '$';
      if (token === '&') return found[0];
      if (token === '`') return text.slice(0, found.index);
      if (token === "'") return text.slice(found.index + found[0].length);
      if (name !== undefined) return found.groups?.[name] ?? '';
      const group = Number(token);
      return group >= 1 && group < found.length ? (found[group] ?? '') : whole;
    },
  );
}

/** The text with the non-empty matches replaced; `only` limits it to the match starting at that offset. */
function replaceIn(
  text: string,
  pattern: RegExp,
  replacement: string,
  only?: number,
): { text: string; count: number } {
  let count = 0;
  let result = '';
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    if (found[0].length === 0 || (only !== undefined && found.index !== only)) continue;
    result += text.slice(last, found.index) + expandReplacement(replacement, found, text);
    last = found.index + found[0].length;
    count++;
  }
  return { text: result + text.slice(last), count };
}

/** Replaces one match (if the cue's text still holds a match there); the cue's words follow the edit. */
export function replaceMatch(track: Track, pattern: RegExp, match: Match, replacement: string): Track {
  const cue = track.cues.find((candidate) => candidate.id === match.cueId);
  if (!cue) return track;
  const replaced = replaceIn(cue.text, pattern, replacement, match.start);
  return replaced.count === 0 ? track : editText(track, cue.id, replaced.text);
}

/** Replaces every match in the whole track; returns the new track and how many were replaced. */
export function replaceAll(
  track: Track,
  pattern: RegExp,
  replacement: string,
): { track: Track; count: number } {
  let count = 0;
  let current = track;
  for (const cue of track.cues) {
    const replaced = replaceIn(cue.text, pattern, replacement);
    if (replaced.count === 0) continue;
    count += replaced.count;
    current = editText(current, cue.id, replaced.text);
  }
  return { track: current, count };
}
