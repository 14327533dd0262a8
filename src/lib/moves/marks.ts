/**
 * Editing stand-ins' marks (blocking): pure functions that return a new move, like the
 * keyframe edits of edit.ts, so the moves store's undo history covers them too.
 */
import { SAME_TIME_S, normaliseMove } from './edit';
import type { FigureBlocking, Mark, Move } from './types';

/** The marks of figure `figure` (its index in the stand-in list); empty when it has none. */
export function marksOf(move: Move, figure: number): readonly Mark[] {
  return move.blocking?.find((b) => b.figure === figure)?.marks ?? [];
}

function withMarks(move: Move, figure: number, marks: Mark[]): Move {
  const rest = (move.blocking ?? []).filter((b) => b.figure !== figure);
  const blocking: FigureBlocking[] = marks.length ? [...rest, { figure, marks }] : rest;
  return normaliseMove({ ...move, blocking });
}

/** Adds a mark (one at the same instant is replaced). */
export function addMark(move: Move, figure: number, mark: Mark): Move {
  const marks = marksOf(move, figure).filter((m) => Math.abs(m.t - mark.t) >= SAME_TIME_S);
  return withMarks(move, figure, [...marks, { ...mark, t: Math.max(0, mark.t) }]);
}

/** Changes mark `index` (position, facing or time); a retime onto another mark's instant is refused (the move comes back unchanged). */
export function updateMark(move: Move, figure: number, index: number, patch: Partial<Mark>): Move {
  const marks = marksOf(move, figure);
  const m = marks[index];
  if (!m) return move;
  if (patch.t !== undefined && marks.some((o, i) => i !== index && Math.abs(o.t - patch.t!) < SAME_TIME_S)) return move;
  const next = marks.slice();
  next[index] = { ...m, ...patch, t: Math.max(0, patch.t ?? m.t) };
  return withMarks(move, figure, next);
}

/** Removes mark `index`. */
export function removeMark(move: Move, figure: number, index: number): Move {
  const marks = marksOf(move, figure);
  if (index < 0 || index >= marks.length) return move;
  return withMarks(
    move,
    figure,
    marks.filter((_, i) => i !== index),
  );
}

/**
 * The stand-in at `figure` was removed from the list: its marks go, and the figures after it
 * move down one index (the list closes up, as `fig=` does).
 */
export function dropFigure(move: Move, figure: number): Move {
  if (!move.blocking?.length) return move;
  const blocking = move.blocking.filter((b) => b.figure !== figure).map((b) => (b.figure > figure ? { ...b, figure: b.figure - 1 } : b));
  return normaliseMove({ ...move, blocking });
}
