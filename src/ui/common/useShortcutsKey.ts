import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';

/** "?" anywhere (outside a text field) toggles the keyboard shortcuts; `render` draws the sheet. */
export function useShortcutsKey(render: (close: () => void) => ReactNode): ReactNode {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return;
      if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        setOpen((o) => !o);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return open ? render(() => setOpen(false)) : null;
}
