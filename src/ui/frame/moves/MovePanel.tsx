import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { FIGURE_HEIGHTS_M } from '../../../lib/camera/shotSize';
import { circleOfConfusionMm, depthOfField, stopsFrom } from '../../../lib/camera/dof';
import type { Optics } from '../../../lib/framing/frameOptics';
import type { PresetId } from '../../../lib/moves';
import { PRESET_DEFAULT, PRESET_IDS, PRESET_UNIT, RIG_HEIGHT_MAX, RIG_HEIGHT_MIN, appendPreset, makeSample, moveDuration, withHandheld } from '../../../lib/moves';
import { useFrameStore } from '../../../state/frame';
import { moveLive, onMoveLive, selectMove, useMoves } from '../../../state/moves';
import { rig } from '../../../state/rig';
import { useT } from '../../i18n/useT';
import { BlockingPanel } from './BlockingPanel';

const Exporter = lazy(() => import('./AnimaticExport').then((m) => ({ default: m.AnimaticExport })));

/** Stops offered when the lens set names none. */
const DEFAULT_FASTEST_T = 2.8;

/** The point arcs and dolly zooms turn about: the selected stand-in's chest, else undefined (the focus point ahead). */
function subjectPoint(): [number, number, number] | undefined {
  const s = useFrameStore.getState();
  const f = s.figures.find((x) => x.id === s.selectedFigure);
  if (!f) return undefined;
  const h = FIGURE_HEIGHTS_M[f.kind] * (f.pose === 'seated' ? 0.5 : 0.72);
  return [f.position[0], f.position[1] + h, f.position[2]];
}

const metres = (m: number, inf: string) => (Number.isFinite(m) ? `${m.toFixed(m < 10 ? 2 : 1)} m` : inf);

/** The T-stop in use: the chosen one, else the lens set's fastest. */
export function useTStop(optics: Optics): { stop: number; stops: number[] } {
  const chosen = useMoves((s) => s.tStop);
  const fastest = optics.lensSet?.fastestT ?? DEFAULT_FASTEST_T;
  const stops = stopsFrom(fastest);
  return { stop: chosen !== null && chosen >= fastest - 0.05 ? chosen : fastest, stops };
}

/**
 * The move's presets (each appended to the move from its last keyframe, or from the camera when
 * there is none), hand-held shake, depth of field (aperture, focus distance, tap to focus, the
 * near/far limits and hyperfocal distance), the path check and the animatic export.
 */
export function MovePanel({ optics }: { optics: Optics }) {
  const t = useT();
  const move = useMoves(selectMove);
  const [preset, setPreset] = useState<PresetId>('push-in');
  const [amount, setAmount] = useState(PRESET_DEFAULT['push-in']);
  const [duration, setDuration] = useState(3);
  const [seed, setSeed] = useState(1);
  const [exportOpen, setExportOpen] = useState(false);
  const handheld = move.handheld;
  const issues = useMoves((s) => s.pathIssues);
  const focusM = useMoves((s) => s.focusM);
  const tapFocus = useMoves((s) => s.tapFocus);
  const { stop, stops } = useTStop(optics);
  const coc = circleOfConfusionMm(optics.body.sensor);
  const refs = useRef<Record<string, HTMLElement | null>>({});

  // Depth of field follows focus pulls while the move plays (refs, not React state).
  useEffect(() => {
    const paint = () => {
      const s = useMoves.getState();
      const focus = s.playing ? moveLive.focusM : s.focusM;
      const focal = s.playing && moveLive.focalMm > 0 ? moveLive.focalMm : useFrameStore.getState().focalMm;
      const d = depthOfField(focal, stop, coc, focus);
      const put = (k: string, v: string) => {
        const el = refs.current[k];
        if (el && el.textContent !== v) el.textContent = v;
      };
      put('near', metres(d.nearM, t('moves.infinity')));
      put('far', metres(d.farM, t('moves.infinity')));
      put('hyperfocal', metres(d.hyperfocalM, t('moves.infinity')));
      put('focus', metres(focus, t('moves.infinity')));
    };
    // At most once per animation frame, outside the render loop that reports the playhead.
    let raf = 0;
    const schedule = () => {
      if (!raf)
        raf = requestAnimationFrame(() => {
          raf = 0;
          paint();
        });
    };
    paint();
    const off1 = onMoveLive(schedule);
    const off2 = useMoves.subscribe(schedule);
    const off3 = useFrameStore.subscribe(schedule);
    return () => {
      off1();
      off2();
      off3();
      if (raf) cancelAnimationFrame(raf);
    };
  }, [stop, coc, t, focusM]);

  const append = () => {
    const s = useMoves.getState();
    s.pause();
    const start = makeSample();
    start.pose = { ...rig.pose };
    start.focalMm = useFrameStore.getState().focalMm;
    start.focusM = s.focusM;
    const next = appendPreset(s.history.present, preset, { start, amount, duration, subject: subjectPoint() });
    s.edit(next);
  };

  const readout = (k: string, label: string, testid: string) => (
    <div className="readout">
      <dt>{label}</dt>
      <dd>
        <span
          className="readout-value"
          data-testid={testid}
          ref={(el) => {
            refs.current[k] = el;
          }}
        >
          —
        </span>
      </dd>
    </div>
  );

  return (
    <div className="move-panel">
      <fieldset className="move-presets">
        <legend>{t('moves.presets')}</legend>
        <label>
          {t('moves.preset')}
          <select
            value={preset}
            data-testid="move-preset"
            onChange={(e) => {
              const id = e.target.value as PresetId;
              setPreset(id);
              setAmount(PRESET_DEFAULT[id]);
            }}
          >
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`moves.p.${id}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('moves.amount')} ({t(`moves.unit.${PRESET_UNIT[preset]}`)})
          <input type="number" step={PRESET_UNIT[preset] === 'm' ? 0.1 : 1} min={0} value={amount} onChange={(e) => setAmount(Number(e.target.value) || 0)} data-testid="move-amount" />
        </label>
        <label>
          {t('moves.duration')}
          <input type="number" step={0.5} min={0.1} max={600} value={duration} onChange={(e) => setDuration(Math.max(0.1, Number(e.target.value) || 0.1))} data-testid="move-duration" />
        </label>
        <button type="button" className="btn" onClick={append} data-testid="move-append">
          {t('moves.append')}
        </button>
        <small className="move-hint">{t('moves.subjectHint')}</small>
      </fieldset>

      <fieldset className="move-handheld">
        <legend>{t('moves.handheld')}</legend>
        <label className="move-check">
          <input
            type="checkbox"
            checked={handheld !== null}
            disabled={move.keyframes.length < 2}
            data-testid="move-handheld"
            onChange={(e) => useMoves.getState().edit(withHandheld(useMoves.getState().history.present, seed, e.target.checked ? 0.5 : 0))}
          />{' '}
          {t('moves.handheld')}
        </label>
        <label>
          {t('moves.seed')}
          <input
            type="number"
            step={1}
            value={handheld?.seed ?? seed}
            data-testid="move-seed"
            onChange={(e) => {
              const v = Math.trunc(Number(e.target.value) || 0);
              setSeed(v);
              const m = useMoves.getState().history.present;
              if (m.handheld) useMoves.getState().edit(withHandheld(m, v, m.handheld.amount));
            }}
          />
        </label>
        {handheld ? (
          <label>
            {t('moves.handheldAmount')}
            <input
              type="range"
              min={0.1}
              max={1}
              step={0.1}
              value={handheld.amount}
              onChange={(e) => useMoves.getState().edit(withHandheld(useMoves.getState().history.present, handheld.seed, Number(e.target.value)))}
            />
          </label>
        ) : null}
      </fieldset>

      <BlockingPanel />

      <fieldset className="move-dof">
        <legend>{t('moves.dof')}</legend>
        <label>
          {t('moves.aperture')}
          <select value={String(stop)} onChange={(e) => useMoves.getState().setTStop(Number(e.target.value))} data-testid="dof-aperture">
            {stops.map((s) => (
              <option key={s} value={String(s)}>
                T{s}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('moves.focus')}
          <input
            key={`focus-${focusM}`}
            type="number"
            min={0.02}
            step={0.1}
            defaultValue={focusM}
            data-testid="dof-focus"
            onChange={(e) => {
              const v = Number(e.target.value);
              if (v > 0) useMoves.getState().setFocusAtPlayhead(v);
            }}
          />
        </label>
        <button
          type="button"
          className={`btn${tapFocus ? ' is-on' : ''}`}
          aria-pressed={tapFocus}
          title={t('moves.tapFocusHint')}
          onClick={() => useMoves.setState({ tapFocus: !tapFocus })}
          data-testid="dof-tap-focus"
        >
          {t('moves.tapFocus')}
        </button>
        <dl className="readout-list">
          <div className="readout">
            <dt>{t('moves.r.aperture')}</dt>
            <dd>
              <span className="readout-value" data-testid="readout-aperture">
                T{stop}
              </span>
            </dd>
          </div>
          {readout('focus', t('moves.r.focus'), 'readout-focus')}
          {readout('near', t('moves.r.near'), 'readout-dof-near')}
          {readout('far', t('moves.r.far'), 'readout-dof-far')}
          {readout('hyperfocal', t('moves.r.hyperfocal'), 'readout-hyperfocal')}
        </dl>
        <small className="move-hint">{t('moves.cocNote', { coc: coc.toFixed(3) })}</small>
      </fieldset>

      {move.keyframes.length > 1 ? (
        <div className="move-path" data-testid="move-path-status" data-issues={issues.length}>
          <strong>{t('moves.path')}</strong>
          {issues.length === 0 ? (
            <p className="is-ok">{t('moves.pathOk')}</p>
          ) : (
            <ul>
              {issues.map((i) => (
                <li key={`${i.segment}-${i.kind}`} className="is-bad">
                  {i.kind === 'collision'
                    ? t('moves.pathCollision', { n: i.segment + 1, t: i.t.toFixed(1) })
                    : i.kind === 'height'
                      ? t('moves.pathHeight', { n: i.segment + 1, h: i.heightM.toFixed(2), min: RIG_HEIGHT_MIN.toFixed(1), max: RIG_HEIGHT_MAX.toFixed(1) })
                      : i.kind === 'ceiling'
                        ? t('moves.pathCeiling', { n: i.segment + 1, t: i.t.toFixed(1) })
                        : t('moves.pathOff', { n: i.segment + 1 })}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}

      <button type="button" className="btn move-export" disabled={moveDuration(move) <= 0} onClick={() => setExportOpen(true)} data-testid="export-video">
        {t('moves.export')}
      </button>
      {moveDuration(move) <= 0 ? <small className="move-hint">{t('moves.exportNoMove')}</small> : null}
      {exportOpen ? (
        <Suspense fallback={null}>
          <Exporter optics={optics} tStop={stop} onClose={() => setExportOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
