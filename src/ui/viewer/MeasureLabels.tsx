import { usePrefs } from '../../state/prefs';
import { useViewer } from '../../state/viewer';
import { formatLengthBoth } from '../format';
import { Pin } from './Pin';

/** The length of each finished measurement, in both unit systems, at its middle. */
export function MeasureLabels() {
  const measurements = useViewer((s) => s.measurements);
  const lang = usePrefs((s) => s.lang);
  const units = usePrefs((s) => s.units);
  return (
    <div className="anchor-layer anchor-layer-top">
      {measurements.map((m) => {
        if (!m.b) return null;
        const d = Math.hypot(m.b[0] - m.a[0], m.b[1] - m.a[1], m.b[2] - m.a[2]);
        const mid: [number, number, number] = [(m.a[0] + m.b[0]) / 2, (m.a[1] + m.b[1]) / 2, (m.a[2] + m.b[2]) / 2];
        return (
          <Pin key={m.id} id={`measure:${m.id}`} position={mid}>
            <span className="measure-label" data-testid="measure-label" data-metres={d.toFixed(4)}>
              {formatLengthBoth(d, units, lang)}
            </span>
          </Pin>
        );
      })}
    </div>
  );
}
