import type { ReactNode } from 'react';
import { useCallback, useState } from 'react';
import { viewerVfovDeg } from '../lib/camera/viewerFov';
import { overviewOrbit, orbitToPose } from '../lib/motion/orbit';
import type { Pose } from '../lib/motion/pose';
import { DEG, makePose } from '../lib/motion/pose';
import { jumpTo, rig } from '../state/rig';
import type { ViewMode } from '../state/viewer';
import { useViewer } from '../state/viewer';
import { ContextWatch } from './ContextWatch';
import { Diagnostics } from './Diagnostics';
import { Lights } from './Lights';
import { OrbitController } from './OrbitController';
import type { PreparedModel } from './prepareModel';
import type { RigDriverProps } from './RigDriver';
import { RigDriver } from './RigDriver';
import { SceneCanvas } from './SceneCanvas';
import { SetModel } from './SetModel';
import { WalkController } from './WalkController';
import type { Boot } from './boot/handoff';
import { takeBoot } from './boot/handoff';

/** Props of the 3D view of one set. */
export interface ViewerCanvasProps {
  setId: string;
  modelFile: string;
  modelBytes?: number | undefined;
  mode: ViewMode;
  /** Where the camera starts (a shared link, a preset shot, a tour stop); null for the mode's default view. */
  startPose: Pose | null;
  /** Field of view override (frame mode). */
  fov?: RigDriverProps | undefined;
  /** Extra scene content inside the model context: hotspots, measuring, figures. */
  children?: ReactNode;
  /** Called with the prepared model (for features that need its spawn or bounds). */
  onModel?: ((model: PreparedModel) => void) | undefined;
}

/** The opening view when the URL gives none: the whole set in orbit, else its spawn point. */
export function defaultPose(model: PreparedModel, mode: ViewMode, aspect: number): Pose {
  if (mode === 'orbit') {
    const o = overviewOrbit(model.bounds.min, model.bounds.max, viewerVfovDeg(aspect) * DEG, aspect);
    Object.assign(rig.orbit, o);
    return orbitToPose(o, makePose());
  }
  return { ...model.spawn };
}

/**
 * The start-up first frame for this set, if one was drawn or is under way (docs/ARCHITECTURE.md
 * §2 "The set first"). When its model is already on screen the rig takes its pose now, before
 * the first frame the app draws, so the picture does not move.
 */
function adoptBoot(setId: string, modelFile: string, startPose: Pose | null): Boot | null {
  const boot = takeBoot(setId, new URL(modelFile, document.baseURI).href);
  if (boot?.ready) {
    const { canvas } = boot;
    const aspect = canvas.clientWidth / Math.max(1, canvas.clientHeight);
    jumpTo(startPose ?? defaultPose(boot.ready.model, useViewer.getState().mode, aspect));
  }
  return boot;
}

export function ViewerCanvas({ setId, modelFile, modelBytes, mode, startPose, fov, children, onModel }: ViewerCanvasProps) {
  // Taken once: the canvas stays mounted from set to set, later sets load as they always have.
  const [boot] = useState(() => adoptBoot(setId, modelFile, startPose));
  const onPrepared = useCallback(
    (model: PreparedModel) => {
      const el = document.querySelector<HTMLCanvasElement>('canvas[data-testid="set-canvas"]');
      const aspect = el ? el.clientWidth / Math.max(1, el.clientHeight) : 16 / 9;
      jumpTo(startPose ?? defaultPose(model, useViewer.getState().mode, aspect));
      onModel?.(model);
    },
    // The start pose applies when a model arrives, not when the person moves later.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setId],
  );
  return (
    <SceneCanvas
      adopt={boot}
      className="set-canvas-wrap"
      onError={() => useViewer.getState().markWebglUnavailable()}
      frameloop="demand"
      dpr={[1, 2]}
      gl={{ antialias: true, powerPreference: 'high-performance', preserveDrawingBuffer: false }}
      camera={{ fov: 50, near: 0.05, far: 1000, position: [0, 1.6, 0] }}
    >
      <Diagnostics setId={setId} />
      <ContextWatch />
      <RigDriver vfovFor={fov?.vfovFor} lens={fov?.lens} />
      <Lights />
      <SetModel setId={setId} file={modelFile} expectedBytes={modelBytes} onPrepared={onPrepared} boot={boot}>
        {mode === 'orbit' ? <OrbitController /> : null}
        {mode === 'walk' ? <WalkController /> : null}
        {children}
      </SetModel>
    </SceneCanvas>
  );
}
