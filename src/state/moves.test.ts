import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_MOVE, buildPreset, historyOf, makeSample } from '../lib/moves';
import { moveLive, useMoves } from './moves';

const start = makeSample();
start.pose.y = 1.6;
const push = buildPreset('push-in', { start, amount: 2, duration: 4 });

describe('move state', () => {
  beforeEach(() => useMoves.setState({ history: historyOf(EMPTY_MOVE), playhead: 0, playing: false, loop: false, selected: null, version: 0 }));

  it('records edits with undo and redo, keeping the playhead and selection inside the move', () => {
    const s = useMoves.getState();
    s.edit(push);
    expect(useMoves.getState().history.present).toBe(push);
    useMoves.getState().setPlayhead(9);
    expect(useMoves.getState().playhead).toBe(4);
    useMoves.getState().select(1);
    useMoves.getState().undo();
    expect(useMoves.getState().history.present).toBe(EMPTY_MOVE);
    expect(useMoves.getState()).toMatchObject({ playhead: 0, selected: null });
    useMoves.getState().redo();
    expect(useMoves.getState().history.present).toBe(push);
    expect(useMoves.getState().version).toBe(3);
  });

  it('plays only a move with a length, from the start again at the end', () => {
    useMoves.getState().play();
    expect(useMoves.getState().playing).toBe(false);
    useMoves.getState().load(push, 4);
    expect(useMoves.getState().history.past).toEqual([]);
    useMoves.getState().play();
    expect(useMoves.getState()).toMatchObject({ playing: true, playhead: 0 });
    moveLive.t = 1.5;
    useMoves.getState().pause();
    expect(useMoves.getState()).toMatchObject({ playing: false, playhead: 1.5 });
  });

  it('steps whole frames on the frame grid, within the move', () => {
    useMoves.getState().load(push, 1.01);
    useMoves.getState().step(1);
    expect(useMoves.getState().playhead).toBeCloseTo(25 / 24, 9);
    useMoves.getState().setFps(30);
    useMoves.getState().step(-1000);
    expect(useMoves.getState().playhead).toBe(0);
  });

  it('keeps the T-stop to 0.1 and the focus inside what a lens can do', () => {
    useMoves.getState().setTStop(2.83);
    expect(useMoves.getState().tStop).toBe(2.8);
    useMoves.getState().setFocus(0.001);
    expect(useMoves.getState().focusM).toBe(0.02);
    useMoves.getState().setFocus(Number.NaN);
    expect(useMoves.getState().focusM).toBe(0.02);
  });
});
