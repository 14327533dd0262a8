import { useCallback, useEffect, useRef } from 'react';
import type { TourStop } from '../../data/schema';
import { poseFromDeg } from '../../lib/motion/pose';
import type { TourMove, TourPlan } from '../../lib/tour/sequence';
import { isLastStop, nextMove, prevMove, stepSeconds } from '../../lib/tour/sequence';
import { flyTo, rig } from '../../state/rig';
import { notifyTourTick, tourClock, useTour } from '../../state/tour';
import { useViewer } from '../../state/viewer';

/** What the tour controller needs. */
export interface TourControllerArgs {
  plan: TourPlan;
  stops: readonly TourStop[];
  /** The chapter card's texts in every language (its reading time). */
  chapterTexts: readonly string[];
  /** Leaves for another set of the base tour (a route change). */
  onSetMove: (setId: string, at: 'start' | 'end') => void;
  /** The stage element: a pointer or wheel on it (outside the tour's own controls) pauses. */
  stage: () => HTMLElement | null;
}

export interface TourController {
  next: () => void;
  prev: () => void;
  toggle: () => void;
  /** Restarts this set's tour from its first step. */
  replay: () => void;
  /** Goes to a step of this set. */
  goTo: (index: number) => void;
}

const FIELD = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const INTERACTIVE = 'button, a[href], summary, [role="button"], [role="link"], input, select, textarea, [contenteditable="true"]';
/** Keys that move focus or are only modifiers: using the page's controls is not "taking over" from the tour. */
const NEUTRAL_KEYS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'Fn', 'Escape']);

/**
 * Runs a set's guided tour while tour mode is on: the autoplay clock (a requestAnimationFrame
 * loop that only touches refs and the tour clock, never React state), the camera flights and
 * hotspot cards of each stop, the keyboard shortcuts (Space, ←, →) and pausing on any other
 * input. The canvas draws only while a flight is under way (frameloop="demand").
 */
export function useTourController({ plan, stops, chapterTexts, onSetMove, stage }: TourControllerArgs): TourController {
  const step = useTour((s) => s.step);
  const playing = useTour((s) => s.playing);
  const flyToken = useTour((s) => s.flyToken);
  const ownsSet = useTour((s) => s.setId === plan.setId);
  const ready = useViewer((s) => s.ready);

  const latest = useRef({ plan, stops, onSetMove, stage });
  latest.current = { plan, stops, onSetMove, stage };

  const move = useCallback((m: TourMove) => {
    const { plan: p, onSetMove: leave } = latest.current;
    if (m.kind === 'step') {
      useTour.getState().goTo(m.index);
      if (isLastStop(p, m.index)) useTour.getState().pause();
    } else if (m.kind === 'set') {
      useTour.getState().carryTo(m.setId, useTour.getState().playing);
      leave(m.setId, m.at);
    }
  }, []);

  const next = useCallback(() => move(nextMove(latest.current.plan, useTour.getState().step)), [move]);
  const prev = useCallback(() => move(prevMove(latest.current.plan, useTour.getState().step)), [move]);
  const replay = useCallback(() => {
    useTour.getState().goTo(0);
    useTour.getState().play();
  }, []);
  const toggle = useCallback(() => {
    const s = useTour.getState();
    // Play on the last card starts the set's tour again.
    if (!s.playing && isLastStop(latest.current.plan, s.step)) replay();
    else s.toggle();
  }, [replay]);
  const goTo = useCallback((index: number) => useTour.getState().goTo(index), []);

  // The step's length (a language switch keeps it: chapter time is the longest language's).
  const chapterKey = chapterTexts.join('\u0000');
  useEffect(() => {
    tourClock.duration = stepSeconds(plan, step, { stopSeconds: stops.map((s) => s.durationSec), chapterTexts: chapterKey.split('\u0000') });
    notifyTourTick();
  }, [plan, step, stops, chapterKey]);

  // The last card (closing card, or the end of a set toured alone) stops autoplay however it was reached.
  useEffect(() => {
    if (ownsSet && isLastStop(latest.current.plan, step)) useTour.getState().pause();
  }, [ownsSet, step]);

  // Camera and hotspot card for the step, once the model is there to look at.
  useEffect(() => {
    if (!ready || !ownsSet) return;
    const { plan: p, stops: list } = latest.current;
    const s = p.steps[useTour.getState().step];
    const viewer = useViewer.getState();
    if (s?.kind === 'stop') {
      const stop = list[s.stop];
      if (!stop) return;
      flyTo(poseFromDeg(stop.camera));
      viewer.openHotspot(stop.hotspot ?? null);
    } else if (s?.kind === 'chapter' && list[0]) {
      // The chapter is read looking at the first stop's view, where the set opened.
      flyTo(poseFromDeg(list[0].camera));
      viewer.openHotspot(null);
    } else {
      viewer.openHotspot(null);
    }
  }, [ready, ownsSet, flyToken]);

  // Autoplay: advance when the step's time is up. A stop's time counts once the model is
  // there and the camera has arrived (a slow device flies slowly; the narration still gets its time).
  useEffect(() => {
    if (!playing || !ownsSet) return;
    let raf = 0;
    let last = -1;
    const tick = (now: number) => {
      const { plan: p } = latest.current;
      const index = useTour.getState().step;
      if (last >= 0) {
        const dt = Math.min(0.1, (now - last) / 1000);
        const waiting = p.steps[index]?.kind === 'stop' && (!useViewer.getState().ready || rig.flight !== null);
        if (!waiting) tourClock.elapsed += dt;
      }
      last = now;
      notifyTourTick();
      if (tourClock.elapsed >= tourClock.duration) {
        const m = nextMove(p, index);
        if (m.kind === 'none') useTour.getState().pause();
        else move(m);
        return;
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, ownsSet, step, move]);

  // Keyboard: the tour's shortcuts, and any other key pauses.
  const actions = useRef({ next, prev, toggle });
  actions.current = { next, prev, toggle };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target && (FIELD.has(target.tagName) || (target as HTMLElement).isContentEditable)) return;
      if (target?.closest('dialog[open]')) return;
      const onControl = Boolean(target?.closest(INTERACTIVE));
      if (e.key === ' ' || e.key === 'Spacebar') {
        // On a button, Space presses that button.
        if (onControl) return;
        e.preventDefault();
        actions.current.toggle();
      } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault();
        // Captured before the look-around controls, which would turn the camera with the same keys.
        e.stopImmediatePropagation();
        if (e.key === 'ArrowRight') actions.current.next();
        else actions.current.prev();
      } else if (NEUTRAL_KEYS.has(e.key) || (e.key === 'Enter' && onControl)) {
        // Moving around the page's controls.
      } else {
        useTour.getState().pause();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  // A pointer or wheel on the 3D view (canvas, hotspot markers, plan) takes over from the tour.
  useEffect(() => {
    const el = latest.current.stage();
    if (!el) return;
    const onInput = (e: Event) => {
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('[data-tour-ui], .stage-top')) return;
      useTour.getState().pause();
    };
    el.addEventListener('pointerdown', onInput);
    el.addEventListener('wheel', onInput, { passive: true });
    return () => {
      el.removeEventListener('pointerdown', onInput);
      el.removeEventListener('wheel', onInput);
    };
  }, []);

  return { next, prev, toggle, replay, goTo };
}
