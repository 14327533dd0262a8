import { useEffect, useState } from 'react';
import { Dialog } from './Dialog';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n';

const ROWS: [string, MessageKey][] = [
  ['?', 'keys.help'],
  ['Tab / Shift+Tab', 'keys.tab'],
  ['Esc', 'keys.escape'],
  ['← → ↑ ↓', 'keys.orbitTurn'],
  ['+ / −', 'keys.orbitZoom'],
  ['W A S D', 'keys.walkMove'],
  ['← → / Q E', 'keys.walkTurn'],
  ['Shift', 'keys.walkRun'],
  ['Space, ← →', 'keys.tour'],
  ['→ ← PageDown PageUp', 'keys.present'],
  ['…', 'keys.frame'],
];

/** "?" anywhere (outside a text field) shows the keyboard shortcuts. */
export function ShortcutsSheet() {
  const t = useT();
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
  return (
    <Dialog open={open} onClose={() => setOpen(false)} title={t('common.shortcuts')} testId="shortcuts-sheet">
      <table className="shortcuts">
        <tbody>
          {ROWS.map(([keys, label]) => (
            <tr key={label}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
