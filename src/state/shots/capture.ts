/**
 * The capture binding: the canvas's <ShotCapture /> binds it while a model is shown, and the DOM
 * asks it for a 1080 × 1920 still (docs/ARCHITECTURE.md, "Shots").
 */
import type { Pose } from '../../lib/motion/pose';

/** The exact still size: 9:16 at 1080 × 1920 (DELIVERY_1080x1920). */
export const STILL_WIDTH = 1080;
export const STILL_HEIGHT = 1920;

/** A camera for a still: a pose and the 9:16 frame's true vertical field of view. */
export interface StillView {
  pose: Pose;
  vfovDeg: number;
}

export interface ShotCaptureBinding {
  /**
   * Renders the scene offscreen at 1080 × 1920 with `view` (default: the rig's pose and the
   * frame's lens) and resolves with a PNG. The render happens synchronously within the call;
   * only the PNG encoding is asynchronous.
   */
  captureStill(view?: StillView): Promise<Blob>;
}

const unbound: ShotCaptureBinding = { captureStill: () => Promise.reject(new Error('The 3D view is not ready')) };

/** What the DOM calls; a rejecting stub until the canvas binds it. */
export const shotCapture: ShotCaptureBinding & { bound: boolean } = { ...unbound, bound: false };

export function bindShotCapture(binding: ShotCaptureBinding): () => void {
  Object.assign(shotCapture, binding, { bound: true });
  return () => Object.assign(shotCapture, unbound, { bound: false });
}

