import { useEffect } from 'react';
import { DEG } from '../../lib/motion/pose';
import { frameLive, useFrameStore } from '../../state/frame';
import { figureReport } from '../figureReport';

/** Binds window.__scout.figures() to frame mode's stand-ins: feet position (live while walking its marks) and facing. */
export function FigureReport() {
  useEffect(() => {
    figureReport.read = () =>
      useFrameStore.getState().figures.map((f) => {
        const w = frameLive.walk.get(f.id);
        return w ? { position: [w.x, w.y, w.z], yawDeg: w.yaw / DEG } : { position: [f.position[0], f.position[1], f.position[2]], yawDeg: f.yawDeg };
      });
    return () => {
      figureReport.read = () => [];
    };
  }, []);
  return null;
}
