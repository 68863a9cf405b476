import { useEffect, useState, type RefObject } from 'react';

/** The cue ids (data-cue-id) of the list items inside `scope` that the page's text selection touches. */
export function selectedCueIds(scope: Element, selection: Selection | null): string[] {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return [];
  const ids: string[] = [];
  for (const item of scope.querySelectorAll<HTMLElement>('[data-cue-id]')) {
    const id = item.dataset['cueId'];
    if (id && selection.containsNode(item, true)) ids.push(id);
  }
  return ids;
}

/**
 * Follows the text selection inside the transcript around `anchor`: the selected cues, kept while the
 * selection is elsewhere (pressing a button must not lose it), cleared when a new selection has none.
 */
export function useCueSelection(anchor: RefObject<HTMLElement | null>, trackId: string): string[] {
  const [state, setState] = useState<{ trackId: string; ids: string[] }>({ trackId, ids: [] });
  useEffect(() => {
    const onChange = () => {
      const scope = anchor.current?.closest('[data-testid="transcript"]');
      if (!scope) return;
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed) return;
      const ids = selectedCueIds(scope, selection);
      setState((current) =>
        current.trackId === trackId && current.ids.join() === ids.join() ? current : { trackId, ids },
      );
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [anchor, trackId]);
  return state.trackId === trackId ? state.ids : [];
}
