// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CameraCatalog } from '../../data/schema';
import { frameFov } from '../../lib/camera/fov';
import { computeOptics } from '../../lib/framing/frameOptics';
import { makePose } from '../../lib/motion/pose';
import { bindFrameActions, useFrameStore } from '../../state/frame';
import { usePrefs } from '../../state/prefs';
import { useMoves } from '../../state/moves';
import { jumpTo, rig } from '../../state/rig';
import { registerStrings } from '../../lib/i18n';
import frameStrings from '../../lib/i18n/strings/frame';
import { CameraControls } from './CameraControls';
import { ALL_READOUTS, Readouts } from './Readouts';

registerStrings(frameStrings);
const cameras = JSON.parse(readFileSync('scenes/cameras.json', 'utf8')) as CameraCatalog;
const optics = () => {
  const s = useFrameStore.getState();
  return computeOptics(cameras, s.bodyId, s.focalMm, s.orient, s.lensSetId);
};
let unbind = () => {};

beforeEach(() => {
  usePrefs.setState({ lang: 'en' });
  useFrameStore.setState({ bodyId: 'arri-alexa-35', focalMm: 35, orient: 'portrait', lensSetId: null, figures: [], selectedFigure: null });
  // A flat floor at y = 0 everywhere.
  unbind = bindFrameActions({ floorAt: () => 0, obstacleDistance: () => null, setHeight: () => {}, nudge: () => {}, level: () => {}, moveFigure: () => {} });
  jumpTo(makePose(0, 1.5, 0));
});
afterEach(() => {
  cleanup();
  unbind();
});

describe('Readouts', () => {
  it('shows the lens values with one decimal and every named readout', () => {
    render(<Readouts optics={optics()} items={ALL_READOUTS} />);
    const fov = frameFov(cameras.bodies[0]!, 35, 'portrait');
    expect(screen.getByTestId('readout-focal').textContent).toBe('35 mm');
    expect(screen.getByTestId('readout-hfov').textContent).toBe(`${fov.hfovDeg.toFixed(1)}°`);
    expect(screen.getByTestId('readout-vfov').textContent).toBe(`${fov.vfovDeg.toFixed(1)}°`);
    expect(screen.getByTestId('readout-height').textContent).toBe('1.50 m');
    expect(screen.getByTestId('readout-shot-size').textContent).toBe('—');
    expect(screen.getByText('Place or select a stand-in to see the shot size.')).toBeTruthy();
  });

  it('follows the camera and the selected stand-in without re-rendering', async () => {
    render(<Readouts optics={optics()} items={ALL_READOUTS} />);
    await act(async () => {
      useFrameStore.getState().addFigure({ kind: 'adult-175', pose: 'standing', position: [0, 0, -2], yawDeg: 0 });
      jumpTo(makePose(0, 0.875, 0));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    });
    expect(screen.getByTestId('readout-height').textContent).toBe('0.88 m');
    expect(screen.getByTestId('readout-distance').textContent).toBe('2.00 m');
    expect(screen.getByTestId('readout-shot-size').textContent).toBe('Full shot');
    usePrefs.setState({ lang: 'zh' });
    await act(async () => {
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    });
    expect(screen.getByTestId('readout-shot-size').textContent).toBe('全景');
  });

  it('follows a zoom while a move plays (the lens at the playhead), and the chosen lens again after', async () => {
    render(<Readouts optics={optics()} items={ALL_READOUTS} />);
    await act(async () => {
      useMoves.setState({ playing: true });
      rig.focalMm = 50;
      rig.hfovDeg = 20;
      rig.vfovDeg = 35;
      jumpTo(makePose(0, 1.5, 0.01));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    });
    expect(screen.getByTestId('readout-focal').textContent).toBe('50 mm');
    expect(screen.getByTestId('readout-hfov').textContent).toBe('20.0°');
    expect(screen.getByTestId('readout-vfov').textContent).toBe('35.0°');
    await act(async () => {
      useMoves.setState({ playing: false });
      jumpTo(makePose(0, 1.5, 0));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    });
    expect(screen.getByTestId('readout-focal').textContent).toBe('35 mm');
  });

  it('names the delivery check of every recording format', () => {
    useFrameStore.setState({ bodyId: 'sony-fx3', orient: 'crop' });
    render(<Readouts optics={optics()} items={['delivery']} />);
    expect(screen.getByTestId('readout-delivery').textContent).toBe('1215 × 2160 ≥ 1080 × 1920: enough');
    expect(screen.getByText(/XAVC HD 1920 x 1080: 607 × 1080/)).toBeTruthy();
  });
});

describe('CameraControls', () => {
  it('primes are buttons; a typed focal length applies to 0.1 mm; the phone keeps the picture', () => {
    const { rerender } = render(<CameraControls cameras={cameras} optics={optics()} />);
    fireEvent.click(screen.getByRole('button', { name: '47' }));
    expect(useFrameStore.getState().focalMm).toBe(47);
    const input = screen.getByTestId('frame-focal-input');
    fireEvent.change(input, { target: { value: '33.33' } });
    fireEvent.submit(input.closest('form')!);
    expect(useFrameStore.getState().focalMm).toBe(33.3);
    fireEvent.change(input, { target: { value: 'abc' } });
    fireEvent.submit(input.closest('form')!);
    expect(screen.getByRole('alert').textContent).toMatch(/1 to 1200/);
    rerender(<CameraControls cameras={cameras} optics={optics()} />);
    fireEvent.change(screen.getByTestId('frame-body'), { target: { value: 'phone-main' } });
    expect(useFrameStore.getState().bodyId).toBe('phone-main');
    expect(useFrameStore.getState().focalMm).toBe(6.9);
    rerender(<CameraControls cameras={cameras} optics={optics()} />);
    fireEvent.click(screen.getByTestId('frame-orient-crop'));
    expect(useFrameStore.getState().orient).toBe('crop');
  });

  it('a zoom set gives a slider within its range', () => {
    useFrameStore.setState({ lensSetId: 'arri-signature-zoom-24-75', focalMm: 40 });
    render(<CameraControls cameras={cameras} optics={optics()} />);
    const zoom = screen.getByTestId('frame-zoom') as HTMLInputElement;
    expect(zoom.min).toBe('24');
    expect(zoom.max).toBe('75');
    fireEvent.change(zoom, { target: { value: '52.5' } });
    expect(useFrameStore.getState().focalMm).toBe(52.5);
  });
});
