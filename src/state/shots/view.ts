/**
 * A shot's fields read from, and put back into, the live view: the rig's pose, the frame store's
 * body, lens, orientation and stand-ins, and the move being edited.
 */
import type { PresetShot, CameraBody } from '../../data/schema';
import { lensFov } from '../../lib/framing/frameOptics';
import { copyPose, makePose, poseFromDeg, poseToDeg } from '../../lib/motion/pose';
import type { SightWorld } from '../../lib/framing/figureVisibility';
import { shotSizeOfPose } from '../../lib/shots/figureShot';
import type { Shot, ShotFigure } from '../../lib/shots/shot';
import { useCatalog } from '../catalog';
import { useFrameStore } from '../frame';
import { formatMoveParam, hasMove, readMoveParam, useMoves } from '../moves';
import { flyTo, jumpTo, rig } from '../rig';
import { useSight } from '../sight';
import { useViewer } from '../viewer';
import type { StillView } from './capture';

export function findBody(id: string): CameraBody | undefined {
  return useCatalog.getState().catalog?.cameras?.bodies.find((b) => b.id === id);
}

/**
 * The 9:16 frame's field of view for a body, lens and orientation; an unknown body falls back
 * the way frame mode's optics do (the catalog's first body, else full frame).
 */
export function shotFov(bodyId: string, lens: number, orient: Shot['orient']): { hfovDeg: number; vfovDeg: number } {
  const f = lensFov(useCatalog.getState().catalog?.cameras?.bodies, bodyId, lens, orient);
  return { hfovDeg: f.hfovDeg, vfovDeg: f.vfovDeg };
}

const round = (v: number, d: number) => {
  const f = 10 ** d;
  const r = Math.round(v * f) / f;
  return r === 0 ? 0 : r;
};

function figuresOf(list: readonly { kind: ShotFigure['kind']; pose: ShotFigure['pose']; position: readonly number[]; yawDeg: number }[]): ShotFigure[] {
  return list.map((f) => ({
    kind: f.kind,
    pose: f.pose,
    position: [round(f.position[0] ?? 0, 4), round(f.position[1] ?? 0, 4), round(f.position[2] ?? 0, 4)],
    yawDeg: round(f.yawDeg, 3),
  }));
}

/** The camera move being edited, in the move= codec; null when there is none. */
function movesText(): string | null {
  const m = useMoves.getState().history.present;
  return hasMove(m) ? formatMoveParam(m) : null;
}

/** Everything a shot records about the current view, read at one instant. */
export function snapshotView(): { params: Omit<Shot, 'id' | 'name' | 'note' | 'createdAt' | 'still' | 'presetId'>; view: StillView } {
  const setId = useViewer.getState().setId ?? 'unknown';
  const frame = useFrameStore.getState();
  const pose = copyPose(rig.pose, makePose());
  const d = poseToDeg(pose);
  const fov = shotFov(frame.bodyId, frame.focalMm, frame.orient);
  const figures = figuresOf(frame.figures);
  const selected = frame.figures.findIndex((f) => f.id === frame.selectedFigure);
  const judged = shotSizeOfPose(pose, fov.vfovDeg, figures, selected >= 0 ? selected : null, useSight.getState().world);
  return {
    params: {
      setId,
      camera: {
        position: [round(d.position[0], 4), round(d.position[1], 4), round(d.position[2], 4)],
        yawDeg: round(d.yawDeg, 3),
        pitchDeg: round(d.pitchDeg, 3),
        rollDeg: round(d.rollDeg, 3),
      },
      body: frame.bodyId,
      lens: frame.focalMm,
      orient: frame.orient,
      hfovDeg: round(fov.hfovDeg, 3),
      vfovDeg: round(fov.vfovDeg, 3),
      shotSize: judged?.shotSize ?? null,
      figures,
      move: movesText(),
    },
    view: { pose, vfovDeg: fov.vfovDeg },
  };
}

/** Puts the frame store in a shot's state: body, lens, orientation, stand-ins (as a preset link does). */
function applyFrame(s: { body: string; lens: number; orient: Shot['orient']; figures: readonly ShotFigure[] }): void {
  const frame = useFrameStore.getState();
  frame.loadPreset({
    body: findBody(s.body) || !useCatalog.getState().catalog?.cameras ? s.body : frame.bodyId,
    lens: s.lens,
    orient: s.orient,
    figures: s.figures.map((f) => ({ kind: f.kind, pose: f.pose, position: [f.position[0], f.position[1], f.position[2]], yawDeg: f.yawDeg })),
  });
  // Let the lens picker choose a set that has this focal length.
  frame.setLensSet(null);
}

/** Flies back to a shot of the current set and restores its body, lens, orientation and stand-ins. */
export function openShot(s: Pick<Shot, 'camera' | 'body' | 'lens' | 'orient' | 'figures'> & Partial<Pick<Shot, 'move'>>, how: 'fly' | 'jump' = 'fly'): void {
  applyFrame(s);
  // A shot with a move brings its move back, at the start (a shot without one leaves the move being edited alone).
  const move = s.move ? readMoveParam(s.move) : null;
  if (move && typeof move !== 'string') {
    useMoves.getState().load(move, 0);
    return;
  }
  const pose = poseFromDeg(s.camera);
  if (how === 'jump') jumpTo(pose);
  else flyTo(pose);
}

/** A catalog preset as a shot's fields; the shot size judged against `world` (default: the bound set, src/state/sight.ts). */
export function presetAsShotFields(p: PresetShot, world: SightWorld | null = useSight.getState().world): Pick<Shot, 'camera' | 'body' | 'lens' | 'orient' | 'figures' | 'hfovDeg' | 'vfovDeg' | 'shotSize'> {
  const camera = { position: p.camera.position, yawDeg: p.camera.yawDeg, pitchDeg: p.camera.pitchDeg, rollDeg: p.camera.rollDeg ?? 0 } as Shot['camera'];
  const figures = figuresOf(p.figures);
  const fov = shotFov(p.body, p.lens, p.orient);
  const judged = shotSizeOfPose(poseFromDeg(camera), fov.vfovDeg, figures, null, world);
  return { camera, body: p.body, lens: p.lens, orient: p.orient, figures, hfovDeg: round(fov.hfovDeg, 3), vfovDeg: round(fov.vfovDeg, 3), shotSize: judged?.shotSize ?? null };
}
