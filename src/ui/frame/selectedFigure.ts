import type { FigureInput } from '../../lib/frameShot';
import { frameLive, useFrameStore } from '../../state/frame';

/** The selected stand-in as the shot-size judge needs it, at its live (dragged) position; null when none. */
export function selectedFigureInput(): FigureInput | null {
  const s = useFrameStore.getState();
  const f = s.selectedFigure === null ? undefined : s.figures.find((x) => x.id === s.selectedFigure);
  if (!f) return null;
  const d = frameLive.drag;
  const position: readonly [number, number, number] = d && d.id === f.id ? [d.x, d.y, d.z] : f.position;
  return { position, kind: f.kind, pose: f.pose };
}
