/**
 * Actions across stores: capture a shot, add a preset, retake a still, import a list.
 */
import type { CatalogSet } from '../../data/load';
import type { PresetShot } from '../../data/schema';
import { dataUrlToBytes } from '../../lib/shots/exportJson';
import { mergeShots, nextShotName } from '../../lib/shots/list';
import { pngSize } from '../../lib/shots/png';
import type { Shot, StillInfo } from '../../lib/shots/shot';
import { newShotId } from '../../lib/shots/shot';
import { poseFromDeg } from '../../lib/motion/pose';
import { useFrameStore } from '../frame';
import { useNotices } from '../notices';
import { usePrefs } from '../prefs';
import { rig } from '../rig';
import { STILL_HEIGHT, STILL_WIDTH, shotCapture, type StillView } from './capture';
import { stillStore } from './stills';
import { useShots } from './store';
import { openShot, presetAsShotFields, shotFov, snapshotView } from './view';

const PNG_STILL: StillInfo = { width: STILL_WIDTH, height: STILL_HEIGHT, type: 'image/png' };

/** Stores a still for a shot; on failure the shot keeps no still and a notice says why. */
async function storeStill(id: string, blob: Blob): Promise<boolean> {
  try {
    await stillStore().put(id, { still: blob });
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
  const selected = useFrameStore.getState().selectedFigure;
  if (selected !== null) useFrameStore.getState().selectFigure(null);
  try {
    await afterPaint();
    if (selected !== null) {
      rig.invalidate();
      await afterPaint();
    }
    return await shotCapture.captureStill(view);
  } finally {
    const f = useFrameStore.getState();
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
    have = new Set(await stillStore().keys());
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
