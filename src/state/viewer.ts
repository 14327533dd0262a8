import { create } from 'zustand';
import { DEFAULT_EYE_HEIGHT } from '../lib/motion/walk';
import type { PlanShapes } from '../lib/world/plan';

export type ViewMode = 'orbit' | 'walk' | 'frame' | 'tour';
export const VIEW_MODES: readonly ViewMode[] = ['orbit', 'walk', 'frame', 'tour'];

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
export type ModelFailure = 'missing' | 'network' | 'corrupt' | 'unsupported' | 'prepare' | 'memory' | 'webgl';

export interface Measurement {
  id: number;
  a: [number, number, number];
  /** Null while the second point is being chosen. */
  b: [number, number, number] | null;
}

export interface ViewerState {
  setId: string | null;
  mode: ViewMode;
  status: LoadStatus;
  loaded: number;
  total: number;
  failure: ModelFailure | null;
  failureDetail: string;
  /** Bumped by "retry" to start the load again. */
  attempt: number;
  /** The model has rendered its first full frame. */
  ready: boolean;
  eyeHeight: number;
  measuring: boolean;
  measurements: Measurement[];
  /** The hotspot whose card is open. */
  hotspotId: string | null;
  /** Plan-view overlay shown. */
  showPlan: boolean;
  /** The loaded model's floor plan (plain data, drawn by the DOM minimap). */
  plan: PlanShapes | null;
  /** Height of the set (m), from the model. */
  modelHeight: number;
  /** The WebGL context: fine, lost (waiting for the browser to restore it), or gone for good. */
  context: 'ok' | 'lost' | 'failed';
  /** Creating a WebGL context failed in this visit: show sets without 3D. */
  webglUnavailable: boolean;

  openSet: (setId: string) => void;
  setMode: (mode: ViewMode) => void;
  setProgress: (loaded: number, total: number) => void;
  setLoaded: () => void;
  setFailed: (failure: ModelFailure, detail: string) => void;
  setReady: (ready: boolean) => void;
  retry: () => void;
  setEyeHeight: (m: number) => void;
  toggleMeasuring: (on?: boolean) => void;
  addMeasurePoint: (p: [number, number, number]) => void;
  clearMeasurements: () => void;
  openHotspot: (id: string | null) => void;
  togglePlan: () => void;
  setPlan: (plan: PlanShapes | null, modelHeight?: number) => void;
  setContext: (context: 'ok' | 'lost' | 'failed') => void;
  markWebglUnavailable: () => void;
}

let nextMeasureId = 1;

export const EYE_MIN = 0.5;
export const EYE_MAX = 2.5;

export const useViewer = create<ViewerState>()((set, get) => ({
  setId: null,
  mode: 'orbit',
  status: 'idle',
  loaded: 0,
  total: 0,
  failure: null,
  failureDetail: '',
  attempt: 0,
  ready: false,
  eyeHeight: DEFAULT_EYE_HEIGHT,
  measuring: false,
  measurements: [],
  hotspotId: null,
  showPlan: true,
  plan: null,
  modelHeight: 0,
  context: 'ok',
  webglUnavailable: false,

  openSet: (setId) =>
    set({
      setId,
      status: 'loading',
      loaded: 0,
      total: 0,
      failure: null,
      failureDetail: '',
      ready: false,
      measurements: [],
      measuring: false,
      hotspotId: null,
      plan: null,
    }),
  setMode: (mode) => set({ mode, measuring: mode === 'tour' ? false : get().measuring }),
  setProgress: (loaded, total) => set({ loaded, total }),
  setLoaded: () => set({ status: 'ready' }),
  setFailed: (failure, failureDetail) => set({ status: 'error', failure, failureDetail, ready: false }),
  setReady: (ready) => set({ ready }),
  retry: () => set({ attempt: get().attempt + 1, status: 'loading', failure: null, failureDetail: '', loaded: 0, total: 0 }),
  setEyeHeight: (m) => set({ eyeHeight: Math.min(EYE_MAX, Math.max(EYE_MIN, m)) }),
  toggleMeasuring: (on) => set({ measuring: on ?? !get().measuring }),
  addMeasurePoint: (p) => {
    const list = get().measurements;
    const last = list[list.length - 1];
    if (last && last.b === null) set({ measurements: [...list.slice(0, -1), { ...last, b: p }] });
    else set({ measurements: [...list, { id: nextMeasureId++, a: p, b: null }] });
  },
  clearMeasurements: () => set({ measurements: [] }),
  openHotspot: (hotspotId) => set({ hotspotId }),
  togglePlan: () => set({ showPlan: !get().showPlan }),
  setPlan: (plan, modelHeight = 0) => set({ plan, modelHeight }),
  setContext: (context) => set({ context }),
  markWebglUnavailable: () => set({ webglUnavailable: true }),
}));
