import type { FigureInput } from '../../lib/framing/frameShot';
import { frameLive, useFrameStore } from '../../state/frame';

/** The live feet position of a figure (dragged or walking), or null when the store's is current. */
export function liveFigurePosition(id: number): { x: number; y: number; z: number } | null {
  const d = frameLive.drag;
  if (d && d.id === id) return d;
  return frameLive.walk.get(id) ?? null;
}

/** The selected stand-in as the shot-size judge needs it, at its live (dragged or walking) position; null when none. */
export function selectedFigureInput(): FigureInput | null {
  const s = useFrameStore.getState();
  const f = s.selectedFigure === null ? undefined : s.figures.find((x) => x.id === s.selectedFigure);
  if (!f) return null;
  const d = liveFigurePosition(f.id);
  const position: readonly [number, number, number] = d ? [d.x, d.y, d.z] : f.position;
  return { position, kind: f.kind, pose: f.pose };
}
