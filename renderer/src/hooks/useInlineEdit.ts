import { useRef, useState, type KeyboardEvent } from 'react';

export interface InlineEdit {
  editing: boolean;
  draft: string;
  /** Enter was pressed on an empty field: it stays open and says a value is needed. */
  blank: boolean;
  start(): void;
  inputProps: {
    value: string;
    onChange(event: { target: { value: string } }): void;
    onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
    onBlur(): void;
  };
}

/** Edit-in-place: Enter (or leaving the field) saves, Escape cancels. Saves once, and only a change. */
export function useInlineEdit(value: string, save: (next: string) => Promise<boolean>): InlineEdit {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [blank, setBlank] = useState(false);
  const finished = useRef(false);

  const finish = (commit: boolean, viaEnter = false) => {
    if (finished.current) return;
    const next = draft.trim();
    if (commit && viaEnter && next === '') {
      setBlank(true);
      return;
    }
    finished.current = true;
    setBlank(false);
    if (!commit || next === value || next === '') {
      setEditing(false);
      return;
    }
    void save(next).then((ok) => {
      if (ok) setEditing(false);
      else finished.current = false;
    });
  };

  return {
    editing,
    draft,
    blank,
    start() {
      finished.current = false;
      setDraft(value);
      setEditing(true);
    },
    inputProps: {
      value: draft,
      onChange: (event) => {
        setDraft(event.target.value);
        setBlank(false);
      },
      onKeyDown(event) {
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(true, true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(false);
        }
      },
      onBlur: () => finish(true),
    },
  };
}
