/**
 * Editing a move: pure functions that return a new move and never change their input, so the
 * store can keep the previous value for undo.
 */
import { clamp } from '../angles';
import { PITCH_LIMIT, wrapAngle } from '../pose';
import type { Keyframe, Move } from './types';
import { FOCAL_MAX_MM, FOCAL_MIN_MM, FOCUS_MAX_M, FOCUS_MIN_M, MAX_DURATION_S, MAX_KEYFRAMES } from './types';

/** Two keyframes closer in time than this are the same instant (one video frame at 1000 fps). */
export const SAME_TIME_S = 0.001;

export const EMPTY_MOVE: Move = { keyframes: [], handheld: null };

function cleanKeyframe(k: Keyframe): Keyframe {
  return {
    t: clamp(k.t, 0, MAX_DURATION_S),
    pose: { x: k.pose.x, y: k.pose.y, z: k.pose.z, yaw: wrapAngle(k.pose.yaw), pitch: clamp(k.pose.pitch, -PITCH_LIMIT, PITCH_LIMIT), roll: wrapAngle(k.pose.roll) },
    focalMm: clamp(k.focalMm, FOCAL_MIN_MM, FOCAL_MAX_MM),
    focusM: clamp(k.focusM, FOCUS_MIN_M, FOCUS_MAX_M),
    ease: k.ease,
  };
}

/**
 * Sorts keyframes by time, keeps the later-listed one of two at the same instant, clamps values
 * into range, drops non-finite keyframes, keeps at most MAX_KEYFRAMES, and shifts the move so the
 * first keyframe is at t = 0.
 */
export function normaliseMove(move: Move): Move {
  const finite = move.keyframes.filter((k) => [k.t, k.pose.x, k.pose.y, k.pose.z, k.pose.yaw, k.pose.pitch, k.pose.roll, k.focalMm, k.focusM].every(Number.isFinite));
  // Stable sort by time; among equal times the later-listed keyframe wins.
  const sorted = finite.map((k, i) => ({ k, i })).sort((a, b) => a.k.t - b.k.t || a.i - b.i);
  const out: Keyframe[] = [];
  for (const { k } of sorted) {
    const prev = out[out.length - 1];
    if (prev && k.t - prev.t < SAME_TIME_S) out[out.length - 1] = k;
    else out.push(k);
  }
  const t0 = out.length ? out[0]!.t : 0;
  const keyframes = out.slice(0, MAX_KEYFRAMES).map((k) => cleanKeyframe({ ...k, t: k.t - t0 }));
  return { keyframes, handheld: move.handheld ? { seed: Math.trunc(move.handheld.seed) | 0, amount: clamp(move.handheld.amount, 0, 1) } : null };
}

/** Adds a keyframe (one at the same instant is replaced). */
export function addKeyframe(move: Move, k: Keyframe): Move {
  const rest = move.keyframes.filter((f) => Math.abs(f.t - k.t) >= SAME_TIME_S);
  return normaliseMove({ ...move, keyframes: [...rest, { ...k, t: Math.max(0, k.t) }] });
}

/** Replaces keyframe `index` with `patch` applied (time, pose, lens, focus or ease). */
export function updateKeyframe(move: Move, index: number, patch: Partial<Keyframe>): Move {
  const k = move.keyframes[index];
  if (!k) return move;
  const keyframes = move.keyframes.slice();
  keyframes[index] = { ...k, ...patch, pose: patch.pose ? { ...patch.pose } : k.pose };
  // A retime onto another keyframe's instant would silently merge them: keep it just clear of it.
  if (patch.t !== undefined) {
    const clash = keyframes.some((f, i) => i !== index && Math.abs(f.t - patch.t!) < SAME_TIME_S);
    if (clash) return move;
  }
  return normaliseMove({ ...move, keyframes });
}

/** Moves keyframe `index` to time `t` (refused, returning the move unchanged, if another keyframe is at that instant). */
export function retimeKeyframe(move: Move, index: number, t: number): Move {
  return updateKeyframe(move, index, { t: Math.max(0, t) });
}

/** Removes keyframe `index`. */
export function removeKeyframe(move: Move, index: number): Move {
  if (index < 0 || index >= move.keyframes.length) return move;
  return normaliseMove({ ...move, keyframes: move.keyframes.filter((_, i) => i !== index) });
}

/** Scales every keyframe time so the move lasts `duration` seconds. */
export function setDuration(move: Move, duration: number): Move {
  const k = move.keyframes;
  const last = k.length ? k[k.length - 1]!.t : 0;
  if (last <= 0 || !(duration > 0)) return move;
  const f = Math.min(duration, MAX_DURATION_S) / last;
  return normaliseMove({ ...move, keyframes: k.map((x) => ({ ...x, t: x.t * f })) });
}

/** The index of the keyframe at time t (within SAME_TIME_S), or −1. */
export function keyframeAt(move: Move, t: number): number {
  return move.keyframes.findIndex((k) => Math.abs(k.t - t) < SAME_TIME_S);
}

/** An undo history of moves: pure, so it is tested here and the store only holds it. */
export interface History {
  past: Move[];
  present: Move;
  future: Move[];
}

/** How many edits undo remembers. */
export const HISTORY_LIMIT = 100;

export function historyOf(move: Move): History {
  return { past: [], present: move, future: [] };
}

/** Records `next` as a new edit (no-op when it is the same object). */
export function commit(h: History, next: Move): History {
  if (next === h.present) return h;
  return { past: [...h.past, h.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undo(h: History): History {
  const prev = h.past[h.past.length - 1];
  if (!prev) return h;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] };
}

export function redo(h: History): History {
  const next = h.future[0];
  if (!next) return h;
  return { past: [...h.past, h.present], present: next, future: h.future.slice(1) };
}
