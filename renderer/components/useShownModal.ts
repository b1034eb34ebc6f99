import { useEffect, useId, useRef } from 'react';

/**
 * A <dialog> shown as a modal from its first render, with an id for its heading: dialogProps
 * go on the <dialog>, titleId on its heading. The modal gives
 * the focus trap and the return of focus to what opened it.
 */
export function useShownModal() {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // No close on cleanup: a close event would reach onClose, and the dialog leaves the top
    // layer anyway when React removes it.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return { ref, titleId, dialogProps: { ref, 'aria-labelledby': titleId } };
}
