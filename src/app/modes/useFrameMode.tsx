import { Suspense, useCallback, useLayoutEffect, useMemo } from 'react';
import { fallbackCanvasVfovDeg, frameProjection } from '../../lib/framing/frameBox';
import { computeOptics } from '../../lib/framing/frameOptics';
import { poseFromDeg } from '../../lib/motion/pose';
import { useFrameStore } from '../../state/frame';
import { useNotices } from '../../state/notices';
import type * as MovesModuleNs from '../../state/moves';

type MovesModule = typeof MovesModuleNs;

/**
 * The move store (issue 12) comes with frame mode's lazy code, not the viewer route's first load
 * (the budget): loaded when frame mode opens, and always here by the time anyone shares.
 */
let movesModule: MovesModule | null = null;
const loadMoves = () => import('../../state/moves').then((m) => (movesModule = m));
import { FrameOverlay, FrameScene, ShotCapture, ShotListPanel } from './lazyParts';
import type { ModeArgs, ModeParts } from './types';

/**
 * 9:16 framing with a real camera body and lens (issue 5). The URL's body, lens, orient and
 * stand-ins (fig) apply on open; shot=<preset> opens a catalog preset (its pose, body, lens, orientation and
 * stand-ins). The canvas keeps filling the stage and is given the field of view that makes
 * the frame box show exactly the lens (src/lib/framing/frameBox.ts).
 */
export function useFrameMode({ catalog, set, active, initial }: ModeArgs): ModeParts {
  const cameras = catalog.cameras;

  // Per set opened (the URL's parameters are read again when another set opens): the preset's pose is the start pose.
  const start = useMemo(() => {
    const preset = initial.shot ? set.shots.find((s) => s.id === initial.shot) : undefined;
    return { preset, startPose: preset ? poseFromDeg(preset.camera) : null };
  }, [set, initial]);

  useLayoutEffect(() => {
    const s = useFrameStore.getState();
    s.clearFigures();
    const preset = start.preset;
    if (preset) s.loadPreset({ body: preset.body, lens: preset.lens, orient: preset.orient, figures: preset.figures });
    // Explicit parameters win over the preset's (a shared link names what it shows).
    if (initial.body && cameras?.bodies.some((b) => b.id === initial.body)) s.setBody(initial.body);
    if (initial.lens !== undefined) s.setFocal(initial.lens);
    if (initial.orient) s.setOrient(initial.orient);
    if (initial.fig?.length) s.setFigures(initial.fig);
    if (preset || initial.body || initial.lens !== undefined) s.setLensSet(null);
    // A camera move (issue 12) opens at its playhead; the canvas's MovePlayer puts the camera there.
    void loadMoves().then(({ useMoves, readMoveParam }) => {
      const m = useMoves.getState();
      const move = initial.move ? readMoveParam(initial.move) : null;
      // The route checked the shape; out-of-range values are said here, like any bad parameter.
      if (typeof move === 'string') useNotices.getState().push({ key: 'notice.badParam', vars: { param: 'move', value: initial.move!.slice(0, 40) }, tone: 'warn' });
      m.load(move && typeof move !== 'string' ? move : { keyframes: [], handheld: null }, initial.t ?? 0);
      m.setTStop(initial.tstop ?? null);
      if (initial.focus !== undefined) m.setFocus(initial.focus);
    });
    // Once per set opened: later URL edits come from this page itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [start]);

  const bodyId = useFrameStore((s) => s.bodyId);
  const focalMm = useFrameStore((s) => s.focalMm);
  const orient = useFrameStore((s) => s.orient);
  const lensSetId = useFrameStore((s) => s.lensSetId);
  const layout = useFrameStore((s) => s.layout);

  const optics = useMemo(() => computeOptics(cameras, bodyId, focalMm, orient, lensSetId), [cameras, bodyId, focalMm, orient, lensSetId]);
  const lens = useMemo(
    () => ({ vfovDeg: optics.fov.vfovDeg, hfovDeg: optics.fov.hfovDeg, focalMm: optics.focalMm }),
    [optics.fov.vfovDeg, optics.fov.hfovDeg, optics.focalMm],
  );

  const vfovFor = useCallback(
    (aspect: number) =>
      layout && layout.box.height > 0
        ? frameProjection(layout.stageWidth, layout.stageHeight, layout.box, lens.vfovDeg).vfovDeg
        : fallbackCanvasVfovDeg(lens.vfovDeg, aspect),
    [layout, lens.vfovDeg],
  );

  const shareParams = useCallback(() => {
    const s = useFrameStore.getState();
    const known = cameras?.bodies.some((b) => b.id === s.bodyId);
    const fig = s.figures.map((f) => ({ kind: f.kind, pose: f.pose, position: f.position, yawDeg: f.yawDeg }));
    const base = { ...(known ? { body: s.bodyId } : {}), lens: s.focalMm, orient: s.orient, fig };
    if (!movesModule) return base;
    const { DEFAULT_FOCUS_M, formatMoveParam, hasMove, moveLive, useMoves } = movesModule;
    const m = useMoves.getState();
    const move = m.history.present;
    const dof = { ...(m.tStop !== null ? { tstop: m.tStop } : {}), ...(move.keyframes.length || m.focusM === DEFAULT_FOCUS_M ? {} : { focus: m.focusM }) };
    return { ...base, ...(hasMove(move) ? { move: formatMoveParam(move), t: m.playing ? moveLive.t : m.playhead } : {}), ...dof };
  }, [cameras]);

  if (!active) return { startPose: start.startPose };
  return {
    overlay: (
      <Suspense fallback={null}>
        <FrameOverlay cameras={cameras} optics={optics} />
      </Suspense>
    ),
    panel: (
      <Suspense fallback={null}>
        <ShotListPanel />
      </Suspense>
    ),
    canvasChildren: (
      <>
        <Suspense fallback={null}>
          <FrameScene lens={lens} />
        </Suspense>
        <Suspense fallback={null}>
          <ShotCapture />
        </Suspense>
      </>
    ),
    fov: { vfovFor, lens },
    shareParams,
    startPose: start.startPose,
  };
}

export const FRAME_MODE_READY = true;
