import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { poseToDeg } from '../lib/motion/pose';
import { figureReport } from './figureReport';
import { rendererStats } from './rendererStats';
import { rig } from '../state/rig';

/** What outside checks read (docs/ARCHITECTURE.md §3): read-only copies, never live objects. */
export interface ScoutDiagnostics {
  setId: string;
  camera(): { position: [number, number, number]; yawDeg: number; pitchDeg: number; rollDeg: number; hfovDeg: number; vfovDeg: number; focalMm: number };
  stats(): { calls: number; triangles: number; geometries: number; textures: number; frames: number; programs: number };
  /** Frame mode's stand-ins in list order: feet position (live while walking its marks) and facing, degrees. */
  figures(): { position: [number, number, number]; yawDeg: number }[];
  /** How many stand-in figures the scene draws now (frame mode's, or a presentation slide's preset figures). */
  standIns(): number;
}

declare global {
  interface Window {
    __scout?: ScoutDiagnostics;
  }
}

/** Exposes window.__scout and keeps the canvas's test attributes current. */
export function Diagnostics({ setId }: { setId: string }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    const el = gl.domElement;
    el.dataset.testid = 'set-canvas';
    el.dataset.setId = setId;
    if (el.dataset.ready !== 'true') el.dataset.ready = 'false';
    const diagnostics: ScoutDiagnostics = {
      setId,
      camera() {
        const d = poseToDeg(rig.pose);
        return {
          position: [d.position[0], d.position[1], d.position[2]],
          yawDeg: d.yawDeg,
          pitchDeg: d.pitchDeg,
          rollDeg: d.rollDeg,
          hfovDeg: rig.hfovDeg,
          vfovDeg: rig.vfovDeg,
          focalMm: rig.focalMm,
        };
      },
      figures: () => figureReport.read(),
      stats: () => rendererStats(gl),
      standIns() {
        let n = 0;
        scene.traverseVisible((o) => {
          if (o.userData.standIn === true) n++;
        });
        return n;
      },
    };
    Object.defineProperty(window, '__scout', { value: Object.freeze(diagnostics), configurable: true, writable: false });
  }, [gl, scene, setId]);
  useEffect(
    () => () => {
      if (window.__scout) Reflect.deleteProperty(window, '__scout');
    },
    [],
  );
  return null;
}
