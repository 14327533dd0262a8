import { Dialog } from './Dialog';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../../lib/i18n';
import { registerStrings } from '../../lib/i18n';
import keys from '../../lib/i18n/strings/keys';

registerStrings(keys);

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

/** The sheet itself (loaded the first time "?" is pressed). */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <Dialog open onClose={onClose} title={t('common.shortcuts')} testId="shortcuts-sheet">
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
