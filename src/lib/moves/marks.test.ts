import { describe, expect, it } from 'vitest';
import { EMPTY_MOVE, commit, historyOf, normaliseMove, undo } from './edit';
import { addMark, dropFigure, marksOf, removeMark, updateMark } from './marks';
import type { Keyframe, Mark, Move } from './types';
import { moveDuration, moveHasContent } from './types';

const mark = (t: number, x: number, yaw: number | null = null): Mark => ({ t, x, y: 0, z: 0, yaw });
const kf = (t: number): Keyframe => ({ t, pose: { x: 0, y: 1.6, z: 0, yaw: 0, pitch: 0, roll: 0 }, focalMm: 35, focusM: 3, ease: 'smooth' });

describe('marks: add, move, retime, delete, with undo', () => {
  it('adds marks in time order; one at the same instant replaces it', () => {
    let m = addMark(EMPTY_MOVE, 0, mark(2, 1));
    m = addMark(m, 0, mark(0, 0));
    m = addMark(m, 0, mark(2, 5));
    expect(marksOf(m, 0).map((k) => [k.t, k.x])).toEqual([
      [0, 0],
      [2, 5],
    ]);
    expect(moveHasContent(m)).toBe(true);
    expect(moveDuration(m)).toBe(2);
    expect(marksOf(m, 3)).toEqual([]);
  });

  it('moves and retimes a mark; a retime onto another mark is refused', () => {
    const m = addMark(addMark(EMPTY_MOVE, 1, mark(0, 0)), 1, mark(3, 1));
    expect(marksOf(updateMark(m, 1, 1, { x: 7, yaw: 1 }), 1)[1]).toMatchObject({ x: 7, yaw: 1 });
    expect(marksOf(updateMark(m, 1, 1, { t: 5 }), 1)[1]!.t).toBe(5);
    expect(updateMark(m, 1, 1, { t: 0 })).toBe(m);
    expect(updateMark(m, 1, 9, { x: 1 })).toBe(m);
  });

  it('deleting the last mark of a figure removes its blocking; a move of marks only is empty then', () => {
    const m = addMark(EMPTY_MOVE, 0, mark(0, 0));
    const gone = removeMark(m, 0, 0);
    expect(gone.blocking).toBeUndefined();
    expect(moveHasContent(gone)).toBe(false);
  });

  it('undo brings a deleted mark back (the move history covers marks)', () => {
    const m = addMark(addMark(EMPTY_MOVE, 0, mark(0, 0)), 0, mark(2, 1));
    const h = commit(historyOf(m), removeMark(m, 0, 1));
    expect(marksOf(h.present, 0)).toHaveLength(1);
    expect(marksOf(undo(h).present, 0)).toHaveLength(2);
  });

  it('removing a stand-in drops its marks and closes up the indices after it', () => {
    let m: Move = addMark(EMPTY_MOVE, 0, mark(0, 0));
    m = addMark(m, 1, mark(0, 1));
    m = addMark(m, 2, mark(0, 2));
    const d = dropFigure(m, 1);
    expect(d.blocking!.map((b) => [b.figure, b.marks[0]!.x])).toEqual([
      [0, 0],
      [1, 2],
    ]);
  });

  it('the move starts at its first keyframe or mark, shifting both together', () => {
    const m = normaliseMove({ keyframes: [kf(2), kf(4)], handheld: null, blocking: [{ figure: 0, marks: [mark(1, 0), mark(3, 1)] }] });
    expect(m.keyframes.map((k) => k.t)).toEqual([1, 3]);
    expect(m.blocking![0]!.marks.map((k) => k.t)).toEqual([0, 2]);
    // A move without marks keeps its old shape (no blocking field).
    expect('blocking' in normaliseMove({ keyframes: [kf(0)], handheld: null })).toBe(false);
  });
});
