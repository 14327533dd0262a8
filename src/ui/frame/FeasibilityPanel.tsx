import { useEffect, useId, useMemo, useState } from 'react';
import type { CameraCatalog } from '../../data/schema';
import type { ShotSizeId } from '../../lib/camera/shotSize';
import { FIGURE_HEIGHTS_M, SHOT_SIZES, SHOT_SIZE_IDS } from '../../lib/camera/shotSize';
import type { AdviceOption, FeasibilityAdvice } from '../../lib/camera/advice';
import { MAX_CAST_M, adviseShot, cameraForShot } from '../../lib/camera/advice';
import type { Optics } from '../../lib/framing/frameOptics';
import { poseFromDeg } from '../../lib/motion/pose';
import { formatFixed } from '../../lib/url/query';
import type { StandIn } from '../../state/frame';
import { frameActions, useFrameStore } from '../../state/frame';
import { usePrefs } from '../../state/prefs';
import { flyTo, onPoseChange, rig } from '../../state/rig';
import type { Lang } from '../../lib/i18n';
import { useT } from '../i18n/useT';
import { formatMetres } from './readoutFormat';

type T = ReturnType<typeof useT>;

/** Which lens set a suggestion's focal length comes from, when it is not the set in use. */
export interface LensContext {
  currentSetId: string | null;
  names: ReadonlyMap<string, string>;
}

/** The words for one suggestion ("use 28 mm", "turn the camera on its side"), naming another lens set when it needs one. */
export function optionText(t: T, o: AdviceOption, lenses?: LensContext): string {
  const other = o.lensId && lenses && o.lensId !== lenses.currentSetId ? lenses.names.get(o.lensId) : undefined;
  const focal = `${t('frame.mm', { v: formatFixed(o.focalMm, 1) })}${other ? ` (${other})` : ''}`;
  if (o.kind === 'lens') return t('frame.opt.lens', { focal });
  if (o.kind === 'turn') return t(o.orient === 'portrait' ? 'frame.opt.turn.portrait' : 'frame.opt.turn.crop');
  return t(o.orient === 'portrait' ? 'frame.opt.turnLens.portrait' : 'frame.opt.turnLens.crop', { focal });
}

/** The whole verdict as one sentence in the current language. */
export function adviceText(t: T, lang: Lang, a: FeasibilityAdvice, lenses?: LensContext): string {
  const shotWord = SHOT_SIZES[a.shot].name[lang];
  const vars = {
    shot: lang === 'en' ? shotWord.charAt(0).toLowerCase() + shotWord.slice(1) : shotWord,
    focal: formatFixed(a.focalMm, 1),
    need: formatMetres(a.requiredM),
    free: formatMetres(a.availableM),
    wall: a.obstacleM === null ? t('frame.feas.open') : t('frame.feas.wallAt', { d: formatMetres(a.obstacleM) }),
  };
  if (a.verdict === 'fits') return t('frame.feas.fits', vars);
  if (a.verdict === 'none') return t('frame.feas.none', vars);
  return t('frame.feas.short', { ...vars, options: a.options.map((o) => optionText(t, o, lenses)).join(t('frame.or')) });
}

/** Props of the feasibility panel. */
export interface FeasibilityPanelProps {
  cameras: CameraCatalog | null;
  optics: Optics;
}

/** Rounds the camera's yaw so the advice follows the camera direction without re-rendering every frame. */
const YAW_STEP = Math.PI / 180;

/**
 * Target shot size for the selected stand-in: the distance it needs with this lens, the free
 * distance behind where the camera would stand (cast back from the figure along the camera's
 * direction, at camera height), the verdict, and a button that moves the camera there.
 */
export function FeasibilityPanel({ cameras, optics }: FeasibilityPanelProps) {
  const t = useT();
  const id = useId();
  const lang = usePrefs((s) => s.lang);
  const target = useFrameStore((s) => s.targetShot);
  const figure = useFrameStore((s) => s.figures.find((f) => f.id === s.selectedFigure) ?? null);
  const [yawStep, setYawStep] = useState(() => Math.round(rig.pose.yaw / YAW_STEP));

  // Follow the camera's direction once it settles (not every frame).
  useEffect(() => {
    let timer = 0;
    const off = onPoseChange(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setYawStep(Math.round(rig.pose.yaw / YAW_STEP)), 200);
    });
    return () => {
      off();
      window.clearTimeout(timer);
    };
  }, []);

  const advice = useMemo(() => (figure ? advise(figure, target, yawStep * YAW_STEP, optics, cameras) : null), [figure, target, yawStep, optics, cameras]);
  const lensContext = useMemo<LensContext>(
    () => ({ currentSetId: optics.lensSet?.id ?? null, names: new Map((cameras?.lenses ?? []).map((l) => [l.id, l.maker === 'Representative' ? l.name : `${l.maker} ${l.name}`])) }),
    [optics.lensSet, cameras],
  );

  const go = (o?: AdviceOption) => {
    if (!figure || !advice) return;
    const s = useFrameStore.getState();
    const focal = o ? o.focalMm : optics.focalMm;
    const orient = o ? o.orient : optics.orient;
    if (o) {
      if (o.lensId) s.setLensSet(o.lensId);
      s.setFocal(focal);
      s.setOrient(orient);
    }
    const cam = cameraForShot(target, figure, optics.body, focal, orient, (yawStep * YAW_STEP * 180) / Math.PI);
    flyTo(poseFromDeg({ ...cam, rollDeg: 0 }));
  };

  return (
    <div className="frame-feasibility">
      <label htmlFor={`${id}-target`} className="frame-field">
        {t('frame.target')}
      </label>
      <select id={`${id}-target`} value={target} onChange={(e) => useFrameStore.getState().setTargetShot(e.target.value as ShotSizeId)} data-testid="frame-target-shot">
        {SHOT_SIZE_IDS.map((s) => (
          <option key={s} value={s}>
            {SHOT_SIZES[s].name[lang]} · {SHOT_SIZES[s].framing[lang]}
          </option>
        ))}
      </select>
      {!figure || !advice ? (
        <p className="frame-note">{t('frame.feas.needFigure')}</p>
      ) : (
        <>
          <p className={`frame-advice is-${advice.verdict}`} role="status" data-testid="frame-advice" data-verdict={advice.verdict}>
            {adviceText(t, lang, advice, lensContext)}
          </p>
          <p className="frame-note">{t('frame.feas.height', { h: formatMetres(advice.cameraHeightM) })}</p>
          <div className="frame-advice-actions">
            {advice.verdict === 'fits' ? (
              <button type="button" className="btn btn-primary" onClick={() => go()} data-testid="frame-go">
                {t('frame.goThere')}
              </button>
            ) : (
              advice.options.map((o, i) => (
                <button key={i} type="button" className="btn" onClick={() => go(o)} data-testid="frame-apply-option">
                  {t('frame.applyGo', { option: optionText(t, o, lensContext) })}
                </button>
              ))
            )}
          </div>
        </>
      )}
    </div>
  );
}

function advise(figure: StandIn, shot: ShotSizeId, yaw: number, optics: Optics, cameras: CameraCatalog | null): FeasibilityAdvice {
  // The level camera for this shot would stand behind the figure along the reverse of the
  // camera's direction: cast from the figure that way at that camera's height.
  const first = adviseShot({ shot, figure, body: optics.body, focalMm: optics.focalMm, orient: optics.orient, obstacleM: null, lenses: cameras?.lenses ?? [] });
  const dx = Math.sin(yaw);
  const dz = Math.cos(yaw);
  const y = figure.position[1] + Math.min(first.cameraHeightM, FIGURE_HEIGHTS_M[figure.kind]);
  const obstacleM = frameActions.obstacleDistance(figure.position[0], y, figure.position[2], dx, dz, MAX_CAST_M);
  return adviseShot({ shot, figure, body: optics.body, focalMm: optics.focalMm, orient: optics.orient, obstacleM, lenses: cameras?.lenses ?? [] });
}
