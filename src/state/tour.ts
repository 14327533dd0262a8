/**
 * The guided tour's state: which step of the current set's tour is shown, whether autoplay
 * runs, and whether the person is looking around freely. The step's elapsed time is a
 * per-frame value and lives in `tourClock` (plain mutable numbers, not React state): the
 * progress bars read it through `onTourTick` and write their widths through refs.
 */
import { create } from 'zustand';

export interface TourState {
  /** The set these values belong to (null before a tour has begun). */
  setId: string | null;
  /** Index into the set's tour plan (src/lib/tour/sequence.ts). */
  step: number;
  playing: boolean;
  /** Paused with the orbit controls on, to look around the current stop. */
  lookAround: boolean;
  /** Bumped whenever the camera should go (again) to the current step's view. */
  flyToken: number;
  /** Autoplay state carried to the next set of a base tour while the route changes. */
  carry: { setId: string; playing: boolean } | null;

  /** Starts (or restarts) the tour of a set at a step. */
  begin: (setId: string, step: number, playing: boolean) => void;
  /** Shows a step: its clock restarts and the camera goes to its view. */
  goTo: (step: number) => void;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  setLookAround: (on: boolean) => void;
  /** Remembers whether autoplay was on when leaving for `setId` (the next or previous set of a base tour). */
  carryTo: (setId: string, playing: boolean) => void;
}

/** Seconds spent on the current step and how long it lasts. Mutated by the tour clock. */
export const tourClock = { elapsed: 0, duration: 12 };

const tickListeners = new Set<() => void>();

/** Calls `fn` whenever the clock moves or restarts (every animation frame while playing). */
export function onTourTick(fn: () => void): () => void {
  tickListeners.add(fn);
  return () => tickListeners.delete(fn);
}

export function notifyTourTick(): void {
  for (const fn of tickListeners) fn();
}

function restartClock(): void {
  tourClock.elapsed = 0;
  notifyTourTick();
}

export const useTour = create<TourState>()((set, get) => ({
  setId: null,
  step: 0,
  playing: false,
  lookAround: false,
  flyToken: 0,
  carry: null,

  begin: (setId, step, playing) => {
    restartClock();
    set({ setId, step, playing, lookAround: false, flyToken: get().flyToken + 1, carry: null });
  },
  goTo: (step) => {
    restartClock();
    set({ step, lookAround: false, flyToken: get().flyToken + 1 });
  },
  play: () => {
    // Coming back from looking around: fly back to the stop before carrying on.
    if (get().lookAround) set({ playing: true, lookAround: false, flyToken: get().flyToken + 1 });
    else set({ playing: true });
  },
  pause: () => {
    if (get().playing) set({ playing: false });
  },
  toggle: () => (get().playing ? get().pause() : get().play()),
  setLookAround: (on) => set(on ? { lookAround: true, playing: false } : { lookAround: false, flyToken: get().flyToken + 1 }),
  carryTo: (setId, playing) => set({ carry: { setId, playing } }),
}));
