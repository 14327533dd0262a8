import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_MOVE, historyOf, marksOf } from '../lib/moves';
import { addMarkHere, applyBlockingAt, deleteMark, moveMarkHere, retimeMark, setMarkFacing } from './blocking';
import { frameLive, useFrameStore } from './frame';
import { useMoves } from './moves';

const present = () => useMoves.getState().history.present;

describe('blocking actions', () => {
  let a = 0;
  let b = 0;
  beforeEach(() => {
    useMoves.setState({ history: historyOf(EMPTY_MOVE), playhead: 0, playing: false, selected: null, version: 0 });
    useFrameStore.getState().clearFigures();
    a = useFrameStore.getState().addFigure({ kind: 'adult-175', pose: 'standing', position: [0, 0, 0], yawDeg: 0 });
    b = useFrameStore.getState().addFigure({ kind: 'adult-162', pose: 'standing', position: [5, 0, 0], yawDeg: 0 });
    frameLive.drag = null;
  });

  it('adds a mark at the playhead from where the figure stands (a live drag included), undoably', () => {
    addMarkHere(b);
    useMoves.getState().setPlayhead(0); // a move of one mark lasts 0 s
    frameLive.drag = { id: b, x: 5, y: 0, z: -3 };
    useMoves.setState({ playhead: 2 });
    addMarkHere(b);
    frameLive.drag = null;
    expect(marksOf(present(), 1).map((m) => [m.t, m.z])).toEqual([
      [0, 0],
      [2, -3],
    ]);
    expect(marksOf(present(), 0)).toEqual([]);
    useMoves.getState().undo();
    expect(marksOf(present(), 1)).toHaveLength(1);
  });

  it('moves, retimes, turns and deletes a mark', () => {
    addMarkHere(a);
    useMoves.setState({ playhead: 1 });
    useFrameStore.getState().updateFigure(a, { position: [1, 0, 1] });
    addMarkHere(a);
    useFrameStore.getState().updateFigure(a, { position: [2, 0, 2] });
    moveMarkHere(a, 1);
    retimeMark(a, 1, 3);
    setMarkFacing(a, 1, 90);
    const m = marksOf(present(), 0)[1]!;
    expect(m).toMatchObject({ t: 3, x: 2, z: 2 });
    expect(m.yaw).toBeCloseTo(Math.PI / 2, 9);
    deleteMark(a, 0);
    // The move starts at its first mark again.
    expect(marksOf(present(), 0).map((k) => k.t)).toEqual([0]);
  });

  it('puts walking figures where the move has them at a time, in the store', () => {
    addMarkHere(a);
    useMoves.setState({ playhead: 2 });
    useFrameStore.getState().updateFigure(a, { position: [4, 0, 0] });
    addMarkHere(a);
    applyBlockingAt(present(), 0);
    expect(useFrameStore.getState().figures[0]!.position).toEqual([0, 0, 0]);
    applyBlockingAt(present(), 2);
    const f = useFrameStore.getState().figures[0]!;
    expect(f.position[0]).toBeCloseTo(4, 9);
    // Walked toward +X: faces −90°.
    expect(f.yawDeg).toBeCloseTo(-90, 6);
    // The other figure has no marks and stays.
    expect(useFrameStore.getState().figures[1]!.position).toEqual([5, 0, 0]);
  });

  it('removing a stand-in drops its marks and the next one takes its index', () => {
    addMarkHere(b);
    useFrameStore.getState().removeFigure(a);
    expect(marksOf(present(), 0).map((m) => m.x)).toEqual([5]);
    expect(marksOf(present(), 1)).toEqual([]);
  });
});
