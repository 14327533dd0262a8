import type { FigureInput } from '../../lib/frameShot';
import { liveFigurePosition, useFrame } from '../../state/frame';

/** The selected stand-in as the shot-size judge needs it, at its live (dragged or walking) position; null when none. */
export function selectedFigureInput(): FigureInput | null {
  const s = useFrame.getState();
  const f = s.selectedFigure === null ? undefined : s.figures.find((x) => x.id === s.selectedFigure);
  if (!f) return null;
  const d = liveFigurePosition(f.id);
  const position: readonly [number, number, number] = d ? [d.x, d.y, d.z] : f.position;
  return { position, kind: f.kind, pose: f.pose };
}
