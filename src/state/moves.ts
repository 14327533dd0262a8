/**
 * Frame mode's camera move: the keyframes with their undo history, the playhead, play/pause and
 * loop, the selected keyframe, and the lens's T-stop and focus distance (depth of field).
 *
 * The store changes on edits and discrete playhead moves (scrub, step, pause). While the move
 * plays, the canvas's MovePlayer advances `moveLive` every frame instead (docs/ARCHITECTURE.md §5: no
 * React state per frame) and writes the playhead back to the store when it stops.
 */
import { create } from 'zustand';
// Direct imports, not the barrel: this store is on the viewer route, the sampling code is not.
import type { History } from '../lib/moves/edit';
import { EMPTY_MOVE, commit, historyOf, keyframeAt, redo, undo, updateKeyframe } from '../lib/moves/edit';
import type { MoveProblem } from '../lib/moves/codec';
import { formatMove, parseMove } from '../lib/moves/codec';
import type { Move } from '../lib/moves/types';
import { moveDuration, moveHasContent } from '../lib/moves/types';

/** True when the move has camera keyframes or stand-in marks (something to play, share or save). */
export const hasMove = moveHasContent;
import type { PathIssue } from '../lib/moves/pathCheck';
import type { Pose } from '../lib/motion/pose';
import type { ProtectId } from '../lib/framing/protectGuides';

/** Parses a `move=` value (the route checked only its shape): the move, or why it was dropped. */
export function readMoveParam(value: string): Move | MoveProblem {
  return parseMove(value);
}

/** Writes a move for `move=`. */
export function formatMoveParam(move: Move): string {
  return formatMove(move);
}

/** A sensible focus distance before anyone sets one, metres. */
export const DEFAULT_FOCUS_M = 3;

export interface MoveState {
  history: History;
  /** Seconds into the move (0 when there is none). */
  playhead: number;
  playing: boolean;
  loop: boolean;
  /** Index of the selected keyframe, or null. */
  selected: number | null;
  /** The lens's T-stop; null until chosen (the lens set's fastest stop is shown). */
  tStop: number | null;
  /** Focus distance, metres (follows the move's keyframes while there is a move). */
  focusM: number;
  /** Where the path meets the set's collision or leaves the rig's range (the canvas checks on every edit). */
  pathIssues: PathIssue[];
  /** A click on the set or a stand-in sets the focus distance. */
  tapFocus: boolean;
  /** Sets the focus distance, and the keyframe's at the playhead if there is one (a focus pull). */
  setFocusAtPlayhead: (m: number) => void;
  /** Which protect (extraction) guides are drawn in the frame, stills and video. */
  protect: Record<ProtectId, boolean>;
  /** −1 top … 0 centre … 1 bottom. */
  protectOffset: number;
  toggleProtect: (id: ProtectId) => void;
  setProtectOffset: (o: number) => void;
  /** Frames per second for stepping and the animatic export. */
  fps: Fps;
  /** Increments whenever the move is replaced or edited (the canvas recompiles it). */
  version: number;

  /** Records an edit (undoable). */
  edit: (next: Move) => void;
  undo: () => void;
  redo: () => void;
  /** Replaces the move and forgets the history (a link or a saved shot was opened). */
  load: (move: Move, playhead?: number) => void;
  /** Removes the move (undoable). */
  clear: () => void;
  setPlayhead: (t: number) => void;
  play: () => void;
  pause: () => void;
  setLoop: (loop: boolean) => void;
  select: (index: number | null) => void;
  setTStop: (t: number | null) => void;
  setFocus: (m: number) => void;
  setFps: (fps: Fps) => void;
  /** Moves the playhead by whole frames (±1 steps one frame), pausing playback. */
  step: (frames: number) => void;
}

export const FPS_CHOICES = [24, 25, 30] as const;
export type Fps = (typeof FPS_CHOICES)[number];

const clampPlayhead = (move: Move, t: number) => Math.min(moveDuration(move), Math.max(0, Number.isFinite(t) ? t : 0));
const clampSelected = (move: Move, i: number | null) => (i !== null && i >= 0 && i < move.keyframes.length ? i : null);

export const useMoves = create<MoveState>()((set, get) => ({
  history: historyOf(EMPTY_MOVE),
  playhead: 0,
  playing: false,
  loop: false,
  selected: null,
  tStop: null,
  focusM: DEFAULT_FOCUS_M,
  version: 0,
  fps: 24,
  pathIssues: [],
  tapFocus: false,
  protect: { '16:9': false, '1:1': false, '4:5': false },
  protectOffset: 0,
  toggleProtect: (id) => set({ protect: { ...get().protect, [id]: !get().protect[id] } }),
  setProtectOffset: (o) => set({ protectOffset: Math.min(1, Math.max(-1, Number.isFinite(o) ? o : 0)) }),

  edit: (next) => {
    const s = get();
    const history = commit(s.history, next);
    if (history === s.history) return;
    set({ history, playhead: clampPlayhead(next, s.playhead), selected: clampSelected(next, s.selected), version: s.version + 1 });
  },
  undo: () => {
    const s = get();
    const history = undo(s.history);
    if (history === s.history) return;
    set({ history, playing: false, playhead: clampPlayhead(history.present, s.playhead), selected: clampSelected(history.present, s.selected), version: s.version + 1 });
  },
  redo: () => {
    const s = get();
    const history = redo(s.history);
    if (history === s.history) return;
    set({ history, playing: false, playhead: clampPlayhead(history.present, s.playhead), selected: clampSelected(history.present, s.selected), version: s.version + 1 });
  },
  load: (move, playhead = 0) => set({ history: historyOf(move), playhead: clampPlayhead(move, playhead), playing: false, selected: null, version: get().version + 1 }),
  clear: () => {
    get().edit(EMPTY_MOVE);
    set({ playing: false, playhead: 0, selected: null });
  },
  setPlayhead: (t) => set({ playhead: clampPlayhead(get().history.present, t) }),
  play: () => {
    const s = get();
    const d = moveDuration(s.history.present);
    if (d <= 0) return;
    // Play from the start again when the playhead is at the end.
    set({ playing: true, playhead: s.playhead >= d - 1e-6 ? 0 : s.playhead });
  },
  // The playhead stays where playback was (the canvas advanced moveLive, not the store).
  pause: () => {
    if (get().playing) set({ playing: false, playhead: clampPlayhead(get().history.present, moveLive.t) });
  },
  setFps: (fps) => set({ fps }),
  setFocusAtPlayhead: (m) => {
    get().setFocus(m);
    const s = get();
    const move = s.history.present;
    const i = s.playing ? -1 : keyframeAt(move, s.playhead);
    if (i >= 0 && Math.abs(move.keyframes[i]!.focusM - s.focusM) > 1e-9) s.edit(updateKeyframe(move, i, { focusM: s.focusM }));
  },
  step: (frames) => {
    const s = get();
    const from = s.playing ? moveLive.t : s.playhead;
    // Onto the frame grid, so stepping lands on the frames the export renders.
    const frame = Math.round(from * s.fps) + Math.trunc(frames);
    set({ playing: false, playhead: clampPlayhead(s.history.present, frame / s.fps) });
  },
  setLoop: (loop) => set({ loop }),
  select: (index) => set({ selected: clampSelected(get().history.present, index) }),
  setTStop: (tStop) => set({ tStop: tStop === null || !(tStop > 0) ? null : Math.round(tStop * 10) / 10 }),
  setFocus: (m) => {
    if (Number.isFinite(m) && m > 0) set({ focusM: Math.round(Math.min(10_000, Math.max(0.02, m)) * 100) / 100 });
  },
}));

/** The move being edited. */
export const selectMove = (s: MoveState): Move => s.history.present;

/**
 * The playhead while the move plays, written by the canvas every frame and read by the timeline
 * through `onMoveLive` (never React state). Outside playback it equals the store's playhead.
 */
export const moveLive = { t: 0, focalMm: 0, focusM: DEFAULT_FOCUS_M };

const liveListeners = new Set<() => void>();

export function onMoveLive(fn: () => void): () => void {
  liveListeners.add(fn);
  return () => liveListeners.delete(fn);
}

export function notifyMoveLive(): void {
  for (const fn of liveListeners) fn();
}

// ---------------------------------------------------------------------------------------------
// Rendering frames of the move offscreen (the canvas binds it; the animatic exporter calls it)

/** A camera for one frame: a pose and the 9:16 frame's true vertical field of view. */
export interface MoveFrameView {
  pose: Pose;
  vfovDeg: number;
}

export interface MoveRenderBinding {
  /** Renders the set from `view` at width × height and returns its RGBA pixels, top row first. */
  renderFrame(view: MoveFrameView, width: number, height: number): { width: number; height: number; data: Uint8ClampedArray<ArrayBuffer> };
  /** Puts the stand-ins with marks where the move has them at t for the next frames; null: back where the store has them. */
  placeFigures?(t: number | null): void;
}

const unboundRender: MoveRenderBinding = {
  renderFrame: () => {
    throw new Error('The 3D view is not ready');
  },
  placeFigures: () => {},
};

/** What the exporter calls; throws until the canvas binds it. */
export const moveRender: MoveRenderBinding & { bound: boolean } = { ...unboundRender, bound: false };

export function bindMoveRender(binding: MoveRenderBinding): () => void {
  Object.assign(moveRender, binding, { bound: true });
  return () => Object.assign(moveRender, unboundRender, { bound: false });
}
