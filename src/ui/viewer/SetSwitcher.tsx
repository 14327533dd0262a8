import type { CatalogSet } from '../../data/load';
import { useLocal, useT } from '../i18n/useT';

/** Props of the set switcher. */
export interface SetSwitcherProps {
  sets: readonly CatalogSet[];
  current: string;
  onChange: (setId: string) => void;
}

/** Jumps to another set of the base without leaving the viewer (the 3D view stays; only the model changes). */
export function SetSwitcher({ sets, current, onChange }: SetSwitcherProps) {
  const t = useT();
  const local = useLocal();
  if (sets.length < 2) return null;
  return (
    <label className="set-switcher">
      <span className="sr-only">{t('viewer.otherSets')}</span>
      <select value={current} onChange={(e) => onChange(e.target.value)} data-testid="set-switcher">
        {sets.map((s) => (
          <option key={s.id} value={s.id}>
            {local(s.name)}
            {s.model ? ' · 3D' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
