import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/I18nContext';

interface Props {
  title: string;
  /** The dialog's test id; its Close button gets `${testId}-close`. */
  testId: string;
  /** The <dialog>'s class: its look (clips-modal, editor-dialog). */
  className: string;
  onClose(): void;
  children: ReactNode;
}

/**
 * A modal <dialog>, open while mounted; Escape and the Close button call onClose (the caller unmounts it).
 * A caller whose own keys must not reach it (the editor) portals it out of its root.
 */
export function Modal({ title, testId, className, onClose, children }: Props) {
  const t = useT();
  const headingId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className}
      data-testid={testId}
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
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
