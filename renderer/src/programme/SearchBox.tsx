import { useEffect, useId, useRef, useState } from 'react';
import type { SearchResult } from '../../../shared/programme/schemas';
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
};

/** The header's search: Enter searches sessions, participants, topics, hashtags and transcripts. */
export function SearchBox() {
  const t = useProgrammeT();
  const { openResult } = useProgrammeNav();
  const { search, run, clear } = useSearch();
  const [text, setText] = useState('');
  const boxRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const open = search.state !== 'idle';

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
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && text.trim() !== '') run(text);
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
              {search.results.map((result, index) => (
                <li
                  key={`${result.kind}-${result.sessionId}-${result.participantId ?? ''}-${result.cueId ?? ''}-${index}`}
                >
                  <button
                    type="button"
                    className="search-result"
                    data-testid="search-result"
                    data-kind={result.kind}
                    onClick={() => {
                      openResult(result);
                      clear();
                    }}
                  >
                    <span className={`search-kind kind-${result.kind}`}>
                      <span aria-hidden="true">{kindIcons[result.kind]}</span> {t(kindKey(result.kind))}
                    </span>
                    <span className="search-session" dir="auto">
                      {result.sessionTitle}
                    </span>
                    <span className="search-snippet" dir="auto">
                      {result.snippet}
                    </span>
                  </button>
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
