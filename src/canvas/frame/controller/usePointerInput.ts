import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { facingCameraDeg } from '../../../lib/moves/operate';
import { DEG, PITCH_LIMIT, clamp, wrapAngle } from '../../../lib/motion/pose';
import { frameLive, notifyFrameLive, useFrameStore } from '../../../state/frame';
import { cancelFlight, rig, touchPose } from '../../../state/rig';
import { useModel } from '../../ModelContext';
import { clickTracker } from '../../pointer';
import { figureObjects } from '../figureRegistry';
import { figureAt, floorPoint } from './figurePick';

/**
 * The pointer on the picture: a drag pans and tilts (a drag across the frame's height turns the
 * camera by the frame's vertical field of view); a drag on a stand-in moves it over the floor
 * (live through frameLive, into the store on release); a click while placing puts a new
 * figure on the floor, facing the camera.
 */
export function usePointerInput(lensVfovDeg: number): void {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const model = useModel();
  const world = model.world;

  useEffect(() => {
    const el = gl.domElement;
    const tracker = clickTracker();
    let look: { id: number; x: number; y: number } | null = null;
    let drag: { pointerId: number; id: number; x: number; y: number; z: number; moved: boolean } | null = null;
    const floorAt = (e: PointerEvent) => floorPoint(e, el, camera, model.pickables, world);

    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 && e.pointerType === 'mouse') return;
      tracker.down(e);
      el.setPointerCapture?.(e.pointerId);
      const store = useFrameStore.getState();
      if (!store.placing) {
        const id = figureAt(e, el, camera);
        const f = id === null ? undefined : store.figures.find((x) => x.id === id);
        if (f) {
          if (store.selectedFigure !== f.id) store.selectFigure(f.id);
          drag = { pointerId: e.pointerId, id: f.id, x: f.position[0], y: f.position[1], z: f.position[2], moved: false };
          el.style.cursor = 'grabbing';
          return;
        }
      }
      if (!look) look = { id: e.pointerId, x: e.clientX, y: e.clientY };
    };
    const onMove = (e: PointerEvent) => {
      if (drag && e.pointerId === drag.pointerId) {
        const p = floorAt(e);
        if (!p) return;
        drag.x = p[0];
        drag.y = p[1];
        drag.z = p[2];
        drag.moved = true;
        figureObjects.get(drag.id)?.position.set(p[0], p[1], p[2]);
        frameLive.drag = { id: drag.id, x: p[0], y: p[1], z: p[2] };
        notifyFrameLive();
        invalidate();
        return;
      }
      if (!look || look.id !== e.pointerId) return;
      const layout = useFrameStore.getState().layout;
      const perPx = (lensVfovDeg * DEG) / Math.max(100, layout?.box.height ?? el.clientHeight);
      const dx = e.clientX - look.x;
      const dy = e.clientY - look.y;
      look.x = e.clientX;
      look.y = e.clientY;
      if (!dx && !dy) return;
      cancelFlight();
      rig.pose.yaw = wrapAngle(rig.pose.yaw - dx * perPx);
      rig.pose.pitch = clamp(rig.pose.pitch - dy * perPx, -PITCH_LIMIT, PITCH_LIMIT);
      touchPose();
    };
    const onUp = (e: PointerEvent) => {
      if (drag && e.pointerId === drag.pointerId) {
        const d = drag;
        drag = null;
        el.style.cursor = useFrameStore.getState().placing ? 'crosshair' : '';
        if (d.moved) useFrameStore.getState().updateFigure(d.id, { position: [d.x, d.y, d.z] });
        frameLive.drag = null;
        notifyFrameLive();
        return;
      }
      if (look && look.id === e.pointerId) look = null;
      if (e.type === 'pointercancel' || !tracker.isClick(e)) return;
      const store = useFrameStore.getState();
      if (!store.placing) return;
      const p = floorAt(e);
      if (!p) return;
      store.addFigure({ kind: store.placing.kind, pose: store.placing.pose, position: p, yawDeg: facingCameraDeg(rig.pose.yaw) });
      store.stopPlacing();
    };

    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    el.style.touchAction = 'none';
    const unsub = useFrameStore.subscribe((s, prev) => {
      if (s.placing !== prev.placing) el.style.cursor = s.placing ? 'crosshair' : '';
    });
    el.style.cursor = useFrameStore.getState().placing ? 'crosshair' : '';
    return () => {
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
      unsub();
      el.style.cursor = '';
      if (frameLive.drag) {
        frameLive.drag = null;
        notifyFrameLive();
      }
    };
  }, [gl, camera, model, world, invalidate, lensVfovDeg]);
}
