import { useFrame, useThree } from '@react-three/fiber';
import { applyAxis, moveFlat } from '../../../lib/moves/operate';
import { clamp } from '../../../lib/motion/pose';
import { frameInput } from '../../../state/frame';
import { cancelFlight, rig, touchPose } from '../../../state/rig';
import { heldKeys, operator } from './operator';

// Speeds per second; Shift multiplies by FAST.
const PAN_SPEED = 0.55; // rad
const ROLL_SPEED = 0.35; // rad
const MOVE_SPEED = 0.7; // m
const PED_SPEED = 0.4; // m
const FAST = 3;

const key = (code: string) => (heldKeys.has(code) ? 1 : 0);

/** Every frame: the held keys and the on-screen move pad (frameInput) move the camera, scaled by the frame time. */
export function useOperatorFrame(): void {
  const invalidate = useThree((s) => s.invalidate);
  useFrame((_, rawDelta) => {
    const dt = Math.min(rawDelta, 0.1);
    const fast = heldKeys.has('ShiftLeft') || heldKeys.has('ShiftRight') ? FAST : 1;
    const pan = clamp(key('ArrowLeft') - key('ArrowRight') + frameInput.pan, -1, 1);
    const tilt = clamp(key('ArrowUp') - key('ArrowDown') + frameInput.tilt, -1, 1);
    const roll = clamp(key('KeyQ') - key('KeyE') + frameInput.roll, -1, 1);
    const dolly = clamp(key('KeyW') - key('KeyS') + frameInput.dolly, -1, 1);
    const truck = clamp(key('KeyD') - key('KeyA') + frameInput.truck, -1, 1);
    const ped = clamp(key('KeyR') - key('KeyF') + frameInput.pedestal, -1, 1);
    if (!pan && !tilt && !roll && !dolly && !truck && !ped) return;
    if (rig.flight) cancelFlight();
    const p = rig.pose;
    if (pan) applyAxis(operator, p, 'pan', pan * PAN_SPEED * fast * dt);
    if (tilt) applyAxis(operator, p, 'tilt', tilt * PAN_SPEED * fast * dt);
    if (roll) applyAxis(operator, p, 'roll', roll * ROLL_SPEED * fast * dt);
    if (dolly || truck) moveFlat(operator, p, dolly * MOVE_SPEED * fast * dt, truck * MOVE_SPEED * fast * dt);
    if (ped) applyAxis(operator, p, 'pedestal', ped * PED_SPEED * fast * dt);
    touchPose();
    invalidate();
  });
}
