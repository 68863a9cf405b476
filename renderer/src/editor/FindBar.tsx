import { useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import { compileQuery, findMatches, replaceAll, replaceMatch } from '../../../shared/editor/find';
import type { Track, Transcript } from '../../../shared/transcript/model';
import type { CuePlace } from './CueGrid';
import { useEditorT } from './i18n/useEditorT';
import { withTrack } from '../../../shared/editor/transcriptOps';
import { findMarksByCue, type TrackMatch } from './findMarks';

interface Props {
  /** The settled (deferred) transcript: matches follow typing a frame later, off the keystroke. */
  transcript: Transcript;
  apply(update: (transcript: Transcript) => Transcript): void;
  reveal(place: CuePlace, start: number, end: number): void;
  /** Every cue's matches for the cells to draw (findMarks.ts); an empty map when Find closes. */
  onMarks(marks: ReadonlyMap<string, string>): void;
  /** Set to this bar's next/previous step while it is open (F3 and Shift+F3 call it). */
  stepRef: MutableRefObject<((step: 1 | -1) => void) | undefined>;
  onClose(): void;
}

/** Find and replace over every track (plain text or a regular expression, with or without case). */
export function FindBar({ transcript, apply, reveal, onMarks, stepRef, onClose }: Props) {
  const t = useEditorT();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [regex, setRegex] = useState(false);
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [at, setAt] = useState(0);
  const [done, setDone] = useState<number | undefined>(undefined);
  const [revealed, setRevealed] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const compiled = useMemo(
    () => compileQuery(query, { regex, caseSensitive }),
    [query, regex, caseSensitive],
  );
  const matches: TrackMatch[] = useMemo(
    () =>
      compiled.ok
        ? transcript.tracks.flatMap((track: Track) =>
            findMatches(track, compiled.pattern).map((match) => ({ ...match, trackId: track.id })),
          )
        : [],
    [compiled, transcript],
  );
  const current = matches.length === 0 ? undefined : matches[Math.min(at, matches.length - 1)];

  // The cells draw every match, the current one apart; only when the matches or the current one change.
  useEffect(() => onMarks(findMarksByCue(matches, current)), [matches, current, onMarks]);
  useEffect(() => () => onMarks(new Map()), [onMarks]);

  const go = (step: number) => {
    if (matches.length === 0) return;
    const next = (((at + (revealed ? step : 0)) % matches.length) + matches.length) % matches.length;
    setAt(next);
    setRevealed(true);
    const match = matches[next]!;
    // F3 pressed in a cue stays there, on the match; from the bar, typing goes on in the find box (reveal
    // selects the match in the cue's text box, which keeps the selection, drawn by the cell, when left).
    const fromCue = document.activeElement instanceof HTMLTextAreaElement;
    reveal(match, match.start, match.end);
    if (!fromCue) requestAnimationFrame(() => input.current?.focus());
  };
  useEffect(() => {
    stepRef.current = go;
  });
  useEffect(
    () => () => {
      stepRef.current = undefined;
    },
    [stepRef],
  );

  const replaceOne = () => {
    if (!compiled.ok || !current) return;
    apply((doc) =>
      withTrack(doc, current.trackId, (track) => replaceMatch(track, compiled.pattern, current, replacement)),
    );
  };
  const replaceEverywhere = () => {
    if (!compiled.ok) return;
    let count = 0;
    apply((doc) =>
      doc.tracks.reduce((acc, track) => {
        const result = replaceAll(track, compiled.pattern, replacement);
        count += result.count;
        return withTrack(acc, track.id, () => result.track);
      }, doc),
    );
    setDone(count);
  };

  const status =
    !compiled.ok && query !== ''
      ? compiled.message
      : matches.length === 0
        ? query === ''
          ? ''
          : t('noMatches')
        : t('matchCount', { current: Math.min(at, matches.length - 1) + 1, total: matches.length });

  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <input
        ref={input}
        type="search"
        dir="auto"
        data-testid="find-input"
        aria-label={t('find')}
        placeholder={t('find')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setAt(0);
          setRevealed(false);
          setDone(undefined);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            go(event.shiftKey ? -1 : 1);
          }
          if (event.key === 'Escape') onClose();
        }}
      />
      <input
        type="text"
        dir="auto"
        data-testid="replace-input"
        aria-label={t('replaceWith')}
        placeholder={t('replaceWith')}
        value={replacement}
        onChange={(event) => setReplacement(event.target.value)}
      />
      <label>
        <input
          type="checkbox"
          data-testid="find-regex"
          checked={regex}
          onChange={(event) => setRegex(event.target.checked)}
        />{' '}
        .*
        <span className="visually-hidden">{t('regex')}</span>
      </label>
      <label title={t('matchCase')}>
        <input
          type="checkbox"
          data-testid="find-case"
          checked={caseSensitive}
          onChange={(event) => setCaseSensitive(event.target.checked)}
        />{' '}
        Aa
        <span className="visually-hidden">{t('matchCase')}</span>
      </label>
      <button type="button" onClick={() => go(-1)} disabled={matches.length === 0}>
        {t('findPrevious')}
      </button>
      <button type="button" data-testid="find-next" onClick={() => go(1)} disabled={matches.length === 0}>
        {t('findNext')}
      </button>
      <button type="button" data-testid="replace-one" onClick={replaceOne} disabled={!current}>
        {t('replace')}
      </button>
      <button
        type="button"
        data-testid="replace-all"
        onClick={replaceEverywhere}
        disabled={matches.length === 0}
      >
        {t('replaceAll')}
      </button>
      <span className="find-status" role="status" data-testid="find-status">
        {done !== undefined ? t('replacedCount', { count: done }) : status}
      </span>
      <button type="button" className="quiet" onClick={onClose} aria-label={t('close')}>
        ✕
      </button>
    </div>
  );
}
