// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_MOVE, historyOf, marksOf } from '../../../lib/moves';
import { useFrameStore } from '../../../state/frame';
import { useMoves } from '../../../state/moves';
import { usePrefs } from '../../../state/prefs';
import { registerStrings } from '../../../lib/i18n';
import movesStrings from '../../../lib/i18n/strings/moves';
import { BlockingPanel } from './BlockingPanel';

registerStrings(movesStrings);
const marks = () => marksOf(useMoves.getState().history.present, 0);

beforeEach(() => {
  usePrefs.setState({ lang: 'en' });
  useMoves.setState({ history: historyOf(EMPTY_MOVE), playhead: 0, playing: false, selected: null, version: 0 });
  useFrameStore.getState().clearFigures();
});
afterEach(() => cleanup());

describe('BlockingPanel', () => {
  it('asks for a stand-in, then adds marks at the playhead, retimes and deletes them, undoably', () => {
    render(<BlockingPanel />);
    expect(screen.getByText('Select a stand-in first.')).toBeTruthy();
    let id = 0;
    act(() => {
      id = useFrameStore.getState().addFigure({ kind: 'adult-175', pose: 'standing', position: [0, 0, 0], yawDeg: 0 });
    });
    fireEvent.click(screen.getByTestId('mark-add'));
    act(() => {
      useFrameStore.getState().updateFigure(id, { position: [2, 0, -1] });
      useMoves.setState({ playhead: 1.5 });
    });
    fireEvent.click(screen.getByTestId('mark-add'));
    expect(marks().map((m) => [m.t, m.x, m.z])).toEqual([
      [0, 0, 0],
      [1.5, 2, -1],
    ]);
    expect(screen.getAllByTestId(/^mark-\d$/)).toHaveLength(2);
    const time = screen.getByTestId('mark-time-1') as HTMLInputElement;
    fireEvent.change(time, { target: { value: '3' } });
    fireEvent.blur(time);
    expect(marks()[1]!.t).toBe(3);
    fireEvent.click(screen.getByTestId('mark-delete-0'));
    expect(marks()).toHaveLength(1);
    act(() => useMoves.getState().undo());
    expect(marks()).toHaveLength(2);
  });
});
