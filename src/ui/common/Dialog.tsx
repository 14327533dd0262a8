import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT';

/** Props of a modal dialog. */
export interface DialogProps {
  open: boolean;
  onClose: () => void;
  /** Accessible title, shown as the heading. */
  title: ReactNode;
  children: ReactNode;
  /** Extra class for sizing: "dialog-side" docks it to the right edge. Default "". */
  className?: string;
  testId?: string;
}

/**
 * A native <dialog> shown modally: the browser traps focus, makes the page behind
 * inert and closes on Escape; focus returns to whatever opened it.
 */
export function Dialog({ open, onClose, title, children, className = '', testId }: DialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const el = ref.current;
    if (!el || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!el.open) {
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', '');
    }
    const onCancel = (e: Event) => {
      e.preventDefault();
      onCloseRef.current();
    };
    el.addEventListener('cancel', onCancel);
    return () => {
      el.removeEventListener('cancel', onCancel);
      if (el.open && typeof el.close === 'function') el.close();
      else el.removeAttribute('open');
      opener?.focus?.();
    };
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={`dialog ${className}`}
      aria-labelledby="dialog-title"
      data-testid={testId}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div className="dialog-inner">
        <div className="dialog-head">
          <h2 id="dialog-title">{title}</h2>
          <button type="button" className="btn btn-icon" onClick={onClose} aria-label={t('common.close')} data-testid="dialog-close">
            ✕
          </button>
        </div>
        <div className="dialog-body">{children}</div>
      </div>
    </dialog>
  );
}
