import { useViewer } from '../../state/viewer';
import { EYE_MAX, EYE_MIN } from '../../state/viewer';
import { usePrefs } from '../../state/prefs';
import { formatLength } from '../format';
import { useT } from '../i18n/useT';
import { Icon } from '../common/Icon';

/** Measure, plan and eye-height controls over the 3D view. */
export function Toolbar({ onPointerLock }: { /** Requests mouse-look; absent where it makes no sense (touch, orbit). */ onPointerLock?: (() => void) | undefined }) {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const units = usePrefs((s) => s.units);
  const mode = useViewer((s) => s.mode);
  const measuring = useViewer((s) => s.measuring);
  const count = useViewer((s) => s.measurements.filter((m) => m.b).length);
  const toggleMeasuring = useViewer((s) => s.toggleMeasuring);
  const clear = useViewer((s) => s.clearMeasurements);
  const showPlan = useViewer((s) => s.showPlan);
  const togglePlan = useViewer((s) => s.togglePlan);
  const eye = useViewer((s) => s.eyeHeight);
  const setEye = useViewer((s) => s.setEyeHeight);
  return (
    <div className="viewer-toolbar" role="toolbar" aria-label={t('viewer.mode')} data-testid="viewer-toolbar">
      <button type="button" className={`btn${measuring ? ' is-on' : ''}`} aria-pressed={measuring} onClick={() => toggleMeasuring()} data-testid="measure-toggle">
        <Icon name="ruler" /> {measuring ? t('viewer.measureDone') : t('viewer.measure')}
      </button>
      {count ? (
        <button type="button" className="btn btn-ghost" onClick={clear} data-testid="measure-clear">
          {t('viewer.measureClear')} ({count})
        </button>
      ) : null}
      <button type="button" className={`btn${showPlan ? ' is-on' : ''}`} aria-pressed={showPlan} onClick={togglePlan} data-testid="plan-toggle">
        <Icon name="plan" /> {t('viewer.plan')}
      </button>
      {mode === 'walk' ? (
        <label className="eye-height">
          <span>{t('viewer.eyeHeight')}</span>
          <input type="range" min={EYE_MIN} max={EYE_MAX} step={0.05} value={eye} onChange={(e) => setEye(Number(e.target.value))} data-testid="eye-height" />
          <output>{formatLength(eye, units, lang)}</output>
        </label>
      ) : null}
      {mode === 'walk' && onPointerLock ? (
        <button type="button" className="btn btn-ghost pointer-lock" onClick={onPointerLock}>
          <Icon name="mouse" /> {t('viewer.pointerLock')}
        </button>
      ) : null}
      {measuring ? (
        <p className="toolbar-hint" role="status">
          {t('viewer.measureOn')}
        </p>
      ) : null}
    </div>
  );
}
