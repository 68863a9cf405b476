import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useEditorT } from './i18n/useEditorT';

interface Props {
  title: string;
  testId: string;
  onClose(): void;
  children: ReactNode;
}

/**
 * A modal dialog over the editor (Escape or Close closes it). Rendered beside the editor's root, so keys
 * typed in it (Ctrl+Z in a field) are the field's, not the editor's.
 */
export function EditorDialog({ title, testId, onClose, children }: Props) {
  const t = useEditorT();
  const headingId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="editor-dialog"
      data-testid={testId}
      aria-labelledby={headingId}
      onClose={onClose}
    >
      <div className="panel-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" data-testid={`${testId}-close`} onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
