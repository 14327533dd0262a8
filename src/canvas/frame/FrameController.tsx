import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Intersection, Object3D } from 'three';
import { Raycaster, Vector2 } from 'three';
import { DEG, PITCH_LIMIT, clamp, wrapAngle } from '../../lib/pose';
import type { Feet, ObstacleHit, WalkWorld } from '../../lib/walk';
import { DEFAULT_WALK, stepWalk } from '../../lib/walk';
import type { FrameAxis } from '../../state/frame';
import { bindFrameActions, frameInput, frameLive, notifyFrameLive, resetFrameInput, useFrameStore } from '../../state/frame';
import { cancelFlight, jumpTo, rig, touchPose } from '../../state/rig';
import { useModel } from '../ModelContext';
import { pickSurface } from '../pick';
import { clickTracker, isTyping, toNdc } from '../pointer';
import { figureIdOf, figureObjects } from './figureRegistry';

/** Camera height above the floor, metres (the height slider's range). */
export const HEIGHT_MIN = 0.2;
export const HEIGHT_MAX = 3;
/** Opening height when the camera arrives from the overview (above the set) or off any floor. */
const START_HEIGHT = 1.5;

// Speeds per second; Shift multiplies by FAST.
const PAN_SPEED = 0.55; // rad
const ROLL_SPEED = 0.35; // rad
const MOVE_SPEED = 0.7; // m
const PED_SPEED = 0.4; // m
const FAST = 3;
const ROLL_LIMIT = 90 * DEG;
/** Keyboard activation of a move-pad button: one step. */
const NUDGE = { pan: 1 * DEG, tilt: 1 * DEG, roll: 1 * DEG, dolly: 0.1, truck: 0.1, pedestal: 0.05 } as const;
/** Keep the lens this far from walls (a camera body's half depth and a little air). */
const CAMERA_RADIUS = 0.25;
const WALK = { ...DEFAULT_WALK, radius: CAMERA_RADIUS };

const KEYS = ['KeyW', 'KeyA', 'KeyS', 'KeyD', 'KeyQ', 'KeyE', 'KeyR', 'KeyF', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'ShiftLeft', 'ShiftRight'];
const keys = new Set<string>();
const key = (code: string) => (keys.has(code) ? 1 : 0);
const feet: Feet = { x: 0, y: 0, z: 0 };
const ndc = { x: 0, y: 0 };
const scratchHit: ObstacleHit = { distance: 0, nx: 0, nz: 0 };
const figureRay = new Raycaster();
const figureNdc = new Vector2();

/**
 * A walk world that also stops the camera at lens height: stepWalk casts at knee and chest
 * height above the floor, and a camera on a high stand must not push its lens through a beam.
 */
const cameraWorld = {
  world: null as WalkWorld | null,
  lensY: 0,
  floorAt(x: number, z: number, fromY: number) {
    return this.world!.floorAt(x, z, fromY);
  },
  castObstacle(x: number, y: number, z: number, dx: number, dz: number, maxDist: number, out: ObstacleHit) {
    const w = this.world!;
    const a = w.castObstacle(x, y, z, dx, dz, maxDist, out);
    const b = w.castObstacle(x, this.lensY, z, dx, dz, maxDist, scratchHit);
    if (b && (!a || b.distance < out.distance)) {
      out.distance = b.distance;
      out.nx = b.nx;
      out.nz = b.nz;
      return out;
    }
    return a;
  },
};

/** Props of the frame-mode camera controller. */
export interface FrameControllerProps {
  /** Vertical field of view of the 9:16 frame, degrees: a drag across the frame's height turns the camera by it. */
  lensVfovDeg: number;
}

/**
 * Frame mode's camera operator: pan, tilt, roll, dolly, truck and pedestal from the keyboard
 * (arrows, W/S, A/D, R/F, Q/E, Shift faster, L levels) and the on-screen move pad (frameInput),
 * drag on the picture to pan and tilt. Dolly and truck keep the camera's height above the
 * floor and cannot pass through walls (the set's collision proxies). Also places, picks and
 * drags stand-in figures, and binds frameActions for the DOM.
 */
export function FrameController({ lensVfovDeg }: FrameControllerProps) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const model = useModel();
  const world = model.world;

  useEffect(() => {
    cameraWorld.world = world;
    // Stand the camera on a floor: keep where it is when that is a plausible camera
    // position (a preset, a shared link, the walker's eye), else start at the spawn point.
    const floor = world.floorAt(rig.pose.x, rig.pose.z, rig.pose.y + 0.05);
    if (floor === null || rig.pose.y - floor > HEIGHT_MAX + 1) {
      const s = model.spawn;
      const y = world.floorAt(s.x, s.z, s.y) ?? s.y - START_HEIGHT;
      jumpTo({ ...s, y: y + START_HEIGHT, pitch: 0, roll: 0 });
    }
    return () => {
      cameraWorld.world = null;
    };
  }, [world, model]);

  // Frame-mode commands for the DOM (src/ui has no three.js).
  useEffect(() => {
    const floorUnder = () => world.floorAt(rig.pose.x, rig.pose.z, rig.pose.y + 0.05);
    return bindFrameActions({
      floorAt: (x, z, fromY) => world.floorAt(x, z, fromY),
      obstacleDistance: (x, y, z, dx, dz, maxDist) => world.castObstacle(x, y, z, dx, dz, maxDist, scratchHit)?.distance ?? null,
      setHeight(m) {
        const f = floorUnder();
        if (f === null) return;
        cancelFlight();
        rig.pose.y = f + clamp(m, HEIGHT_MIN, HEIGHT_MAX);
        touchPose();
      },
      nudge(axis: FrameAxis, sign: number) {
        cancelFlight();
        const s = Math.sign(sign) || 1;
        applyMove(axis, NUDGE[axis] * s);
        touchPose();
      },
      level() {
        cancelFlight();
        rig.pose.roll = 0;
        touchPose();
      },
      moveFigure(id, right, away) {
        const f = useFrameStore.getState().figures.find((x) => x.id === id);
        if (!f) return;
        const sy = Math.sin(rig.pose.yaw);
        const cy = Math.cos(rig.pose.yaw);
        // Right of the camera (cos yaw, −sin yaw); away from it (−sin yaw, −cos yaw).
        const x = f.position[0] + cy * right - sy * away;
        const z = f.position[2] - sy * right - cy * away;
        const y = world.floorAt(x, z, f.position[1] + DEFAULT_WALK.stepUp);
        if (y === null) return;
        useFrameStore.getState().updateFigure(id, { position: [x, y, z] });
      },
    });
  }, [world]);

  // Pointer and keyboard input.
  useEffect(() => {
    const el = gl.domElement;
    const tracker = clickTracker();
    let look: { id: number; x: number; y: number } | null = null;
    let drag: { pointerId: number; id: number; x: number; y: number; z: number; moved: boolean } | null = null;
    const hits: Intersection[] = [];

    const figureAt = (e: PointerEvent): number | null => {
      if (figureObjects.size === 0) return null;
      toNdc(e, el, ndc);
      figureNdc.set(ndc.x, ndc.y);
      figureRay.setFromCamera(figureNdc, camera);
      hits.length = 0;
      const objects: Object3D[] = [...figureObjects.values()];
      figureRay.intersectObjects(objects, true, hits);
      for (const h of hits) {
        if (!h.object.visible) continue;
        const id = figureIdOf(h.object);
        if (id !== null) return id;
      }
      return null;
    };
    const floorPoint = (e: PointerEvent): [number, number, number] | null => {
      toNdc(e, el, ndc);
      const hit = pickSurface(camera, ndc.x, ndc.y, model.pickables);
      if (!hit || hit.normalY < 0.6) return null;
      const y = world.floorAt(hit.point[0], hit.point[2], hit.point[1] + 0.3);
      return y === null ? null : [hit.point[0], y, hit.point[2]];
    };

    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 && e.pointerType === 'mouse') return;
      tracker.down(e);
      el.setPointerCapture?.(e.pointerId);
      const store = useFrameStore.getState();
      if (!store.placing) {
        const id = figureAt(e);
        if (id !== null) {
          const f = store.figures.find((x) => x.id === id);
          if (f) {
            if (store.selectedFigure !== id) store.selectFigure(id);
            drag = { pointerId: e.pointerId, id, x: f.position[0], y: f.position[1], z: f.position[2], moved: false };
            el.style.cursor = 'grabbing';
            return;
          }
        }
      }
      if (!look) look = { id: e.pointerId, x: e.clientX, y: e.clientY };
    };
    const onMove = (e: PointerEvent) => {
      if (drag && e.pointerId === drag.pointerId) {
        const p = floorPoint(e);
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
      // A drag across the frame's height turns the camera by the frame's vertical field of view.
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
      const p = floorPoint(e);
      if (!p) return;
      // A new figure faces the camera.
      const yawDeg = ((rig.pose.yaw / DEG + 180 + 540) % 360) - 180;
      store.addFigure({ kind: store.placing.kind, pose: store.placing.pose, position: p, yawDeg });
      store.stopPlacing();
    };

    const onKeyDown = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.metaKey || e.ctrlKey) return;
      if (e.code === 'Escape' && useFrameStore.getState().placing) {
        useFrameStore.getState().stopPlacing();
        return;
      }
      if (e.code === 'KeyL' && !e.repeat) {
        cancelFlight();
        rig.pose.roll = 0;
        touchPose();
        return;
      }
      if (!KEYS.includes(e.code)) return;
      if (e.code.startsWith('Arrow')) e.preventDefault();
      keys.add(e.code);
      cancelFlight();
      invalidate();
    };
    const onKeyUp = (e: KeyboardEvent) => keys.delete(e.code);
    const onBlur = () => {
      keys.clear();
      resetFrameInput();
    };

    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
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
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
      unsub();
      keys.clear();
      resetFrameInput();
      el.style.cursor = '';
      if (frameLive.drag) {
        frameLive.drag = null;
        notifyFrameLive();
      }
    };
  }, [gl, camera, model, world, invalidate, lensVfovDeg]);

  // Leaving frame mode: the other modes have no roll control, so level the camera.
  useEffect(
    () => () => {
      if (rig.pose.roll !== 0) {
        rig.pose.roll = 0;
        touchPose();
      }
    },
    [],
  );

  useFrame((_, rawDelta) => {
    const dt = Math.min(rawDelta, 0.1);
    const k = key;
    const fast = keys.has('ShiftLeft') || keys.has('ShiftRight') ? FAST : 1;
    const pan = clamp(k('ArrowLeft') - k('ArrowRight') + frameInput.pan, -1, 1);
    const tilt = clamp(k('ArrowUp') - k('ArrowDown') + frameInput.tilt, -1, 1);
    const roll = clamp(k('KeyQ') - k('KeyE') + frameInput.roll, -1, 1);
    const dolly = clamp(k('KeyW') - k('KeyS') + frameInput.dolly, -1, 1);
    const truck = clamp(k('KeyD') - k('KeyA') + frameInput.truck, -1, 1);
    const ped = clamp(k('KeyR') - k('KeyF') + frameInput.pedestal, -1, 1);
    if (!pan && !tilt && !roll && !dolly && !truck && !ped) return;
    if (rig.flight) cancelFlight();
    if (pan) applyMove('pan', pan * PAN_SPEED * fast * dt);
    if (tilt) applyMove('tilt', tilt * PAN_SPEED * fast * dt);
    if (roll) applyMove('roll', roll * ROLL_SPEED * fast * dt);
    if (dolly || truck) moveFlat(dolly * MOVE_SPEED * fast * dt, truck * MOVE_SPEED * fast * dt);
    if (ped) applyMove('pedestal', ped * PED_SPEED * fast * dt);
    touchPose();
    invalidate();
  });
  return null;
}

/** One move on one axis, in radians or metres (no touchPose: the caller reports). */
function applyMove(axis: FrameAxis, amount: number): void {
  const p = rig.pose;
  switch (axis) {
    case 'pan':
      p.yaw = wrapAngle(p.yaw + amount);
      break;
    case 'tilt':
      p.pitch = clamp(p.pitch + amount, -PITCH_LIMIT, PITCH_LIMIT);
      break;
    case 'roll':
      p.roll = clamp(p.roll + amount, -ROLL_LIMIT, ROLL_LIMIT);
      break;
    case 'dolly':
      moveFlat(amount, 0);
      break;
    case 'truck':
      moveFlat(0, amount);
      break;
    case 'pedestal': {
      const w = cameraWorld.world;
      const floor = w ? w.floorAt(p.x, p.z, p.y + 0.05) : null;
      if (floor === null) p.y += amount;
      else p.y = floor + clamp(p.y - floor + amount, HEIGHT_MIN, HEIGHT_MAX);
      break;
    }
  }
}

/** Dolly (forward) and truck (right) on the floor, keeping the height above it, stopped by walls. */
function moveFlat(forward: number, right: number): void {
  const p = rig.pose;
  const sy = Math.sin(p.yaw);
  const cy = Math.cos(p.yaw);
  const mx = -sy * forward + cy * right;
  const mz = -cy * forward - sy * right;
  const w = cameraWorld.world;
  if (!w) return;
  const floor = w.floorAt(p.x, p.z, p.y + 0.05);
  if (floor === null) {
    // Off every floor (a link into the air): move freely, but not through walls at lens height.
    const len = Math.hypot(mx, mz);
    if (len < 1e-9) return;
    const hit = w.castObstacle(p.x, p.y, p.z, mx / len, mz / len, len + CAMERA_RADIUS, scratchHit);
    const allowed = hit ? Math.max(0, hit.distance - CAMERA_RADIUS) : len;
    p.x += (mx / len) * Math.min(len, allowed);
    p.z += (mz / len) * Math.min(len, allowed);
    return;
  }
  const height = p.y - floor;
  feet.x = p.x;
  feet.y = floor;
  feet.z = p.z;
  cameraWorld.lensY = p.y;
  stepWalk(cameraWorld, feet, mx, mz, WALK);
  p.x = feet.x;
  p.z = feet.z;
  p.y = feet.y + height;
}
