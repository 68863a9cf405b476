import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { SearchResult } from '../../../shared/programme/schemas';
import { formatTimecode, groupResults } from '../../../shared/search/group';
import { FieldErrorText } from './Field';
import { useProgrammeT } from './i18n/useProgrammeT';
import { kindKey } from './labels';
import { useProgrammeNav } from './ProgrammeNav';
import { useSearch } from './useSearch';
import './programme.css';

const kindIcons: Record<SearchResult['kind'], string> = {
  session: '▣',
  participant: '●',
  topic: '◆',
  tag: '#',
  cue: '❝',
  clip: '✂',
};

/** Typing pauses this long before the search runs (Enter runs it at once). */
const TYPING_PAUSE_MS = 250;

/**
 * The header's search over sessions, participants, topics, hashtags, clips and transcripts: it searches as you
 * type (the last word as a prefix), and shows results grouped by session and recording, each cue with its
 * timecode; choosing one jumps there.
 */
export function SearchBox() {
  const t = useProgrammeT();
  const { openResult } = useProgrammeNav();
  const { search, run, clear } = useSearch();
  const [text, setText] = useState('');
  const boxRef = useRef<HTMLDivElement>(null);
  const typed = useRef(false);
  const listId = useId();
  const open = search.state !== 'idle';
  const openOne = useCallback(
    (result: SearchResult) => {
      openResult(result);
      clear();
    },
    [openResult, clear],
  );

  useEffect(() => {
    if (!typed.current) return;
    const query = text.trim();
    if (query === '') {
      clear();
      return;
    }
    if ([...query].length < 2) return;
    const timer = setTimeout(() => run(query), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, run, clear]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!boxRef.current?.contains(event.target as Node)) clear();
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open, clear]);

  return (
    <div className="header-search" ref={boxRef} role="search">
      <input
        type="search"
        dir="auto"
        data-testid="search-input"
        aria-label={t('searchLabel')}
        aria-controls={open ? listId : undefined}
        placeholder={t('searchPlaceholder')}
        value={text}
        onChange={(event) => {
          typed.current = true;
          setText(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && text.trim() !== '') run(text.trim());
          if (event.key === 'Escape') clear();
        }}
      />
      {open && (
        <div
          className="search-results"
          id={listId}
          data-testid="search-results"
          aria-label={t('searchResults')}
        >
          {search.state === 'searching' && <p className="hint">{t('searching')}</p>}
          {search.state === 'failed' && <FieldErrorText error={search.error} testId="search-error" />}
          {search.state === 'done' && search.results.length === 0 && (
            <p className="empty" data-testid="search-empty">
              {t('noResults', { text: search.text })}
            </p>
          )}
          {search.state === 'done' && search.results.length > 0 && (
            <ul>
              {groupResults(search.results).map((group) => (
                <li key={group.sessionId} className="search-group" data-testid="search-group">
                  <div className="search-session" dir="auto">
                    {group.sessionTitle}
                  </div>
                  <ul>
                    {group.own.map((result, index) => (
                      <li key={`${result.kind}-${result.participantId ?? ''}-${index}`}>
                        <ResultButton result={result} onOpen={openOne} />
                      </li>
                    ))}
                    {group.recordings.map((recording) => (
                      <li key={recording.mediaId} className="search-recording" data-testid="search-recording">
                        <div className="search-recording-name" dir="auto">
                          <span aria-hidden="true">▸</span> {recording.mediaName}
                        </div>
                        <ul>
                          {recording.results.map((result, index) => (
                            <li key={`${result.trackId ?? ''}-${result.cueId ?? ''}-${index}`}>
                              <ResultButton result={result} onOpen={openOne} />
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          {search.state === 'done' && search.truncated && (
            <p className="hint">{t('truncated', { count: search.results.length })}</p>
          )}
        </div>
      )}
    </div>
  );
}

/** One result: its kind (or, for a cue, its timecode) and its text; a click opens it in place. */
function ResultButton({ result, onOpen }: { result: SearchResult; onOpen: (result: SearchResult) => void }) {
  const t = useProgrammeT();
  const cue = result.kind === 'cue' && result.startMs !== undefined;
  return (
    <button
      type="button"
      className="search-result"
      data-testid="search-result"
      data-kind={result.kind}
      onClick={() => onOpen(result)}
    >
      {cue ? (
        <span className="search-kind kind-cue search-timecode" dir="ltr" title={t(kindKey(result.kind))}>
          {formatTimecode(result.startMs ?? 0)}
        </span>
      ) : (
        <span className={`search-kind kind-${result.kind}`}>
          <span aria-hidden="true">{kindIcons[result.kind]}</span> {t(kindKey(result.kind))}
        </span>
      )}
      <span className="search-snippet" dir="auto">
        {result.snippet}
      </span>
    </button>
  );
}
