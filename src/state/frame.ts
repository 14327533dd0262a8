/**
 * Frame mode's settings: the camera body, lens and 9:16 orientation, the stand-in
 * figures placed in the set, and which guides are shown. Shared by the frame
 * controls, the 3D figures, the readouts and the shot list.
 */
import { create } from 'zustand';
import type { FigureKind, FigurePose, Orientation } from '../data/schema';
import type { ShotSizeId } from '../lib/camera/shotSize';
import { clampFocalMm } from '../lib/camera/focalRange';
import type { Box, FrameLayoutKind } from '../lib/framing/frameBox';

export interface StandIn {
  id: number;
  kind: FigureKind;
  pose: FigurePose;
  /** Feet position on the floor, set coordinates (m). */
  position: [number, number, number];
  /** Which way the figure faces, degrees (same convention as camera yaw). */
  yawDeg: number;
}

export type GuideId = 'thirds' | 'center' | 'safe' | 'protect169' | 'douyin' | 'tiktok' | 'reels' | 'shorts';

/** Where the 9:16 frame sits on the stage (CSS px), measured by the frame overlay. */
export interface FrameLayout {
  stageWidth: number;
  stageHeight: number;
  /** Exactly 9:16, integer sides (src/lib/framing/frameBox.ts). */
  box: Box;
  kind: FrameLayoutKind;
}

/** What a preset shot (or a saved one) sets up in frame mode. */
export interface FramePreset {
  body: string;
  lens: number;
  orient: Orientation;
  figures: Omit<StandIn, 'id'>[];
}

export interface FrameState {
  bodyId: string;
  /** Focal length in mm (0.1 mm steps). */
  focalMm: number;
  orient: Orientation;
  figures: StandIn[];
  selectedFigure: number | null;
  /** A click on the floor places this kind of figure; null when not placing. */
  placing: { kind: FigureKind; pose: FigurePose } | null;
  guides: Record<GuideId, boolean>;
  /** The lens set chosen in the lens picker (scenes/cameras.json `lenses`); null before one is chosen. */
  lensSetId: string | null;
  /** The shot size the feasibility check aims at for the selected figure. */
  targetShot: ShotSizeId;
  /** Points-of-interest markers over the frame. Default off: they would sit in the picture. */
  showHotspots: boolean;
  /** The frame box on the stage; null until the overlay has measured the stage. */
  layout: FrameLayout | null;

  setBody: (id: string) => void;
  setFocal: (mm: number) => void;
  setOrient: (o: Orientation) => void;
  startPlacing: (kind: FigureKind, pose: FigurePose) => void;
  stopPlacing: () => void;
  addFigure: (f: Omit<StandIn, 'id'>) => number;
  updateFigure: (id: number, patch: Partial<Omit<StandIn, 'id'>>) => void;
  removeFigure: (id: number) => void;
  selectFigure: (id: number | null) => void;
  setFigures: (figures: Omit<StandIn, 'id'>[]) => void;
  toggleGuide: (g: GuideId) => void;
  setLensSet: (id: string | null) => void;
  setTargetShot: (shot: ShotSizeId) => void;
  toggleHotspots: () => void;
  setLayout: (layout: FrameLayout | null) => void;
  /** Body, lens, orientation and figures of a preset, all at once. */
  loadPreset: (preset: FramePreset) => void;
  /** Forgets figures and selection (a set was opened). */
  clearFigures: () => void;
}

let nextFigureId = 1;

export const DEFAULT_BODY = 'arri-alexa-35';
export const DEFAULT_FOCAL = 35;

export const useFrameStore = create<FrameState>()((set, get) => ({
  bodyId: DEFAULT_BODY,
  focalMm: DEFAULT_FOCAL,
  orient: 'portrait',
  figures: [],
  selectedFigure: null,
  placing: null,
  guides: { thirds: true, center: false, safe: true, protect169: false, douyin: false, tiktok: false, reels: false, shorts: false },

  setBody: (bodyId) => set({ bodyId }),
  setFocal: (mm) => set({ focalMm: clampFocalMm(mm) }),
  setOrient: (orient) => set({ orient }),
  startPlacing: (kind, pose) => set({ placing: { kind, pose } }),
  stopPlacing: () => set({ placing: null }),
  addFigure: (f) => {
    const id = nextFigureId++;
    set({ figures: [...get().figures, { ...f, id }], selectedFigure: id });
    return id;
  },
  updateFigure: (id, patch) => set({ figures: get().figures.map((f) => (f.id === id ? { ...f, ...patch } : f)) }),
  removeFigure: (id) =>
    set({ figures: get().figures.filter((f) => f.id !== id), selectedFigure: get().selectedFigure === id ? null : get().selectedFigure }),
  selectFigure: (selectedFigure) => set({ selectedFigure }),
  setFigures: (figures) => {
    const withIds = figures.map((f) => ({ ...f, id: nextFigureId++ }));
    set({ figures: withIds, selectedFigure: withIds[0]?.id ?? null });
  },
  toggleGuide: (g) => set({ guides: { ...get().guides, [g]: !get().guides[g] } }),
  lensSetId: null,
  targetShot: 'medium',
  showHotspots: false,
  layout: null,
  setLensSet: (lensSetId) => set({ lensSetId }),
  setTargetShot: (targetShot) => set({ targetShot }),
  toggleHotspots: () => set({ showHotspots: !get().showHotspots }),
  setLayout: (layout) => {
    const prev = get().layout;
    if (
      prev &&
      layout &&
      prev.kind === layout.kind &&
      prev.stageWidth === layout.stageWidth &&
      prev.stageHeight === layout.stageHeight &&
      prev.box.x === layout.box.x &&
      prev.box.y === layout.box.y &&
      prev.box.width === layout.box.width
    ) {
      return;
    }
    set({ layout });
  },
  loadPreset: (preset) => {
    const figures = preset.figures.map((f) => ({ ...f, id: nextFigureId++ }));
    set({
      bodyId: preset.body,
      focalMm: clampFocalMm(preset.lens),
      orient: preset.orient,
      figures,
      selectedFigure: figures[0]?.id ?? null,
      placing: null,
    });
  },
  clearFigures: () => set({ figures: [], selectedFigure: null, placing: null }),
}));

/**
 * Camera moves asked for by the on-screen move pad, read by the frame controller every
 * frame: −1 … 1 per axis. Plain mutable values, not React state (they change at pointer rate).
 */
export const frameInput = {
  /** Turn left (+) / right (−). */
  pan: 0,
  /** Tilt up (+) / down (−). */
  tilt: 0,
  /** Roll the camera counter-clockwise (+) / clockwise (−), as its operator sees it. */
  roll: 0,
  /** Forward (+) / back (−). */
  dolly: 0,
  /** Right (+) / left (−). */
  truck: 0,
  /** Up (+) / down (−). */
  pedestal: 0,
};

export type FrameAxis = keyof typeof frameInput;

export function resetFrameInput(): void {
  for (const k of Object.keys(frameInput) as FrameAxis[]) frameInput[k] = 0;
}

/**
 * Questions and commands the DOM asks of the loaded set in frame mode (floor under a point,
 * free distance, camera height, figure moves). The frame controller binds them while a model
 * is loaded; before that they answer null and do nothing. Keeps src/ui free of three.js.
 */
export interface FrameActions {
  /** Height of the floor under (x, z) at or below fromY, or null. */
  floorAt(x: number, z: number, fromY: number): number | null;
  /** Distance to the first obstacle along a horizontal ray, or null when clear within maxDist. */
  obstacleDistance(x: number, y: number, z: number, dx: number, dz: number, maxDist: number): number | null;
  /** Puts the camera `m` metres above the floor under it. */
  setHeight(m: number): void;
  /** One discrete step on an axis (keyboard activation of a move-pad button), sign ±1. */
  nudge(axis: FrameAxis, sign: number): void;
  /** Levels the camera (roll 0). */
  level(): void;
  /** Moves a figure by metres right and away from the camera, staying on a floor. */
  moveFigure(id: number, right: number, away: number): void;
}

const noActions: FrameActions = {
  floorAt: () => null,
  obstacleDistance: () => null,
  setHeight: () => {},
  nudge: () => {},
  level: () => {},
  moveFigure: () => {},
};

export const frameActions: FrameActions = { ...noActions };

export function bindFrameActions(actions: FrameActions): () => void {
  Object.assign(frameActions, actions);
  return () => Object.assign(frameActions, noActions);
}

/**
 * A figure being dragged in the 3D view: its live feet position, before the store hears of
 * it on release. Readouts use it so the shot size follows the drag. `walk`: the figures that
 * walk between their marks while a move plays (src/state/blocking.ts), by id, feet and facing
 * (yaw, radians); empty outside playback, when the store has their positions at the playhead.
 */
export const frameLive: {
  drag: { id: number; x: number; y: number; z: number } | null;
  walk: Map<number, { x: number; y: number; z: number; yaw: number }>;
} = { drag: null, walk: new Map() };

const liveListeners = new Set<() => void>();

/** Calls `fn` when frameLive changes. */
export function onFrameLive(fn: () => void): () => void {
  liveListeners.add(fn);
  return () => liveListeners.delete(fn);
}

export function notifyFrameLive(): void {
  for (const fn of liveListeners) fn();
}
