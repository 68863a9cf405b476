import type { Word } from './model';

/** Words whisper found in one chunk of a long recording. */
export interface ChunkWords {
  /** Where the chunk starts in the whole recording (ms). The chunk's word times are relative to it. */
  offsetMs: number;
  /**
   * End of the stretch this chunk shares with the previous one, in recording time: the previous chunk's end
   * (as `WavChunk.overlapEndMs` in electron/engine/transcription/wavChunks.ts). The shared stretch is
   * [offsetMs, overlapEndMs). Equal to offsetMs (or less) when there is no overlap; ignored for the first chunk.
   */
  overlapEndMs: number;
  /** Times relative to the chunk's start, as whisper reported them for the chunk's own file. */
  words: readonly Word[];
}

/**
 * Merges the words of consecutive chunks into one list in recording time, keeping each spoken word once.
 *
 * Parts cut at a silence (no overlap) are simply put one after the other: every word of each is kept, and an
 * earlier part's word that whisper timed past the seam is held before it, so the words stay in order.
 *
 * Rule for overlapping parts: each overlap is cut at its middle. A word whose midpoint lies before the cut is taken from the earlier
 * chunk, a word whose midpoint lies at or after it from the later chunk. The middle is as far as possible from
 * both chunks' edges, where whisper hears cut-off words badly.
 *
 * Seam check: the two chunks time the same word slightly differently, so a word right at the cut may fall on the
 * same side in both (kept twice) or on opposite sides (kept in neither). After the cut, a kept word of the later
 * chunk that repeats the earlier chunk's last kept word (same text, overlapping times) is dropped, and an earlier
 * chunk's word that neither chunk kept is put back.
 */
export function mergeChunkWords(chunks: readonly ChunkWords[]): Word[] {
  let merged: Word[] = [];
  chunks.forEach((chunk, index) => {
    const words = chunk.words.map((word) => shift(word, chunk.offsetMs));
    if (index === 0) {
      merged = words;
      return;
    }
    if (chunk.overlapEndMs <= chunk.offsetMs) {
      // Cut at a silence: nothing is heard twice. Keep every word of both, the earlier ones held before the seam.
      merged = [...merged.map((word) => endBy(word, chunk.offsetMs)), ...words];
      return;
    }
    const cutMs = chunk.offsetMs + Math.max(0, chunk.overlapEndMs - chunk.offsetMs) / 2;
    const kept = merged.filter((word) => midpoint(word) < cutMs);
    const droppedEarlier = merged.filter((word) => midpoint(word) >= cutMs);
    const later = words.filter((word) => midpoint(word) >= cutMs);
    const droppedLater = words.filter((word) => midpoint(word) < cutMs);

    const lastKept = kept[kept.length - 1];
    const firstLater = later[0];
    if (lastKept && firstLater && sameWord(lastKept, firstLater)) later.shift();

    const lostEarlier = droppedEarlier[0];
    const lostLater = droppedLater[droppedLater.length - 1];
    const firstKeptLater = later[0];
    const lost =
      lostEarlier !== undefined &&
      lostLater !== undefined &&
      sameWord(lostEarlier, lostLater) &&
      !(firstKeptLater !== undefined && sameWord(lostEarlier, firstKeptLater));
    if (lost) kept.push(lostEarlier);

    merged = [...kept, ...later];
  });
  return merged;
}

function shift(word: Word, offsetMs: number): Word {
  return { ...word, startMs: word.startMs + offsetMs, endMs: word.endMs + offsetMs };
}

/** The word held to end by `seamMs` (whisper may time the last word of a part past the part's end). */
function endBy(word: Word, seamMs: number): Word {
  if (word.endMs <= seamMs) return word;
  return { ...word, startMs: Math.min(word.startMs, seamMs), endMs: seamMs };
}

function midpoint(word: Word): number {
  return (word.startMs + word.endMs) / 2;
}

/** Letters and digits only, lower case: "Campus." and "campus" are the same word. */
function normalized(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The same spoken word heard by two chunks: same text and overlapping times. */
function sameWord(a: Word, b: Word): boolean {
  const overlaps = a.startMs < b.endMs && b.startMs < a.endMs;
  const touching = a.startMs === b.startMs || a.endMs === b.endMs;
  return normalized(a.text) === normalized(b.text) && (overlaps || touching);
}
