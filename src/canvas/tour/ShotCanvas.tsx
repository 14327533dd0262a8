import { useEffect, useMemo, useRef } from 'react';
import type { CameraBody, PresetShot } from '../../data/schema';
import { lensFov } from '../../lib/framing/frameOptics';
import { poseFromDeg } from '../../lib/motion/pose';
import { jumpTo } from '../../state/rig';
import { useViewer } from '../../state/viewer';
import { ShotFigures } from '../frame/ShotFigures';
import type { RigDriverProps } from '../RigDriver';
import { ViewerCanvas } from '../ViewerCanvas';

/** Props of a live 9:16 view of a preset shot. */
export interface ShotCanvasProps {
  setId: string;
  modelFile: string;
  modelBytes?: number | undefined;
  shot: PresetShot;
  /** The shot's camera body (for its field of view); null falls back as frame mode does (docs/ARCHITECTURE.md §4). */
  body: CameraBody | null;
}

/**
 * One set viewer canvas showing a preset shot through its lens, for a 9:16 box (the
 * presentation's set slides). The canvas stays when the set changes (only the model is
 * swapped) and cuts to the next shot; it draws only when something changes. The shot's
 * stand-ins are drawn, so the slide shows what the shot's description says.
 */
export function ShotCanvas({ setId, modelFile, modelBytes, shot, body }: ShotCanvasProps) {
  const pose = useMemo(() => poseFromDeg(shot.camera), [shot]);
  const { vfovDeg, hfovDeg } = lensFov(body ? [body] : null, shot.body, shot.lens, shot.orient);
  const fov = useMemo<RigDriverProps>(() => ({ vfovFor: () => vfovDeg, lens: { vfovDeg, hfovDeg, focalMm: shot.lens } }), [vfovDeg, hfovDeg, shot.lens]);

  useEffect(() => {
    useViewer.getState().openSet(setId);
  }, [setId]);

  // A new shot of the same set: cut to it (a new set starts at its shot when its model arrives).
  const shown = useRef({ setId, shot: shot.id });
  useEffect(() => {
    if (shown.current.setId === setId && shown.current.shot !== shot.id) jumpTo(pose);
    shown.current = { setId, shot: shot.id };
  }, [setId, shot.id, pose]);

  return (
    <ViewerCanvas setId={setId} modelFile={modelFile} modelBytes={modelBytes} mode="frame" startPose={pose} fov={fov}>
      <ShotFigures figures={shot.figures} />
    </ViewerCanvas>
  );
}
