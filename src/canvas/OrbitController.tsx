import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Orbit } from '../lib/motion/orbit';
import { clampOrbit, orbitLimitsFor, orbitToPose, poseToOrbit } from '../lib/motion/orbit';
import { makePose } from '../lib/motion/pose';
import { cancelFlight, flyTo, rig, touchPose } from '../state/rig';
import { useModel } from './ModelContext';
import { pickSurface } from './pick';
import { isTyping, toNdc } from './pointer';

const ROTATE = 0.006;
const KEY_ROTATE = 0.06;
const target = makePose();
const ndc = { x: 0, y: 0 };

/**
 * The dollhouse view: drag to turn around the set, wheel or pinch to zoom, right
 * drag (or two fingers, or Shift-drag) to pan, double-click to fly to a spot.
 * Arrow keys turn, +/− zoom. The ceiling is hidden so you can look in from above.
 */
export function OrbitController() {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const model = useModel();

  useEffect(() => {
    const el = gl.domElement;
    const limits = orbitLimitsFor(model.bounds.min, model.bounds.max);
    const o: Orbit = rig.orbit;
    poseToOrbit(rig.pose, model.bounds.min.y, Math.max(4, (model.bounds.max.x - model.bounds.min.x) / 2), o);
    clampOrbit(o, limits);
    if (model.ceiling) model.ceiling.visible = false;
    rig.invalidate();

    let synced = rig.version;
    const apply = () => {
      clampOrbit(o, limits);
      orbitToPose(o, rig.pose);
      touchPose();
      synced = rig.version;
    };
    // Something else moved the camera (a flight, the plan, a shared link): orbit from there.
    const sync = () => {
      if (rig.version === synced) return;
      poseToOrbit(rig.pose, model.bounds.min.y, o.radius, o);
      synced = rig.version;
    };
    const pointers = new Map<number, { x: number; y: number }>();
    let mode: 'rotate' | 'pan' | null = null;
    let pinch = 0;

    const pan = (dx: number, dy: number) => {
      // Move the target in the ground plane, scaled so the ground follows the pointer.
      const k = (o.radius * 2 * Math.tan(((rig.vfovDeg * Math.PI) / 180) / 2)) / el.clientHeight;
      const s = Math.sin(o.azimuth);
      const c = Math.cos(o.azimuth);
      o.tx += (-dx * c - dy * s) * k;
      o.tz += (dx * s - dy * c) * k;
    };

    const onDown = (e: PointerEvent) => {
      cancelFlight();
      sync();
      el.setPointerCapture?.(e.pointerId);
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      mode = e.button === 2 || e.shiftKey || pointers.size === 2 ? 'pan' : 'rotate';
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        pinch = Math.hypot(a!.x - b!.x, a!.y - b!.y);
      }
    };
    const onMove = (e: PointerEvent) => {
      const prev = pointers.get(e.pointerId);
      if (!prev) return;
      const dx = e.clientX - prev.x;
      const dy = e.clientY - prev.y;
      prev.x = e.clientX;
      prev.y = e.clientY;
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        const d = Math.hypot(a!.x - b!.x, a!.y - b!.y);
        if (pinch > 0) o.radius *= pinch / Math.max(1, d);
        pinch = d;
        pan(dx / 2, dy / 2);
      } else if (mode === 'pan') {
        pan(dx, dy);
      } else {
        o.azimuth -= dx * ROTATE;
        o.elevation += dy * ROTATE;
      }
      apply();
    };
    const onUp = (e: PointerEvent) => {
      pointers.delete(e.pointerId);
      if (pointers.size < 2) pinch = 0;
      if (pointers.size === 0) mode = null;
    };
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      cancelFlight();
      sync();
      o.radius *= Math.exp(e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015));
      apply();
    };
    const onDouble = (e: MouseEvent) => {
      sync();
      const hit = pickSurface(camera, toNdc(e, el, ndc).x, ndc.y, model.pickables);
      if (!hit) return;
      const next: Orbit = { ...o, tx: hit.point[0], ty: hit.point[1], tz: hit.point[2], radius: Math.min(o.radius, 8) };
      clampOrbit(next, limits);
      Object.assign(o, next);
      flyTo(orbitToPose(next, target));
    };
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.metaKey || e.ctrlKey) return;
      sync();
      let used = true;
      if (e.key === 'ArrowLeft') o.azimuth -= KEY_ROTATE;
      else if (e.key === 'ArrowRight') o.azimuth += KEY_ROTATE;
      else if (e.key === 'ArrowUp') o.elevation += KEY_ROTATE;
      else if (e.key === 'ArrowDown') o.elevation -= KEY_ROTATE;
      else if (e.key === '+' || e.key === '=') o.radius *= 0.9;
      else if (e.key === '-' || e.key === '_') o.radius /= 0.9;
      else used = false;
      if (used) {
        e.preventDefault();
        cancelFlight();
        apply();
      }
    };
    const onContext = (e: Event) => e.preventDefault();
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('dblclick', onDouble);
    el.addEventListener('contextmenu', onContext);
    window.addEventListener('keydown', onKey);
    el.style.touchAction = 'none';
    return () => {
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('dblclick', onDouble);
      el.removeEventListener('contextmenu', onContext);
      window.removeEventListener('keydown', onKey);
      if (model.ceiling) model.ceiling.visible = true;
      rig.invalidate();
    };
  }, [gl, camera, model]);
  return null;
}
