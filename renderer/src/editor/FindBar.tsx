import { useEffect, useMemo, useRef, useState } from 'react';
import { compileQuery, findMatches, replaceAll, replaceMatch, type Match } from '../../../shared/editor/find';
import type { Track, Transcript } from '../../../shared/transcript/model';
import type { CuePlace } from './CueGrid';
import { useEditorT } from './i18n/useEditorT';
import { withTrack } from '../../../shared/editor/transcriptOps';

interface Props {
  transcript: Transcript;
  apply(update: (transcript: Transcript) => Transcript): void;
  reveal(place: CuePlace, start: number, end: number): void;
  onClose(): void;
}

type TrackMatch = Match & { trackId: string };

/** Find and replace over every track (plain text or a regular expression, with or without case). */
export function FindBar({ transcript, apply, reveal, onClose }: Props) {
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

  const go = (step: number) => {
    if (matches.length === 0) return;
    const next = (((at + (revealed ? step : 0)) % matches.length) + matches.length) % matches.length;
    setAt(next);
    setRevealed(true);
    const match = matches[next]!;
    reveal(match, match.start, match.end);
    // Keep typing in the find box: reveal moves focus to the cue, so come back.
    requestAnimationFrame(() => input.current?.focus());
  };

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
