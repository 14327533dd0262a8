/**
 * Blocking: stand-ins that walk between marks during a camera move. The marks live in the move
 * (src/lib/moves/marks.ts, keyed by the figure's index in the stand-in list, the order of
 * `fig=`), so they share the move's undo history, its `move=` link and the shot list. These
 * actions edit them for a figure by its id; `applyBlockingAt` puts the walking figures where the
 * move has them at a time (the canvas calls it when the playhead is set, as it does for the
 * camera); while the move plays the canvas writes them to `frameLive.walk` (no React state per frame).
 */
import type { CompiledWalk } from '../lib/moves/blocking';
import { compileWalk, makeWalkSample, sampleWalk } from '../lib/moves/blocking';
import { addMark, dropFigure, marksOf, removeMark, updateMark } from '../lib/moves/marks';
import type { Mark, Move } from '../lib/moves/types';
import { DEG } from '../lib/motion/pose';
import { frameLive, useFrameStore } from './frame';
import { moveLive, useMoves } from './moves';

/** The figure's index in the stand-in list, or −1. */
export function figureIndex(id: number): number {
  return useFrameStore.getState().figures.findIndex((f) => f.id === id);
}

/** The marks of the figure with this id. */
export function marksOfFigure(move: Move, id: number): readonly Mark[] {
  const i = figureIndex(id);
  return i < 0 ? [] : marksOf(move, i);
}

/** Where the figure stands now (the live drag, else the store). */
function figureNow(id: number): { x: number; y: number; z: number } | null {
  const f = useFrameStore.getState().figures.find((x) => x.id === id);
  if (!f) return null;
  const d = frameLive.drag;
  return d && d.id === id ? { x: d.x, y: d.y, z: d.z } : { x: f.position[0], y: f.position[1], z: f.position[2] };
}

const playheadNow = () => {
  const s = useMoves.getState();
  return s.playing ? moveLive.t : s.playhead;
};

/** Adds a mark for the figure at the playhead, from where it stands now (facing the way it walks). */
export function addMarkHere(id: number): void {
  const i = figureIndex(id);
  const p = figureNow(id);
  if (i < 0 || !p) return;
  const s = useMoves.getState();
  if (s.playing) s.pause();
  s.edit(addMark(s.history.present, i, { t: playheadNow(), ...p, yaw: null }));
}

/** Moves mark `index` of the figure to where the figure stands now. */
export function moveMarkHere(id: number, index: number): void {
  const i = figureIndex(id);
  const p = figureNow(id);
  if (i < 0 || !p) return;
  const s = useMoves.getState();
  s.edit(updateMark(s.history.present, i, index, p));
}

/** Retimes mark `index` (refused when another mark of the figure is at that instant). */
export function retimeMark(id: number, index: number, t: number): void {
  const i = figureIndex(id);
  if (i < 0 || !Number.isFinite(t)) return;
  const s = useMoves.getState();
  s.edit(updateMark(s.history.present, i, index, { t }));
}

/** Sets mark `index`'s facing, degrees, or null to face the walking direction. */
export function setMarkFacing(id: number, index: number, yawDeg: number | null): void {
  const i = figureIndex(id);
  if (i < 0 || (yawDeg !== null && !Number.isFinite(yawDeg))) return;
  const s = useMoves.getState();
  s.edit(updateMark(s.history.present, i, index, { yaw: yawDeg === null ? null : yawDeg * DEG }));
}

export function deleteMark(id: number, index: number): void {
  const i = figureIndex(id);
  if (i < 0) return;
  const s = useMoves.getState();
  s.edit(removeMark(s.history.present, i, index));
}

/** Compiled walks by figure index, cached per move object (moves are never changed in place). */
let cache: { move: Move | null; walks: Map<number, CompiledWalk> } = { move: null, walks: new Map() };

/** The compiled walks of a move, by figure index. */
export function walksOf(move: Move): Map<number, CompiledWalk> {
  if (cache.move !== move) cache = { move, walks: new Map((move.blocking ?? []).map((b) => [b.figure, compileWalk(b.marks)])) };
  return cache.walks;
}

const sample = makeWalkSample();

/** Puts every figure with marks where the move has it at time t (in the frame store: the readouts, plan and 3D view follow). */
export function applyBlockingAt(move: Move, t: number): void {
  const walks = walksOf(move);
  if (walks.size === 0) return;
  const frame = useFrameStore.getState();
  frame.figures.forEach((f, i) => {
    const w = walks.get(i);
    if (!w) return;
    sampleWalk(w, t, f.yawDeg * DEG, sample);
    const yawDeg = Math.round((sample.yaw / DEG) * 100) / 100;
    const same = Math.abs(f.position[0] - sample.x) < 1e-6 && Math.abs(f.position[1] - sample.y) < 1e-6 && Math.abs(f.position[2] - sample.z) < 1e-6 && Math.abs(f.yawDeg - yawDeg) < 1e-6;
    if (!same) frame.updateFigure(f.id, { position: [sample.x, sample.y, sample.z], yawDeg });
  });
}

// A stand-in removed from the list takes its marks with it; the figures after it move up one index.
useFrameStore.subscribe((s, prev) => {
  if (s.figures.length !== prev.figures.length - 1) return;
  const ids = new Set(s.figures.map((f) => f.id));
  const gone = prev.figures.findIndex((f) => !ids.has(f.id));
  if (gone < 0 || s.figures.some((f, i) => f.id !== prev.figures[i + (i >= gone ? 1 : 0)]!.id)) return;
  const m = useMoves.getState();
  const next = dropFigure(m.history.present, gone);
  if (next !== m.history.present) m.edit(next);
});
