import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { Feet } from '../lib/motion/walk';
import { DEFAULT_WALK, stepWalk } from '../lib/motion/walk';
import { PITCH_LIMIT, clamp, wrapAngle } from '../lib/motion/pose';
import { cancelFlight, jumpTo, rig, touchPose } from '../state/rig';
import { EYE_MAX, EYE_MIN, useViewer } from '../state/viewer';
import { walkInput } from '../state/walkInput';
import { useModel } from './ModelContext';
import { pickSurface } from './pick';
import { clickTracker, isTyping, toNdc } from './pointer';

const WALK_SPEED = 1.4;
const RUN_SPEED = 3.2;
const TURN_SPEED = 1.6;
const LOOK = 0.0042;
const feet: Feet = { x: 0, y: 0, z: 0 };
const ndc = { x: 0, y: 0 };
const keys = new Set<string>();
/** Where a click on the floor asked to walk to. */
const goal = { active: false, x: 0, z: 0, stuck: 0 };

/** Props of the walking controller. */
export interface WalkControllerProps {
  /** Frame mode reuses walking for dolly and truck with a steadier speed. Default false. */
  tripod?: boolean;
}

/**
 * First person at eye height: WASD or arrows to move (Shift to go faster), drag or
 * pointer lock to look, click a spot on the floor to walk there. You cannot walk
 * through walls, railings or big furniture, and you follow floors, steps and
 * platforms (the set's collision proxies).
 */
export function WalkController({ tripod = false }: WalkControllerProps) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const model = useModel();
  const eyeRef = useRef(useViewer.getState().eyeHeight);

  useEffect(() => {
    const el = gl.domElement;
    // Put the walker on a floor: where the camera is, else at the set's spawn point.
    const eye = useViewer.getState().eyeHeight;
    eyeRef.current = eye;
    const y = model.world.floorAt(rig.pose.x, rig.pose.z, rig.pose.y + 0.05);
    const inside = rig.pose.y < model.bounds.max.y + 0.5;
    if (y === null || !inside) {
      feet.x = model.spawn.x;
      feet.z = model.spawn.z;
      feet.y = model.world.floorAt(model.spawn.x, model.spawn.z, model.spawn.y) ?? model.spawn.y - eye;
      jumpTo({ ...model.spawn, y: feet.y + eye });
    } else {
      feet.x = rig.pose.x;
      feet.z = rig.pose.z;
      feet.y = y;
      // A shared walk view keeps its eye height.
      const h = rig.pose.y - y;
      if (h >= EYE_MIN && h <= EYE_MAX && Math.abs(h - eye) > 0.005) {
        eyeRef.current = h;
        useViewer.getState().setEyeHeight(h);
      }
    }
    goal.active = false;

    const pointers = new Map<number, { x: number; y: number }>();
    const tracker = clickTracker();
    const look = (dx: number, dy: number) => {
      cancelFlight();
      rig.pose.yaw = wrapAngle(rig.pose.yaw - dx * LOOK);
      rig.pose.pitch = clamp(rig.pose.pitch - dy * LOOK, -PITCH_LIMIT, PITCH_LIMIT);
      touchPose();
    };
    const onDown = (e: PointerEvent) => {
      if (document.pointerLockElement === el) return;
      el.setPointerCapture?.(e.pointerId);
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      tracker.down(e);
    };
    const onMove = (e: PointerEvent) => {
      if (document.pointerLockElement === el) {
        look(e.movementX, e.movementY);
        return;
      }
      const prev = pointers.get(e.pointerId);
      if (!prev) return;
      look(e.clientX - prev.x, e.clientY - prev.y);
      prev.x = e.clientX;
      prev.y = e.clientY;
    };
    const onUp = (e: PointerEvent) => {
      const had = pointers.delete(e.pointerId);
      if (!had || !tracker.isClick(e) || useViewer.getState().measuring) return;
      const hit = pickSurface(camera, toNdc(e, el, ndc).x, ndc.y, model.pickables);
      if (!hit || hit.normalY < 0.7) return;
      // Only floors you can stand on: the proxy floor must be there too.
      const floor = model.world.floorAt(hit.point[0], hit.point[2], hit.point[1] + 0.3);
      if (floor === null) return;
      cancelFlight();
      goal.active = true;
      goal.x = hit.point[0];
      goal.z = hit.point[2];
      goal.stuck = 0;
      invalidate();
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.metaKey || e.ctrlKey) return;
      const k = e.code;
      if (['KeyW', 'KeyA', 'KeyS', 'KeyD', 'KeyQ', 'KeyE', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'ShiftLeft', 'ShiftRight', 'KeyR', 'KeyF'].includes(k)) {
        if (k.startsWith('Arrow')) e.preventDefault();
        keys.add(k);
        goal.active = false;
        cancelFlight();
        invalidate();
      }
    };
    const onKeyUp = (e: KeyboardEvent) => {
      keys.delete(e.code);
    };
    const onBlur = () => keys.clear();
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    el.style.touchAction = 'none';
    const unsub = useViewer.subscribe((s) => {
      if (s.eyeHeight !== eyeRef.current) {
        eyeRef.current = s.eyeHeight;
        rig.pose.y = feet.y + s.eyeHeight;
        touchPose();
      }
    });
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
      goal.active = false;
      if (document.pointerLockElement === el) document.exitPointerLock();
    };
  }, [gl, camera, model, invalidate]);

  useFrame((_, rawDelta) => {
    const dt = Math.min(rawDelta, 0.1);
    const k = (code: string) => (keys.has(code) ? 1 : 0);
    const fwd = clamp(k('KeyW') + k('ArrowUp') - k('KeyS') - k('ArrowDown') + walkInput.forward, -1, 1);
    const side = clamp(k('KeyD') - k('KeyA') + walkInput.strafe, -1, 1);
    const turn = clamp(k('ArrowLeft') + k('KeyQ') - k('ArrowRight') - k('KeyE'), -1, 1);
    const fast = keys.has('ShiftLeft') || keys.has('ShiftRight');
    const speed = (fast ? RUN_SPEED : WALK_SPEED) * (tripod ? 0.5 : 1);
    let moved = false;
    if (turn) {
      rig.pose.yaw = wrapAngle(rig.pose.yaw + turn * TURN_SPEED * dt);
      moved = true;
    }
    let mx = 0;
    let mz = 0;
    if (fwd || side) {
      const s = Math.sin(rig.pose.yaw);
      const c = Math.cos(rig.pose.yaw);
      // Forward is (−sin yaw, −cos yaw); right is (cos yaw, −sin yaw).
      mx = (-s * fwd + c * side) * speed * dt;
      mz = (-c * fwd - s * side) * speed * dt;
    } else if (goal.active) {
      const dx = goal.x - feet.x;
      const dz = goal.z - feet.z;
      const dist = Math.hypot(dx, dz);
      if (dist < 0.08) goal.active = false;
      else {
        const step = Math.min(dist, WALK_SPEED * 1.4 * dt);
        mx = (dx / dist) * step;
        mz = (dz / dist) * step;
        // Turn gently toward where you're walking.
        const want = Math.atan2(-dx, -dz);
        rig.pose.yaw = wrapAngle(rig.pose.yaw + wrapAngle(want - rig.pose.yaw) * Math.min(1, dt * 3));
      }
    }
    if (mx || mz) {
      const bx = feet.x;
      const bz = feet.z;
      stepWalk(model.world, feet, mx, mz, DEFAULT_WALK);
      if (goal.active && Math.hypot(feet.x - bx, feet.z - bz) < Math.hypot(mx, mz) * 0.2) {
        if (++goal.stuck > 10) goal.active = false;
      }
      moved = true;
    }
    if (moved) {
      rig.pose.x = feet.x;
      rig.pose.z = feet.z;
      rig.pose.y = feet.y + eyeRef.current;
      touchPose();
    } else if (rig.flight === null && Math.abs(rig.pose.y - (feet.y + eyeRef.current)) > 1e-6 && Math.hypot(rig.pose.x - feet.x, rig.pose.z - feet.z) < 1e-6) {
      rig.pose.y = feet.y + eyeRef.current;
      touchPose();
    }
    // A flight moved the camera (plan click, shot): the walker follows where it landed.
    if (!moved && rig.flight === null && Math.hypot(rig.pose.x - feet.x, rig.pose.z - feet.z) > 1e-6) {
      const y = model.world.floorAt(rig.pose.x, rig.pose.z, rig.pose.y + 0.05);
      feet.x = rig.pose.x;
      feet.z = rig.pose.z;
      if (y !== null) feet.y = y;
    }
    if (fwd || side || turn || goal.active) invalidate();
  });
  return null;
}
