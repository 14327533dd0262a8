import { useFrame } from '@react-three/fiber';
import { makeWalkSample, sampleWalk } from '../../lib/moves/blocking';
import { DEG } from '../../lib/motion/pose';
import { walksOf } from '../../state/blocking';
import { frameLive, notifyFrameLive, useFrameStore } from '../../state/frame';
import { moveLive, useMoves } from '../../state/moves';
import { figureObjects } from './figureRegistry';

const placed = makeWalkSample();

/**
 * Puts the 3D figures with marks where the move has them at time t, for an offscreen frame (the
 * animatic, the storyboard); t null puts every figure back where the store has it.
 */
export function placeWalkingFigures(t: number | null): void {
  const figures = useFrameStore.getState().figures;
  const walks = walksOf(useMoves.getState().history.present);
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const g = figureObjects.get(f.id);
    const w = walks.get(i);
    if (!g || !w) continue;
    if (t === null) {
      g.position.set(f.position[0], f.position[1], f.position[2]);
      g.rotation.set(0, f.yawDeg * DEG, 0);
    } else {
      sampleWalk(w, t, f.yawDeg * DEG, placed);
      g.position.set(placed.x, placed.y, placed.z);
      g.rotation.set(0, placed.yaw, 0);
    }
  }
}

/**
 * While the move plays, walks the stand-ins that have marks (src/lib/moves/blocking.ts): every
 * frame, at MovePlayer's playhead, it moves their 3D figures and writes their feet and facing
 * to frameLive.walk for the readouts and the plan (no React state per frame; one entry per
 * figure, reused). When the playhead is set instead, MovePlayer puts them in the store.
 */
export function FigureWalker() {
  // After MovePlayer (−11) has advanced the playhead.
  useFrame(() => {
    const s = useMoves.getState();
    if (!s.playing) return;
    const walks = walksOf(s.history.present);
    if (walks.size === 0) return;
    const figures = useFrameStore.getState().figures;
    for (let i = 0; i < figures.length; i++) {
      const w = walks.get(i);
      if (!w) continue;
      const f = figures[i]!;
      let e = frameLive.walk.get(f.id);
      if (!e) {
        e = makeWalkSample();
        frameLive.walk.set(f.id, e);
      }
      sampleWalk(w, moveLive.t, f.yawDeg * DEG, e);
      const g = figureObjects.get(f.id);
      if (g) {
        g.position.set(e.x, e.y, e.z);
        g.rotation.set(0, e.yaw, 0);
      }
    }
    notifyFrameLive();
  }, -10);
  return null;
}
