import { usePrefs } from '../../state/prefs';
import { useT } from '../i18n/useT';

/** Metric / imperial for every length and area shown. */
export function UnitsSwitch() {
  const t = useT();
  const units = usePrefs((s) => s.units);
  const setUnits = usePrefs((s) => s.setUnits);
  return (
    <div className="segmented" role="group" aria-label={t('units.label')}>
      {(['metric', 'imperial'] as const).map((u) => (
        <button key={u} type="button" aria-pressed={units === u} onClick={() => setUnits(u)} data-testid={`units-${u}`}>
          {t(u === 'metric' ? 'units.metric' : 'units.imperial')}
        </button>
      ))}
    </div>
  );
}
