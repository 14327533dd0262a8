/**
 * Frame mode's settings: the camera body, lens and 9:16 orientation, the stand-in
 * figures placed in the set, and which guides are shown. Shared by the frame
 * controls, the 3D figures, the readouts and the shot list.
 */
import { create } from 'zustand';
import type { FigureKind, FigurePose, Orientation } from '../data/schema';

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
}

let nextFigureId = 1;

export const DEFAULT_BODY = 'arri-alexa-35';
export const DEFAULT_FOCAL = 35;

export const useFrame = create<FrameState>()((set, get) => ({
  bodyId: DEFAULT_BODY,
  focalMm: DEFAULT_FOCAL,
  orient: 'portrait',
  figures: [],
  selectedFigure: null,
  placing: null,
  guides: { thirds: true, center: false, safe: true, protect169: false, douyin: false, tiktok: false, reels: false, shorts: false },

  setBody: (bodyId) => set({ bodyId }),
  setFocal: (mm) => set({ focalMm: Math.round(Math.min(1200, Math.max(1, mm)) * 10) / 10 }),
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
}));
