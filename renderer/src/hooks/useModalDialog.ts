import { useEffect, useRef, type RefObject } from 'react';

/**
 * Keeps a <dialog> shown as a modal while `open` is true and closed otherwise; `onOpen` runs each time
 * it opens (to reload what it shows). Close events from Escape reach the dialog's own onClose.
 */
export function useModalDialog(open: boolean, onOpen?: () => void): RefObject<HTMLDialogElement | null> {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      onOpen?.();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, onOpen]);
  return dialogRef;
}
