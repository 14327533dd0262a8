// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CameraCatalog } from '../../../data/schema';
import { depthOfField, circleOfConfusionMm } from '../../../lib/camera/dof';
import { computeOptics } from '../../../lib/framing/frameOptics';
import { EMPTY_MOVE, historyOf } from '../../../lib/moves';
import { makePose } from '../../../lib/motion/pose';
import { useFrameStore } from '../../../state/frame';
import { useMoves } from '../../../state/moves';
import { usePrefs } from '../../../state/prefs';
import { jumpTo } from '../../../state/rig';
import { registerStrings } from '../../../lib/i18n';
import frameStrings from '../../../lib/i18n/strings/frame';
import movesStrings from '../../../lib/i18n/strings/moves';
import { MovePanel } from './MovePanel';
import { MoveTimeline } from './MoveTimeline';

registerStrings(frameStrings);
registerStrings(movesStrings);
const cameras = JSON.parse(readFileSync('scenes/cameras.json', 'utf8')) as CameraCatalog;

beforeEach(() => {
  usePrefs.setState({ lang: 'en' });
  useFrameStore.setState({ bodyId: 'arri-alexa-35', focalMm: 35, orient: 'portrait', lensSetId: 'cooke-s4i', figures: [], selectedFigure: null });
  useMoves.setState({ history: historyOf(EMPTY_MOVE), playhead: 0, playing: false, selected: null, tStop: null, focusM: 3, version: 0 });
  jumpTo(makePose(0, 1.5, 4));
});
afterEach(() => cleanup());

describe('MoveTimeline', () => {
  it('adds keyframes from the camera, then undoes and redoes them from the keyboard', () => {
    render(<MoveTimeline />);
    expect(screen.getByText(/No move yet/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('move-add-key'));
    // The playhead sits on that keyframe: the next one goes 2 s after the end, from where the camera is now.
    act(() => jumpTo(makePose(1, 1.5, 2)));
    fireEvent.click(screen.getByTestId('move-add-key'));
    const move = useMoves.getState().history.present;
    expect(move.keyframes.map((k) => [k.t, k.pose.x, k.pose.z])).toEqual([
      [0, 0, 4],
      [2, 1, 2],
    ]);
    expect(screen.getByTestId('move-key-1')).toBeTruthy();
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(useMoves.getState().history.present.keyframes).toHaveLength(1);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true, shiftKey: true });
    expect(useMoves.getState().history.present.keyframes).toHaveLength(2);
  });

  it('retimes the selected keyframe from its number field and deletes it', () => {
    render(<MoveTimeline />);
    fireEvent.click(screen.getByTestId('move-add-key'));
    act(() => jumpTo(makePose(1, 1.5, 2)));
    fireEvent.click(screen.getByTestId('move-add-key'));
    fireEvent.change(screen.getByTestId('move-key-time'), { target: { value: '3.5' } });
    expect(useMoves.getState().history.present.keyframes.map((k) => k.t)).toEqual([0, 3.5]);
    fireEvent.click(screen.getByTestId('move-delete-key'));
    expect(useMoves.getState().history.present.keyframes).toHaveLength(1);
  });
});

describe('MovePanel', () => {
  it('appends presets and shows depth of field for the lens set’s fastest stop', () => {
    const optics = computeOptics(cameras, 'arri-alexa-35', 35, 'portrait', 'cooke-s4i');
    render(<MovePanel optics={optics} />);
    expect(screen.getByTestId('readout-aperture').textContent).toBe('T2');
    const d = depthOfField(35, 2, circleOfConfusionMm(optics.body.sensor), 3);
    expect(screen.getByTestId('readout-dof-near').textContent).toBe(`${d.nearM.toFixed(2)} m`);
    expect(screen.getByTestId('readout-dof-far').textContent).toBe(`${d.farM.toFixed(2)} m`);
    expect(screen.getByTestId('readout-hyperfocal').textContent).toBe(`${d.hyperfocalM.toFixed(1)} m`);
    fireEvent.change(screen.getByTestId('dof-aperture'), { target: { value: '5.6' } });
    expect(screen.getByTestId('readout-aperture').textContent).toBe('T5.6');
    fireEvent.change(screen.getByTestId('move-amount'), { target: { value: '2' } });
    fireEvent.change(screen.getByTestId('move-duration'), { target: { value: '4' } });
    fireEvent.click(screen.getByTestId('move-append'));
    const m = useMoves.getState().history.present;
    expect(m.keyframes.map((k) => k.t)).toEqual([0, 4]);
    expect(m.keyframes[1]!.pose.z).toBeCloseTo(2, 6);
  });
});
