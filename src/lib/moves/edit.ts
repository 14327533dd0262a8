/**
 * Editing a move: pure functions that return a new move and never change their input, so the
 * store can keep the previous value for undo.
 */
import { clamp } from '../motion/angles';
import { PITCH_LIMIT, wrapAngle } from '../motion/pose';
import type { FigureBlocking, Keyframe, Mark, Move } from './types';
import { FOCAL_MAX_MM, FOCAL_MIN_MM, FOCUS_MAX_M, FOCUS_MIN_M, MAX_BLOCKED_FIGURES, MAX_DURATION_S, MAX_KEYFRAMES, MAX_MARKS } from './types';

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

/** Stable sort by time; of two items at the same instant the later-listed one wins. */
function byTime<T extends { t: number }>(items: readonly T[]): T[] {
  const sorted = items.map((k, i) => ({ k, i })).sort((a, b) => a.k.t - b.k.t || a.i - b.i);
  const out: T[] = [];
  for (const { k } of sorted) {
    const prev = out[out.length - 1];
    if (prev && k.t - prev.t < SAME_TIME_S) out[out.length - 1] = k;
    else out.push(k);
  }
  return out;
}

/** Finite marks sorted by time, at most MAX_MARKS per figure; figures by index, the later-listed entry of one figure wins. */
function cleanBlocking(blocking: readonly FigureBlocking[]): FigureBlocking[] {
  const byFigure = new Map<number, Mark[]>();
  for (const b of blocking) {
    if (!Number.isInteger(b.figure) || b.figure < 0 || b.figure >= MAX_BLOCKED_FIGURES) continue;
    const marks = byTime(b.marks.filter((m) => [m.t, m.x, m.y, m.z].every(Number.isFinite) && (m.yaw === null || Number.isFinite(m.yaw)))).slice(0, MAX_MARKS);
    if (marks.length) byFigure.set(b.figure, marks);
    else byFigure.delete(b.figure);
  }
  return [...byFigure.entries()].sort((a, b) => a[0] - b[0]).map(([figure, marks]) => ({ figure, marks }));
}

/**
 * Sorts keyframes by time, keeps the later-listed one of two at the same instant, clamps values
 * into range, drops non-finite keyframes, keeps at most MAX_KEYFRAMES, does the same for each
 * stand-in's marks, and shifts the move so it starts at t = 0 (its first keyframe or mark).
 * A move without marks has no `blocking` field, as before marks existed.
 */
export function normaliseMove(move: Move): Move {
  const finite = move.keyframes.filter((k) => [k.t, k.pose.x, k.pose.y, k.pose.z, k.pose.yaw, k.pose.pitch, k.pose.roll, k.focalMm, k.focusM].every(Number.isFinite));
  const out = byTime(finite);
  const blocking = cleanBlocking(move.blocking ?? []);
  let t0 = out.length ? out[0]!.t : Infinity;
  for (const b of blocking) t0 = Math.min(t0, b.marks[0]!.t);
  if (!Number.isFinite(t0)) t0 = 0;
  const keyframes = out.slice(0, MAX_KEYFRAMES).map((k) => cleanKeyframe({ ...k, t: k.t - t0 }));
  const handheld = move.handheld ? { seed: Math.trunc(move.handheld.seed) | 0, amount: clamp(move.handheld.amount, 0, 1) } : null;
  if (!blocking.length) return { keyframes, handheld };
  const shifted = blocking.map((b) => ({
    figure: b.figure,
    marks: b.marks.map((m) => ({ t: clamp(m.t - t0, 0, MAX_DURATION_S), x: m.x, y: m.y, z: m.z, yaw: m.yaw === null ? null : wrapAngle(m.yaw) })),
  }));
  return { keyframes, handheld, blocking: shifted };
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
