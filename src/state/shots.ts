/**
 * The shot list: captured shots with every parameter, kept across reloads, and the binding
 * through which the DOM asks the canvas for a 1080 × 1920 still.
 *
 * Storage: the list's metadata is JSON in localStorage (versioned key, lib/shots/storage.ts);
 * stills (1–3 MB PNGs each) are Blobs in IndexedDB under the shot's id, which localStorage could
 * not hold. One list holds every set's shots, grouped by set (lib/shots/list.ts), so a director
 * scouting several sets leaves with one list; the panel shows the current set's group open.
 * A stored list that is partly unreadable keeps every readable shot; the unreadable entries are
 * set aside under DROPPED_KEY and a notice says how many.
 */
import { create } from 'zustand';
import type { CatalogSet } from '../data/load';
import type { CameraBody, PresetShot } from '../data/schema';
import { frameFov } from '../lib/camera/fov';
import type { Pose } from '../lib/pose';
import { copyPose, makePose, poseFromDeg, poseToDeg } from '../lib/pose';
import { shotSizeOfPose } from '../lib/shots/figureShot';
import { dataUrlToBytes } from '../lib/shots/exportJson';
import { groupedOrder, insertShot, mergeShots, moveShot, nextShotName, restoreShot } from '../lib/shots/list';
import { pngSize } from '../lib/shots/png';
import type { Shot, ShotFigure, StillInfo } from '../lib/shots/schema';
import { newShotId } from '../lib/shots/schema';
import { DROPPED_KEY, STORAGE_KEY, appendDropped, parseStoredShots, serializeShots } from '../lib/shots/storage';
import { useCatalog } from './catalog';
import { useFrame } from './frame';
import { readMoveParam, formatMoveParam, useMoves } from './moves';
import { useNotices } from './notices';
import { usePrefs } from './prefs';
import { flyTo, jumpTo, rig } from './rig';
import { useViewer } from './viewer';

// ---------------------------------------------------------------------------------------------
// Capture binding (the canvas's <ShotCapture /> binds it while a model is shown)

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

// ---------------------------------------------------------------------------------------------
// Still storage (IndexedDB, with a memory fallback where it is unavailable)

export interface StillRecord {
  still: Blob;
  /** A small preview for the list (made lazily by the UI). */
  thumb?: Blob | undefined;
}

export interface StillStore {
  get(id: string): Promise<StillRecord | undefined>;
  put(id: string, record: StillRecord): Promise<void>;
  delete(id: string): Promise<void>;
  keys(): Promise<string[]>;
}

const DB_NAME = 'setscout-shots';
const DB_STORE = 'stills';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/** Stills in IndexedDB, one record per shot id. */
export function indexedDbStillStore(factory: IDBFactory = indexedDB): StillStore {
  let db: Promise<IDBDatabase> | null = null;
  const open = () => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const r = factory.open(DB_NAME, 1);
      r.onupgradeneeded = () => {
        if (!r.result.objectStoreNames.contains(DB_STORE)) r.result.createObjectStore(DB_STORE);
      };
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('IndexedDB could not be opened'));
      r.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    }).catch((err: unknown) => {
      db = null;
      throw err;
    });
    return db;
  };
  const tx = async <T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const d = await open();
    const t = d.transaction(DB_STORE, mode);
    const result = await request(fn(t.objectStore(DB_STORE)));
    if (mode === 'readwrite') {
      await new Promise<void>((resolve, reject) => {
        t.oncomplete = () => resolve();
        t.onerror = () => reject(t.error ?? new Error('IndexedDB write failed'));
        t.onabort = () => reject(t.error ?? new Error('IndexedDB write was aborted'));
      });
    }
    return result;
  };
  return {
    get: (id) => tx('readonly', (s) => s.get(id) as IDBRequest<StillRecord | undefined>),
    put: async (id, record) => {
      await tx('readwrite', (s) => s.put(record, id));
    },
    delete: async (id) => {
      await tx('readwrite', (s) => s.delete(id));
    },
    keys: async () => (await tx('readonly', (s) => s.getAllKeys())).map(String),
  };
}

/** Stills in memory only (tests; browsers without IndexedDB): lost on reload. */
export function memoryStillStore(): StillStore {
  const m = new Map<string, StillRecord>();
  return {
    get: async (id) => m.get(id),
    put: async (id, r) => {
      m.set(id, r);
    },
    delete: async (id) => {
      m.delete(id);
    },
    keys: async () => [...m.keys()],
  };
}

let stills: StillStore = typeof indexedDB !== 'undefined' ? indexedDbStillStore() : memoryStillStore();

/** The still storage in use. */
export function stillStore(): StillStore {
  return stills;
}

/** Replaces the still storage (tests). */
export function setStillStore(store: StillStore): void {
  stills = store;
}

// ---------------------------------------------------------------------------------------------
// Persistence of the list

function readStorage(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string): boolean {
  try {
    globalThis.localStorage?.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// The store

export interface PendingDelete {
  shot: Shot;
  index: number;
}

export interface ShotsState {
  shots: Shot[];
  /** Read from storage yet. */
  loaded: boolean;
  /** A capture (or a still being retaken) is under way. */
  busy: boolean;
  /** The last deleted shot, while it can still be brought back. */
  pendingDelete: PendingDelete | null;
  /** Bumped when a shot's still bytes change, so previews reload. */
  stillVersion: Record<string, number>;

  /** Reads the stored list (once; `force` re-reads, e.g. after another tab wrote it). */
  load: (force?: boolean) => void;
  add: (shot: Shot) => void;
  rename: (id: string, name: string) => void;
  setNote: (id: string, note: string) => void;
  move: (id: string, dir: -1 | 1) => void;
  /** Deletes a shot; undoDelete brings it back until the next delete or finishDelete. */
  remove: (id: string) => void;
  undoDelete: () => void;
  finishDelete: () => void;
  /** Empties the whole list (every set) and deletes the stills. */
  clear: () => Promise<void>;
  setStill: (id: string, still: StillInfo | null) => void;
  setBusy: (busy: boolean) => void;
}

function bumpStill(s: ShotsState, id: string): Record<string, number> {
  return { ...s.stillVersion, [id]: (s.stillVersion[id] ?? 0) + 1 };
}

export const useShots = create<ShotsState>()((set, get) => ({
  shots: [],
  loaded: false,
  busy: false,
  pendingDelete: null,
  stillVersion: {},

  load: (force = false) => {
    if (get().loaded && !force) return;
    const raw = readStorage(STORAGE_KEY);
    const read = parseStoredShots(raw);
    const shots = groupedOrder(read.shots);
    set({ shots, loaded: true });
    if (read.dropped > 0) {
      writeStorage(DROPPED_KEY, appendDropped(readStorage(DROPPED_KEY), read.droppedRaw, new Date().toISOString()));
      writeStorage(STORAGE_KEY, serializeShots(shots));
      const push = useNotices.getState().push;
      if (read.unreadable) push({ key: 'shots.storedUnreadable', vars: { key: DROPPED_KEY }, tone: 'warn' });
      else push({ key: 'shots.storedDropped', vars: { count: read.dropped, key: DROPPED_KEY }, tone: 'warn' });
    }
    if (!force) void sweepOrphanStills(shots);
  },
  add: (shot) => set({ shots: insertShot(get().shots, shot) }),
  rename: (id, name) => {
    const clean = name.trim().slice(0, 200);
    if (!clean) return;
    set({ shots: get().shots.map((s) => (s.id === id ? { ...s, name: clean } : s)) });
  },
  setNote: (id, note) => set({ shots: get().shots.map((s) => (s.id === id ? { ...s, note: note.slice(0, 4000) } : s)) }),
  move: (id, dir) => set({ shots: moveShot(get().shots, id, dir) }),
  remove: (id) => {
    get().finishDelete();
    const list = get().shots;
    const index = list.findIndex((s) => s.id === id);
    const shot = list[index];
    if (!shot) return;
    set({ shots: list.filter((s) => s.id !== id), pendingDelete: { shot, index } });
  },
  undoDelete: () => {
    const p = get().pendingDelete;
    if (!p) return;
    set({ shots: restoreShot(get().shots, p.shot, p.index), pendingDelete: null });
  },
  finishDelete: () => {
    const p = get().pendingDelete;
    if (!p) return;
    set({ pendingDelete: null });
    if (!get().shots.some((s) => s.id === p.shot.id)) void stills.delete(p.shot.id).catch(() => {});
  },
  clear: async () => {
    const ids = get().shots.map((s) => s.id);
    const pending = get().pendingDelete?.shot.id;
    set({ shots: [], pendingDelete: null });
    await Promise.all([...ids, ...(pending ? [pending] : [])].map((id) => stills.delete(id).catch(() => {})));
  },
  setStill: (id, still) => set({ shots: get().shots.map((s) => (s.id === id ? { ...s, still } : s)), stillVersion: bumpStill(get(), id) }),
  setBusy: (busy) => set({ busy }),
}));

/** Deletes stills no shot refers to (left by a delete whose undo window closed with the page). */
async function sweepOrphanStills(shots: readonly Shot[]): Promise<void> {
  try {
    const keep = new Set(shots.map((s) => s.id));
    for (const key of await stills.keys()) if (!keep.has(key)) await stills.delete(key);
  } catch {
    // Storage unavailable: nothing to sweep.
  }
}

let lastWritten: string | null = null;
let warnedFull = false;
useShots.subscribe((state, prev) => {
  if (!state.loaded || state.shots === prev.shots) return;
  const text = serializeShots(state.shots);
  if (text === lastWritten) return;
  if (writeStorage(STORAGE_KEY, text)) {
    lastWritten = text;
    warnedFull = false;
  } else if (!warnedFull) {
    warnedFull = true;
    useNotices.getState().push({ key: 'shots.storageFull', tone: 'error' });
  }
});

// Another tab changed the list: follow it (its stills are in the same IndexedDB).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === STORAGE_KEY && useShots.getState().loaded && e.newValue !== lastWritten) {
      lastWritten = e.newValue;
      useShots.getState().load(true);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Actions across stores

/** A sensor for when the camera catalog cannot be read: full frame (as frame mode's fallback body). */
const FALLBACK_SENSOR = { width: 36, height: 24, mode: 'full frame' };

export function findBody(id: string): CameraBody | undefined {
  return useCatalog.getState().catalog?.cameras?.bodies.find((b) => b.id === id);
}

/**
 * The 9:16 frame's field of view for a body, lens and orientation; an unknown body falls back
 * the way frame mode's optics do (the catalog's first body, else full frame).
 */
export function shotFov(bodyId: string, lens: number, orient: Shot['orient']): { hfovDeg: number; vfovDeg: number } {
  const body = findBody(bodyId) ?? useCatalog.getState().catalog?.cameras?.bodies[0];
  const f = frameFov({ sensor: body?.sensor ?? FALLBACK_SENSOR }, lens, orient);
  return { hfovDeg: f.hfovDeg, vfovDeg: f.vfovDeg };
}

const round = (v: number, d: number) => {
  const f = 10 ** d;
  const r = Math.round(v * f) / f;
  return r === 0 ? 0 : r;
};

function figuresOf(list: readonly { kind: ShotFigure['kind']; pose: ShotFigure['pose']; position: readonly number[]; yawDeg: number }[]): ShotFigure[] {
  return list.map((f) => ({
    kind: f.kind,
    pose: f.pose,
    position: [round(f.position[0] ?? 0, 4), round(f.position[1] ?? 0, 4), round(f.position[2] ?? 0, 4)],
    yawDeg: round(f.yawDeg, 3),
  }));
}

/** The camera move being edited, in the move= codec; null when there is none. */
function movesText(): string | null {
  const m = useMoves.getState().history.present;
  return m.keyframes.length ? formatMoveParam(m) : null;
}

/** Everything a shot records about the current view, read at one instant. */
export function snapshotView(): { params: Omit<Shot, 'id' | 'name' | 'note' | 'createdAt' | 'still' | 'presetId'>; view: StillView } {
  const setId = useViewer.getState().setId ?? 'unknown';
  const frame = useFrame.getState();
  const pose = copyPose(rig.pose, makePose());
  const d = poseToDeg(pose);
  const fov = shotFov(frame.bodyId, frame.focalMm, frame.orient);
  const figures = figuresOf(frame.figures);
  const selected = frame.figures.findIndex((f) => f.id === frame.selectedFigure);
  const judged = shotSizeOfPose(pose, fov.vfovDeg, figures, selected >= 0 ? selected : null);
  return {
    params: {
      setId,
      camera: {
        position: [round(d.position[0], 4), round(d.position[1], 4), round(d.position[2], 4)],
        yawDeg: round(d.yawDeg, 3),
        pitchDeg: round(d.pitchDeg, 3),
        rollDeg: round(d.rollDeg, 3),
      },
      body: frame.bodyId,
      lens: frame.focalMm,
      orient: frame.orient,
      hfovDeg: round(fov.hfovDeg, 3),
      vfovDeg: round(fov.vfovDeg, 3),
      shotSize: judged?.shotSize ?? null,
      figures,
      move: movesText(),
    },
    view: { pose, vfovDeg: fov.vfovDeg },
  };
}

const PNG_STILL: StillInfo = { width: STILL_WIDTH, height: STILL_HEIGHT, type: 'image/png' };

/** Stores a still for a shot; on failure the shot keeps no still and a notice says why. */
async function storeStill(id: string, blob: Blob): Promise<boolean> {
  try {
    await stills.put(id, { still: blob });
    return true;
  } catch (err) {
    useNotices.getState().push({ key: 'shots.stillNotStored', vars: { message: err instanceof Error ? err.message : String(err) }, tone: 'error' });
    return false;
  }
}

/** Resolves after the next paint (a frame, then a task), or at once where there are no frames. */
function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Renders a still with no stand-in selected: the selected figure is drawn in the accent colour
 * with a floor ring, an on-screen aid that does not belong in the picture. The selection is
 * cleared, React gets a frame to apply that, and it is put back afterwards.
 */
async function stillWithoutSelection(view: StillView): Promise<Blob> {
  const selected = useFrame.getState().selectedFigure;
  if (selected !== null) useFrame.getState().selectFigure(null);
  try {
    await afterPaint();
    if (selected !== null) {
      rig.invalidate();
      await afterPaint();
    }
    return await shotCapture.captureStill(view);
  } finally {
    const f = useFrame.getState();
    if (selected !== null && f.selectedFigure === null && f.figures.some((x) => x.id === selected)) f.selectFigure(selected);
  }
}

/**
 * Captures the current view as a new shot: parameters and still from the same instant.
 * Resolves with the shot, or rejects when the 3D view cannot render.
 */
export async function captureShot(): Promise<Shot> {
  const store = useShots.getState();
  store.load();
  if (!shotCapture.bound) throw new Error('The 3D view is not ready');
  // Parameters and pose are read now, at the press; the render waits until the press has been
  // handled and "rendering…" painted, since it holds the main thread for a moment.
  const { params, view } = snapshotView();
  store.setBusy(true);
  try {
    const blob = await stillWithoutSelection(view);
    const lang = usePrefs.getState().lang;
    const shot: Shot = { ...params, id: newShotId(), name: nextShotName(useShots.getState().shots, lang), note: '', createdAt: new Date().toISOString(), presetId: null, still: null };
    const stored = await storeStill(shot.id, blob);
    useShots.getState().add({ ...shot, still: stored ? PNG_STILL : null });
    return useShots.getState().shots.find((s) => s.id === shot.id) ?? shot;
  } finally {
    useShots.getState().setBusy(false);
  }
}

/** Puts the frame store in a shot's state: body, lens, orientation, stand-ins (as a preset link does). */
function applyFrame(s: { body: string; lens: number; orient: Shot['orient']; figures: readonly ShotFigure[] }): void {
  const frame = useFrame.getState();
  frame.loadPreset({
    body: findBody(s.body) || !useCatalog.getState().catalog?.cameras ? s.body : frame.bodyId,
    lens: s.lens,
    orient: s.orient,
    figures: s.figures.map((f) => ({ kind: f.kind, pose: f.pose, position: [f.position[0], f.position[1], f.position[2]], yawDeg: f.yawDeg })),
  });
  // Let the lens picker choose a set that has this focal length.
  frame.setLensSet(null);
}

/** Flies back to a shot of the current set and restores its body, lens, orientation and stand-ins. */
export function openShot(s: Pick<Shot, 'camera' | 'body' | 'lens' | 'orient' | 'figures'> & Partial<Pick<Shot, 'move'>>, how: 'fly' | 'jump' = 'fly'): void {
  applyFrame(s);
  // A shot with a move brings its move back, at the start (a shot without one leaves the move being edited alone).
  const move = s.move ? readMoveParam(s.move) : null;
  if (move && typeof move !== 'string') {
    useMoves.getState().load(move, 0);
    return;
  }
  const pose = poseFromDeg(s.camera);
  if (how === 'jump') jumpTo(pose);
  else flyTo(pose);
}

/** A catalog preset as a shot's fields. */
export function presetAsShotFields(p: PresetShot): Pick<Shot, 'camera' | 'body' | 'lens' | 'orient' | 'figures' | 'hfovDeg' | 'vfovDeg' | 'shotSize'> {
  const camera = { position: p.camera.position, yawDeg: p.camera.yawDeg, pitchDeg: p.camera.pitchDeg, rollDeg: p.camera.rollDeg ?? 0 } as Shot['camera'];
  const figures = figuresOf(p.figures);
  const fov = shotFov(p.body, p.lens, p.orient);
  const judged = shotSizeOfPose(poseFromDeg(camera), fov.vfovDeg, figures, null);
  return { camera, body: p.body, lens: p.lens, orient: p.orient, figures, hfovDeg: round(fov.hfovDeg, 3), vfovDeg: round(fov.vfovDeg, 3), shotSize: judged?.shotSize ?? null };
}

/** Adds a catalog preset to the list (without a still until one is taken). */
export function addPreset(set: Pick<CatalogSet, 'id'>, p: PresetShot): Shot {
  useShots.getState().load();
  const lang = usePrefs.getState().lang;
  const shot: Shot = {
    ...presetAsShotFields(p),
    move: null,
    id: newShotId(),
    setId: set.id,
    name: p.name[lang],
    note: p.description[lang],
    createdAt: new Date().toISOString(),
    presetId: p.id,
    still: null,
  };
  useShots.getState().add(shot);
  return shot;
}

/**
 * Takes the still of a listed shot of the current set: jumps there with its settings, lets the
 * stand-ins render, then captures with the shot's own pose and lens. The camera stays there.
 */
export async function retakeStill(id: string): Promise<void> {
  const shot = useShots.getState().shots.find((s) => s.id === id);
  if (!shot || !shotCapture.bound) return;
  useShots.getState().setBusy(true);
  try {
    openShot(shot, 'jump');
    // React renders the restored stand-ins on its next commit; a frame covers it.
    await afterPaint();
    const blob = await stillWithoutSelection({ pose: poseFromDeg(shot.camera), vfovDeg: shotFov(shot.body, shot.lens, shot.orient).vfovDeg });
    if (await storeStill(id, blob)) useShots.getState().setStill(id, PNG_STILL);
  } finally {
    useShots.getState().setBusy(false);
  }
}

/**
 * Adds imported shots (merging: a shot whose id is already listed is replaced in place) and
 * stores the stills that came with them. A shot without an image keeps a still already stored
 * under its id, else it is listed without one.
 */
export async function importShots(incoming: readonly Shot[], images: ReadonlyMap<string, string>): Promise<{ added: number; replaced: number }> {
  useShots.getState().load();
  let have: Set<string>;
  try {
    have = new Set(await stills.keys());
  } catch {
    have = new Set();
  }
  const ready: Shot[] = [];
  for (const s of incoming) {
    const url = images.get(s.id);
    const decoded = url ? dataUrlToBytes(url) : null;
    if (decoded) {
      const size = decoded.type === 'image/png' ? pngSize(decoded.bytes) : null;
      const info: StillInfo = { width: size?.width ?? s.still?.width ?? STILL_WIDTH, height: size?.height ?? s.still?.height ?? STILL_HEIGHT, type: decoded.type as StillInfo['type'] };
      const ok = await storeStill(s.id, new Blob([decoded.bytes as Uint8Array<ArrayBuffer>], { type: decoded.type }));
      ready.push({ ...s, still: ok ? info : null });
    } else {
      ready.push({ ...s, still: have.has(s.id) ? (s.still ?? PNG_STILL) : null });
    }
  }
  const r = mergeShots(useShots.getState().shots, ready);
  const version = { ...useShots.getState().stillVersion };
  for (const s of ready) version[s.id] = (version[s.id] ?? 0) + 1;
  useShots.setState({ shots: r.list, stillVersion: version });
  return { added: r.added, replaced: r.replaced };
}
