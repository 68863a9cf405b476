import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useClipsT } from './i18n/useClipsT';

interface Props {
  title: string;
  testId: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
}

/** A modal <dialog>, open while mounted; Escape and the Close button call onClose. */
export function Modal({ title, testId, onClose, children, wide }: Props) {
  const t = useClipsT();
  const headingId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'clips-modal wide' : 'clips-modal'}
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
