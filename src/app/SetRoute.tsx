import { useCallback, useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'wouter';
import { ActionsBinding } from '../canvas/ActionsBinding';
import { discardBoot } from '../canvas/boot/handoff';
import { AnchorProjector } from '../canvas/AnchorProjector';
import { Measure } from '../canvas/Measure';
import { ViewerCanvas } from '../canvas/ViewerCanvas';
import { prefetchModel } from '../canvas/loadModel';
import type { Catalog, CatalogSet } from '../data/load';
import { findBase, findSet } from '../data/load';
import { poseFromDeg, poseToDeg } from '../lib/motion/pose';
import { setPath, setUrl } from '../lib/url/routes';
import { formatViewParams, parseViewParams } from '../lib/url/viewUrl';
import { useCatalog } from '../state/catalog';
import { useNotices } from '../state/notices';
import { usePrefs } from '../state/prefs';
import { rig } from '../state/rig';
import type { ViewMode } from '../state/viewer';
import { useViewer } from '../state/viewer';
import { NotFound } from '../ui/common/NotFound';
import { Joystick } from '../ui/viewer/Joystick';
import { ViewerPage } from '../ui/viewer/ViewerPage';
import { FRAME_MODE_READY, useFrameMode } from './modes/useFrameMode';
import { TOUR_MODE_READY, useTourMode } from './modes/useTourMode';
import { useWebGL } from './webgl';

const MODES: readonly ViewMode[] = [
  'orbit',
  'walk',
  ...(FRAME_MODE_READY ? (['frame'] as const) : []),
  ...(TOUR_MODE_READY ? (['tour'] as const) : []),
];

/** Route "/sets/:setId": the set viewer, opened exactly as the URL says. */
export default function SetRoute({ setId }: { setId: string }) {
  const catalog = useCatalog((s) => s.catalog);
  const set = catalog ? findSet(catalog, setId) : undefined;
  const found = Boolean(catalog && set);
  useEffect(() => {
    if (!found) discardBoot();
  }, [found]);
  if (!catalog || !set) return <NotFound homeHref="/" setId={setId} />;
  return <SetViewer catalog={catalog} set={set} />;
}

/** What the URL asks of a set when it opens: mode, camera, body, lens… and what was wrong with it. */
function readInitial(catalog: Catalog, set: CatalogSet) {
  const parsed = parseViewParams(window.location.search, {
    bodies: catalog.cameras?.bodies.map((b) => b.id),
    shots: set.shots.map((s) => s.id),
  });
  const requested = parsed.params.mode;
  const notices = [...parsed.notices];
  let startMode: ViewMode = 'orbit';
  if (requested && MODES.includes(requested)) startMode = requested;
  else if (requested) notices.push({ param: 'mode', value: requested, reason: 'unknown' });
  // A preset shot is a 9:16 frame: a link with shot= and no mode opens frame mode.
  if (!requested && parsed.params.shot && MODES.includes('frame')) startMode = 'frame';
  const cam = parsed.params.cam;
  return { setId: set.id, startMode, startPose: cam ? poseFromDeg(cam) : null, notices, params: parsed.params };
}

function SetViewer({ catalog, set }: { catalog: Catalog; set: CatalogSet }) {
  const setId = set.id;
  const [, setParams] = useSearchParams();
  const mode = useViewer((s) => s.mode);
  const lang = usePrefs((s) => s.lang);

  // The URL is read when a set opens; later it is written only by mode changes and
  // "share". The canvas stays mounted from set to set: only the model is swapped.
  const [initialState, setInitialState] = useState(() => readInitial(catalog, set));
  let initial = initialState;
  if (initial.setId !== setId) {
    initial = readInitial(catalog, set);
    setInitialState(initial);
  }

  const webgl = useWebGL();
  // ViewerCanvas adopts a start-up first frame of this set's model; without a canvas it is freed,
  // and so is a poster the inline script put up for a view the app draws itself.
  const drawsModel = Boolean(set.model && webgl);
  useEffect(() => {
    discardBoot();
  }, [drawsModel, setId]);
  // The model's bytes start now, while the canvas and its WebGL context are set up.
  if (set.model && webgl) prefetchModel(set.model.file);

  // Without WebGL the model is still worth fetching: its floor plan is drawn in the page.
  const modelFile = set.model?.file;
  const modelBytes = set.model?.bytes;
  useEffect(() => {
    if (webgl || !modelFile) return;
    const controller = new AbortController();
    import('../canvas/planWithoutWebGL')
      .then(({ loadPlanOnly }) => loadPlanOnly(modelFile, modelBytes, controller.signal))
      .then(({ plan, height }) => {
        useViewer.getState().setPlan(plan, height);
        useViewer.getState().setLoaded();
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) useViewer.getState().setFailed('webgl', err instanceof Error ? err.message : String(err));
      });
    return () => controller.abort();
  }, [webgl, modelFile, modelBytes]);

  useEffect(() => {
    useViewer.getState().openSet(setId);
    useViewer.getState().setMode(initial.startMode);
    const push = useNotices.getState().push;
    for (const n of initial.notices) push({ key: 'notice.badParam', vars: { param: n.param, value: n.value.slice(0, 40) }, tone: 'warn' });
  }, [setId, initial]);

  const onModeChange = useCallback(
    (next: ViewMode) => {
      useViewer.getState().setMode(next);
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          p.set('mode', next);
          p.delete('cam');
          p.delete('shot');
          return p;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const modeArgs = (active: boolean) => ({ catalog, set, active, initial: initial.params });
  const frame = useFrameMode(modeArgs(mode === 'frame'));
  const tour = useTourMode(modeArgs(mode === 'tour'));
  const parts = mode === 'frame' ? frame : mode === 'tour' ? tour : {};

  const shareParams = parts.shareParams;
  const shareInstead = parts.shareInstead;
  const [, navigate] = useLocation();
  const onSwitchSet = useCallback(
    (id: string) => {
      const query = formatViewParams({ lang, mode: useViewer.getState().mode === 'tour' ? 'orbit' : useViewer.getState().mode });
      navigate(setPath(id, query));
    },
    [lang, navigate],
  );

  const makeShareUrl = useCallback(() => {
    const d = poseToDeg(rig.pose);
    const instead = shareInstead?.();
    const query = formatViewParams(
      {
        ...shareParams?.(),
        lang,
        mode: useViewer.getState().mode,
        cam: instead ? undefined : { position: d.position, yawDeg: d.yawDeg, pitchDeg: d.pitchDeg, rollDeg: d.rollDeg },
      },
      instead,
    );
    return setUrl(document.baseURI, setId, query);
  }, [lang, setId, shareParams, shareInstead]);


  const base = findBase(catalog, set.baseId);
  const siblings = base ? base.sets : [set];
  const canvas =
    set.model && webgl ? (
      <ViewerCanvas
        setId={set.id}
        modelFile={set.model.file}
        modelBytes={set.model.bytes}
        mode={mode}
        startPose={initial.startPose ?? (initial.startMode === 'frame' ? frame.startPose : initial.startMode === 'tour' ? tour.startPose : null) ?? null}
        fov={parts.fov}
      >
        <ActionsBinding />
        <AnchorProjector />
        <Measure />
        {parts.canvasChildren}
      </ViewerCanvas>
    ) : null;

  return (
    <ViewerPage
      catalog={catalog}
      set={set}
      homeHref="/"
      modes={MODES}
      onModeChange={onModeChange}
      canvas={canvas}
      noCanvasReason={!set.model ? 'no-model' : !webgl ? 'no-webgl' : null}
      makeShareUrl={makeShareUrl}
      modeOverlay={parts.overlay}
      modePanel={parts.panel}
      siblings={siblings}
      onSwitchSet={onSwitchSet}
      joystick={<Joystick onMove={() => rig.invalidate()} />}
      onPointerLock={() => document.querySelector<HTMLCanvasElement>('canvas[data-testid="set-canvas"]')?.requestPointerLock?.()}
    />
  );
}
