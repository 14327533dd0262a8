import { useEffect, useId, useState } from 'react';
import type { CameraCatalog } from '../../data/schema';
import type { LensSet, Orientation } from '../../lib/camera/types';
import { FOCAL_RANGE_MM } from '../../lib/camera/focalRange';
import { focalForEquivalent, nearestFocal, pickLensSet, setHasFocal } from '../../lib/framing/frameLens';
import type { Optics } from '../../lib/framing/frameOptics';
import { formatFixed } from '../../lib/url/query';
import { useFrameStore } from '../../state/frame';
import type { MessageKey } from '../../lib/i18n';
import { useT } from '../i18n/useT';

const LENS_KIND: Record<LensSet['kind'], MessageKey> = { prime: 'frame.lensKind.prime', zoom: 'frame.lensKind.zoom', fixed: 'frame.lensKind.fixed' };

/** Props of the body, lens and orientation controls. */
export interface CameraControlsProps {
  cameras: CameraCatalog | null;
  optics: Optics;
}

/** Chooses the camera body, the lens set and focal length (primes as buttons, zooms on a slider, any value typed), and the 9:16 orientation. */
export function CameraControls({ cameras, optics }: CameraControlsProps) {
  const t = useT();
  const id = useId();
  const { body, lensSet, lensSets, focalMm, orient } = optics;
  const store = useFrameStore.getState;

  const changeBody = (bodyId: string) => {
    const next = cameras?.bodies.find((b) => b.id === bodyId);
    if (!next || !cameras) return;
    const s = store();
    // Keep the glass when it fits the new body; otherwise keep the picture (same equivalent focal length).
    const keep = pickLensSet(cameras.lenses, next, focalMm, s.lensSetId);
    let focal = focalMm;
    if (!keep || !setHasFocal(keep, focalMm)) {
      const wanted = focalForEquivalent(next, orient, optics.equivMm);
      const set = pickLensSet(cameras.lenses, next, wanted, null);
      focal = set ? nearestFocal(set, wanted) : Math.round(wanted * 10) / 10;
      s.setLensSet(set?.id ?? null);
    }
    s.setBody(next.id);
    s.setFocal(focal);
  };
  const changeSet = (setId: string) => {
    const set = lensSets.find((l) => l.id === setId);
    if (!set) return;
    store().setLensSet(set.id);
    if (!setHasFocal(set, focalMm)) store().setFocal(nearestFocal(set, focalMm));
  };

  return (
    <div className="frame-camera">
      <label className="frame-field" htmlFor={`${id}-body`}>
        {t('frame.body')}
      </label>
      <select id={`${id}-body`} value={body.id} onChange={(e) => changeBody(e.target.value)} data-testid="frame-body" disabled={!cameras}>
        {(cameras?.bodies ?? [body]).map((b) => (
          <option key={b.id} value={b.id}>
            {b.maker === 'Representative' ? b.name : `${b.maker} ${b.name}`}
            {b.representative ? ` (${t('frame.representative')})` : ''}
          </option>
        ))}
      </select>
      <p className="frame-note">{t('frame.sensor', { w: body.sensor.width, h: body.sensor.height, mode: body.sensor.mode })}</p>

      {lensSets.length ? (
        <>
          <label className="frame-field" htmlFor={`${id}-set`}>
            {t('frame.lensSet')}
          </label>
          <select id={`${id}-set`} value={lensSet?.id ?? ''} onChange={(e) => changeSet(e.target.value)} data-testid="frame-lens-set">
            {lensSets.map((l) => (
              <option key={l.id} value={l.id}>
                {l.maker === 'Representative' ? l.name : `${l.maker} ${l.name}`} · {t(LENS_KIND[l.kind])}
              </option>
            ))}
          </select>
        </>
      ) : null}

      {lensSet ? <FocalPicker set={lensSet} focalMm={focalMm} /> : null}
      <FocalInput focalMm={focalMm} />

      <fieldset className="frame-orient">
        <legend>{t('frame.orient')}</legend>
        <div className="segmented" role="group">
          {(['portrait', 'crop'] as const satisfies readonly Orientation[]).map((o) => (
            <button key={o} type="button" aria-pressed={orient === o} onClick={() => store().setOrient(o)} data-testid={`frame-orient-${o}`}>
              {t(o === 'portrait' ? 'frame.orient.portrait' : 'frame.orient.crop')}
            </button>
          ))}
        </div>
        <p className="frame-note">{t(orient === 'portrait' ? 'frame.orient.portraitHelp' : 'frame.orient.cropHelp')}</p>
        <p className="frame-note">{t('frame.frameMm', { w: optics.fov.frameWidthMm.toFixed(2), h: optics.fov.frameHeightMm.toFixed(2) })}</p>
      </fieldset>
    </div>
  );
}

function FocalPicker({ set, focalMm }: { set: LensSet; focalMm: number }) {
  const t = useT();
  const setFocal = useFrameStore((s) => s.setFocal);
  if (set.kind === 'zoom') {
    const min = Math.min(...set.focalLengths);
    const max = Math.max(...set.focalLengths);
    return (
      <label className="frame-zoom">
        <span>{t('frame.zoomRange', { min, max })}</span>
        <span className="frame-zoom-row">
          <input type="range" min={min} max={max} step={0.1} value={Math.min(max, Math.max(min, focalMm))} onChange={(e) => setFocal(Number(e.target.value))} data-testid="frame-zoom" />
          <output>{formatFixed(focalMm, 1)} mm</output>
        </span>
      </label>
    );
  }
  return (
    <div className="focal-buttons" role="group" aria-label={t('frame.focalChoices', { set: set.name })}>
      {set.focalLengths.map((f) => (
        <button key={f} type="button" className="chip focal-chip" aria-pressed={Math.abs(f - focalMm) < 0.05} onClick={() => setFocal(f)} data-focal={f}>
          {f}
        </button>
      ))}
    </div>
  );
}

function FocalInput({ focalMm }: { focalMm: number }) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(formatFixed(focalMm, 1));
  const [bad, setBad] = useState(false);
  useEffect(() => {
    setDraft(formatFixed(focalMm, 1));
    setBad(false);
  }, [focalMm]);
  const commit = () => {
    const n = Number(draft.replace(',', '.'));
    if (!Number.isFinite(n) || n < FOCAL_RANGE_MM.min || n > FOCAL_RANGE_MM.max || draft.trim() === '') {
      setBad(true);
      return;
    }
    setBad(false);
    useFrameStore.getState().setFocal(n);
  };
  return (
    <form
      className="frame-focal-input"
      onSubmit={(e) => {
        e.preventDefault();
        commit();
      }}
    >
      <label htmlFor={`${id}-focal`}>{t('frame.focalInput')}</label>
      <span className="frame-focal-row">
        <input
          id={`${id}-focal`}
          type="text"
          inputMode="decimal"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          aria-invalid={bad}
          aria-describedby={bad ? `${id}-bad` : undefined}
          data-testid="frame-focal-input"
        />
        <span aria-hidden="true">mm</span>
        <button type="submit" className="btn btn-small">
          {t('frame.focalApply')}
        </button>
      </span>
      {bad ? (
        <span id={`${id}-bad`} className="frame-error" role="alert">
          {t('frame.focalBad', { min: FOCAL_RANGE_MM.min, max: FOCAL_RANGE_MM.max })}
        </span>
      ) : null}
    </form>
  );
}
