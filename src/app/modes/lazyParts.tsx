/**
 * The pieces of frame and tour mode, loaded when a mode is first chosen: the viewer's
 * first load carries only orbit and walk. Each piece brings its own strings.
 */
import { lazy } from 'react';
import { registerStrings } from '../../lib/i18n';

export const FrameOverlay = lazy(() => import('../../ui/frame/FrameOverlay').then((m) => ({ default: m.FrameOverlay })));
export const ShotListPanel = lazy(() => import('../../ui/shots/ShotListPanel').then((m) => ({ default: m.ShotListPanel })));
export const FrameScene = lazy(() => import('../../canvas/frame/FrameScene').then((m) => ({ default: m.FrameScene })));
export const ShotCapture = lazy(() => import('../../canvas/shots/ShotCapture').then((m) => ({ default: m.ShotCapture })));

async function withTourStrings<T>(load: Promise<T>): Promise<T> {
  const [strings, m] = await Promise.all([import('../../lib/i18n/strings/tour'), load]);
  registerStrings(strings.default);
  return m;
}

export const TourOverlay = lazy(() => withTourStrings(import('../../ui/tour/TourOverlay')).then((m) => ({ default: m.TourOverlay })));
export const TourPanel = lazy(() => withTourStrings(import('../../ui/tour/TourPanel')).then((m) => ({ default: m.TourPanel })));
export const TourLookAround = lazy(() => import('../../canvas/tour/TourLookAround').then((m) => ({ default: m.TourLookAround })));
