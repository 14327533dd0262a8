/**
 * Move presets: each builds a move from where the camera is now and one distance or angle,
 * the way an operator would describe it ("push in two metres over four seconds").
 */
import { DEG, forward, wrapAngle, type Pose } from '../motion/pose';
import type { Ease, Keyframe, Move, MoveSample } from './types';
import { normaliseMove } from './edit';

export const PRESET_IDS = ['push-in', 'pull-out', 'truck-left', 'truck-right', 'crane-up', 'crane-down', 'pan-left', 'pan-right', 'tilt-up', 'tilt-down', 'arc-left', 'arc-right', 'dolly-zoom'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface PresetInput {
  /** The camera now: the move's first keyframe. */
  start: MoveSample;
  /** Metres for push/pull/truck/crane, degrees for pan/tilt/arc, the end focal length in mm for a dolly zoom. */
  amount: number;
  /** Seconds. */
  duration: number;
  /** For arcs and dolly zooms: the point looked at, e.g. a stand-in's chest, [x, y, z]. Defaults to `start.focusM` ahead. */
  subject?: readonly [number, number, number] | undefined;
  ease?: Ease;
}

/** The unit of `amount` for each preset, for labels. */
export const PRESET_UNIT: Record<PresetId, 'm' | 'deg' | 'mm'> = {
  'push-in': 'm',
  'pull-out': 'm',
  'truck-left': 'm',
  'truck-right': 'm',
  'crane-up': 'm',
  'crane-down': 'm',
  'pan-left': 'deg',
  'pan-right': 'deg',
  'tilt-up': 'deg',
  'tilt-down': 'deg',
  'arc-left': 'deg',
  'arc-right': 'deg',
  'dolly-zoom': 'mm',
};

/** A sensible first amount for each preset. */
export const PRESET_DEFAULT: Record<PresetId, number> = {
  'push-in': 1.5,
  'pull-out': 1.5,
  'truck-left': 1.5,
  'truck-right': 1.5,
  'crane-up': 1,
  'crane-down': 0.6,
  'pan-left': 30,
  'pan-right': 30,
  'tilt-up': 15,
  'tilt-down': 15,
  'arc-left': 45,
  'arc-right': 45,
  'dolly-zoom': 24,
};

/** Largest angle between two keyframes of an arc: the spline then stays within 2 mm of the circle on a 3 m radius. */
export const ARC_STEP_DEG = 15;

const fwd = { x: 0, y: 0, z: 0 };

function key(t: number, pose: Pose, focalMm: number, focusM: number, ease: Ease): Keyframe {
  return { t, pose: { ...pose }, focalMm, focusM, ease };
}

/** The point the camera looks at `distance` metres ahead. */
export function pointAhead(pose: Pose, distance: number): [number, number, number] {
  forward(pose.yaw, pose.pitch, fwd);
  return [pose.x + fwd.x * distance, pose.y + fwd.y * distance, pose.z + fwd.z * distance];
}

/**
 * The dolly-zoom relation: the subject keeps its size on screen when focal length and distance
 * change in proportion, f₁ / d₁ = f₀ / d₀. Returns the distance for focal length `f1`.
 */
export function dollyZoomDistance(d0: number, f0: number, f1: number): number {
  return (d0 * f1) / f0;
}

/** Builds a preset move. The result has its first keyframe at t = 0 equal to `start`. */
export function buildPreset(id: PresetId, input: PresetInput): Move {
  const { start, duration } = input;
  const ease = input.ease ?? 'smooth';
  const amount = Math.abs(input.amount);
  const T = Math.max(0.1, duration);
  const p0 = start.pose;
  const k0 = key(0, p0, start.focalMm, start.focusM, ease);
  const end: Pose = { ...p0 };
  let focal1 = start.focalMm;
  let focus1 = start.focusM;
  forward(p0.yaw, p0.pitch, fwd);
  // Right-hand side on the floor: forward × up, with forward = (−sin yaw, ·, −cos yaw).
  const rx = Math.cos(p0.yaw);
  const rz = -Math.sin(p0.yaw);
  switch (id) {
    case 'push-in':
    case 'pull-out': {
      const s = id === 'push-in' ? amount : -amount;
      end.x += fwd.x * s;
      end.y += fwd.y * s;
      end.z += fwd.z * s;
      focus1 = Math.max(0.05, start.focusM - s);
      break;
    }
    case 'truck-left':
    case 'truck-right': {
      const s = id === 'truck-right' ? amount : -amount;
      end.x += rx * s;
      end.z += rz * s;
      break;
    }
    case 'crane-up':
    case 'crane-down':
      end.y += id === 'crane-up' ? amount : -amount;
      break;
    case 'pan-left':
    case 'pan-right':
      // Positive yaw turns left (docs/ARCHITECTURE.md §3).
      end.yaw = wrapAngle(p0.yaw + (id === 'pan-left' ? amount : -amount) * DEG);
      break;
    case 'tilt-up':
    case 'tilt-down':
      end.pitch = Math.max(-89 * DEG, Math.min(89 * DEG, p0.pitch + (id === 'tilt-up' ? amount : -amount) * DEG));
      break;
    case 'arc-left':
    case 'arc-right':
      return arc(input, id === 'arc-left' ? amount : -amount, ease);
    case 'dolly-zoom': {
      const subject = input.subject ?? pointAhead(p0, start.focusM);
      const d0 = Math.hypot(subject[0] - p0.x, subject[1] - p0.y, subject[2] - p0.z);
      const f1 = amount || start.focalMm;
      const d1 = dollyZoomDistance(d0, start.focalMm, f1);
      // Along the line from the subject through the camera, so the subject stays centred.
      const ux = (p0.x - subject[0]) / (d0 || 1);
      const uy = (p0.y - subject[1]) / (d0 || 1);
      const uz = (p0.z - subject[2]) / (d0 || 1);
      end.x = subject[0] + ux * d1;
      end.y = subject[1] + uy * d1;
      end.z = subject[2] + uz * d1;
      focal1 = f1;
      focus1 = Math.max(0.05, start.focusM + (d1 - d0));
      break;
    }
  }
  return normaliseMove({ keyframes: [k0, key(T, end, focal1, focus1, ease)], handheld: null });
}

/** An arc around the subject at constant height, looking at it all the way; positive angles go left (counter-clockwise from above). */
function arc(input: PresetInput, angleDeg: number, ease: Ease): Move {
  const { start } = input;
  const p0 = start.pose;
  const subject = input.subject ?? pointAhead(p0, start.focusM);
  const dx = p0.x - subject[0];
  const dz = p0.z - subject[2];
  const steps = Math.max(1, Math.ceil(Math.abs(angleDeg) / ARC_STEP_DEG));
  const T = Math.max(0.1, input.duration);
  const keyframes: Keyframe[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = (angleDeg * DEG * i) / steps;
    // Rotation about +Y by a (counter-clockwise seen from above, like yaw).
    const c = Math.cos(a);
    const s = Math.sin(a);
    const pose: Pose = { ...p0, x: subject[0] + dx * c + dz * s, z: subject[2] - dx * s + dz * c, yaw: wrapAngle(p0.yaw + a) };
    // Only the ends ease, so the camera glides through the intermediate marks.
    const e: Ease = steps === 1 ? ease : i === 0 ? (ease === 'smooth' || ease === 'in' ? 'in' : 'linear') : i === steps - 1 ? (ease === 'smooth' || ease === 'out' ? 'out' : 'linear') : 'linear';
    keyframes.push(key((T * i) / steps, pose, start.focalMm, start.focusM, e));
  }
  return normaliseMove({ keyframes, handheld: null });
}

/** The move with hand-held shake on (amount 0 turns it off). */
export function withHandheld(move: Move, seed: number, amount: number): Move {
  return normaliseMove({ ...move, handheld: amount > 0 ? { seed, amount } : null });
}

/**
 * Appends a preset to the end of an existing move: the preset starts from the move's last
 * keyframe and its times follow on. With no move yet, it is the preset alone.
 */
export function appendPreset(move: Move, id: PresetId, input: Omit<PresetInput, 'start'> & { start: MoveSample }): Move {
  const last = move.keyframes[move.keyframes.length - 1];
  if (!last) return buildPreset(id, input);
  const start: MoveSample = { pose: last.pose, focalMm: last.focalMm, focusM: last.focusM };
  const next = buildPreset(id, { ...input, start });
  const offset = last.t;
  const appended = next.keyframes.slice(1).map((k) => ({ ...k, t: k.t + offset }));
  const head = move.keyframes.slice(0, -1);
  return normaliseMove({ ...move, keyframes: [...head, { ...last, ease: next.keyframes[0]!.ease }, ...appended] });
}
