// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog, CatalogSet } from '../../data/load';
import type { CameraCatalog } from '../../data/schema';
import { frameFov } from '../../lib/camera/fov';
import { copyPose, makePose } from '../../lib/motion/pose';
import { buildShotFile } from '../../lib/shots/exportJson';
import { makeShot } from '../../../tests/fixtures/shots';
import { STORAGE_KEY, serializeShots } from '../../data/shotStorage';
import { useCatalog } from '../../state/catalog';
import { useFrameStore } from '../../state/frame';
import { useNotices } from '../../state/notices';
import { usePrefs } from '../../state/prefs';
import { rig } from '../../state/rig';
import { bindShotCapture, memoryStillStore, setStillStore, stillStore, useShots } from '../../state/shots';
import { useViewer } from '../../state/viewer';
import { ShotListPanel } from './ShotListPanel';

const cameras = JSON.parse(readFileSync('scenes/cameras.json', 'utf8')) as CameraCatalog;
const courtroom = JSON.parse(readFileSync('scenes/quzhou/sets/courtroom.json', 'utf8')) as CatalogSet;
const set: CatalogSet = { ...courtroom, baseId: 'quzhou', file: 'scenes/quzhou/sets/courtroom.json' };
const catalog = {
  index: {},
  bases: [{ status: 'ok', file: 'scenes/quzhou/base.json', base: {}, sets: [set, { ...set, id: 'subway-platform', name: { zh: '地铁站台', en: 'Subway platform' }, shots: [] }], problems: [] }],
  cameras,
  cameraProblems: [],
} as unknown as Catalog;

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
let captures = 0;
let selectedAtCapture: number | null | undefined;
let unbind = () => {};

beforeEach(() => {
  localStorage.clear();
  setStillStore(memoryStillStore());
  useShots.setState({ shots: [], loaded: false, busy: false, pendingDelete: null, stillVersion: {} });
  useNotices.getState().clear();
  usePrefs.setState({ lang: 'zh' });
  useCatalog.setState({ status: 'ready', catalog });
  useViewer.setState({ setId: 'courtroom', ready: true });
  useFrameStore.setState({ bodyId: 'arri-alexa-35', focalMm: 35, orient: 'portrait', figures: [], selectedFigure: null });
  copyPose(makePose(0, 1.6, 3), rig.pose);
  captures = 0;
  unbind = bindShotCapture({
    captureStill: async () => {
      captures++;
      selectedAtCapture = useFrameStore.getState().selectedFigure;
      return new Blob([PNG], { type: 'image/png' });
    },
  });
});

afterEach(() => {
  cleanup();
  unbind();
});

const items = () => screen.queryAllByTestId('shot-item');
const names = () => items().map((li) => (within(li).getByTestId('shot-name') as HTMLInputElement).value);

async function capture() {
  const before = items().length;
  fireEvent.click(screen.getByTestId('shot-capture'));
  await waitFor(() => expect(items()).toHaveLength(before + 1));
}

describe('ShotListPanel', () => {
  it('captures a shot with its parameters, still and default name, and keeps it in storage', async () => {
    useFrameStore.getState().setFigures([{ kind: 'adult-175', pose: 'standing', position: [0, 0, 0], yawDeg: 0 }]);
    render(<ShotListPanel set={set} />);
    expect(screen.getByTestId('shot-empty')).toBeTruthy();
    await capture();
    expect(captures).toBe(1);
    // The selection highlight is not in the still; the selection comes back afterwards.
    expect(selectedAtCapture).toBeNull();
    await waitFor(() => expect(useFrameStore.getState().selectedFigure).toBe(useFrameStore.getState().figures[0]!.id));
    expect(names()).toEqual(['镜头 1']);
    const shot = useShots.getState().shots[0]!;
    expect(shot).toMatchObject({ setId: 'courtroom', body: 'arri-alexa-35', lens: 35, orient: 'portrait', camera: { position: [0, 1.6, 3], yawDeg: 0, pitchDeg: 0, rollDeg: 0 }, still: { width: 1080, height: 1920, type: 'image/png' } });
    const alexa = cameras.bodies.find((b) => b.id === 'arri-alexa-35')!;
    expect(shot.vfovDeg).toBeCloseTo(frameFov(alexa, 35, 'portrait').vfovDeg, 2);
    expect(shot.shotSize).toBe('medium-long'); // 3 m with 43.6°: the frame's bottom edge cuts at the shins
    expect(shot.figures).toEqual([{ kind: 'adult-175', pose: 'standing', position: [0, 0, 0], yawDeg: 0 }]);
    expect(await stillStore().get(shot.id)).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).shots[0].id).toBe(shot.id);
    await waitFor(() => expect(screen.getByTestId('shot-status').textContent).toContain('镜头 1'));
    const link = within(items()[0]!).getByTestId('shot-link').getAttribute('href')!;
    expect(link).toContain('/sets/courtroom?lang=zh&mode=frame&cam=0,1.6,3,0,0&body=arri-alexa-35&lens=35&orient=portrait');
    await capture();
    expect(names()).toEqual(['镜头 1', '镜头 2']);
  });

  it('renames (Enter commits, Escape reverts) and keeps notes', async () => {
    render(<ShotListPanel set={set} />);
    await capture();
    const input = within(items()[0]!).getByTestId('shot-name') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '宣判 特写' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(useShots.getState().shots[0]!.name).toBe('宣判 特写');
    fireEvent.change(input, { target: { value: 'oops' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('宣判 特写');
    const note = within(items()[0]!).getByTestId('shot-note');
    fireEvent.change(note, { target: { value: '逆光，注意国徽反光' } });
    fireEvent.blur(note);
    expect(useShots.getState().shots[0]!.note).toBe('逆光，注意国徽反光');
  });

  it('reorders with the buttons and with Alt+arrow keys, within the set', async () => {
    render(<ShotListPanel set={set} />);
    await capture();
    await capture();
    await capture();
    expect((within(items()[0]!).getByTestId('shot-up') as HTMLButtonElement).disabled).toBe(true);
    expect((within(items()[2]!).getByTestId('shot-down') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(items()[0]!).getByTestId('shot-down'));
    expect(names()).toEqual(['镜头 2', '镜头 1', '镜头 3']);
    fireEvent.keyDown(within(items()[2]!).getByTestId('shot-open'), { key: 'ArrowUp', altKey: true });
    expect(names()).toEqual(['镜头 2', '镜头 3', '镜头 1']);
  });

  it('deletes with undo (button or Delete key), then lets the still go', async () => {
    render(<ShotListPanel set={set} />);
    await capture();
    await capture();
    const id = useShots.getState().shots[0]!.id;
    fireEvent.click(within(items()[0]!).getByTestId('shot-delete'));
    expect(names()).toEqual(['镜头 2']);
    fireEvent.click(screen.getByTestId('shot-undo'));
    expect(names()).toEqual(['镜头 1', '镜头 2']);
    fireEvent.keyDown(within(items()[0]!).getByTestId('shot-open'), { key: 'Delete' });
    expect(names()).toEqual(['镜头 2']);
    // Typing Delete in the name field edits text, it does not delete the shot.
    fireEvent.keyDown(within(items()[0]!).getByTestId('shot-name'), { key: 'Delete' });
    expect(names()).toEqual(['镜头 2']);
    await act(async () => {
      useShots.getState().finishDelete();
      await Promise.resolve();
    });
    expect(await stillStore().get(id)).toBeUndefined();
    expect(screen.queryByTestId('shot-undo')).toBeNull();
  });

  it('suggests the set’s preset shots: apply in place, add to list, link by id', async () => {
    render(<ShotListPanel set={set} />);
    const presets = screen.getAllByTestId('shot-preset');
    expect(presets).toHaveLength(4);
    const first = presets[0]!;
    expect(first.textContent).toContain('宣判仰拍');
    expect(within(first).getByTestId('shot-preset-link').getAttribute('href')).toMatch(/\/sets\/courtroom\?lang=zh&mode=frame&shot=verdict-low-angle$/);
    fireEvent.click(within(presets[1]!).getByTestId('shot-preset-apply'));
    expect(useFrameStore.getState()).toMatchObject({ bodyId: 'sony-venice-2', focalMm: 50, orient: 'crop' });
    expect(useFrameStore.getState().figures).toHaveLength(1);
    expect(rig.flight).not.toBeNull();
    fireEvent.click(within(first).getByTestId('shot-preset-add'));
    expect(names()).toEqual(['宣判仰拍']);
    expect(useShots.getState().shots[0]).toMatchObject({ presetId: 'verdict-low-angle', lens: 32, still: null, note: expect.stringContaining('国徽') });
    expect(within(items()[0]!).getByTestId('shot-take-still')).toBeTruthy();
  });

  it('shows other sets’ shots folded in their own group, opening by link', () => {
    useShots.setState({ shots: [makeShot({ id: 'a', setId: 'subway-platform', name: '站台 1' }), makeShot({ id: 'b', name: '法庭 1' })], loaded: true });
    render(<ShotListPanel set={set} />);
    const groups = screen.getAllByTestId('shot-group');
    expect(groups.map((g) => g.dataset.setId)).toEqual(['subway-platform', 'courtroom']);
    expect(groups[0]!.tagName).toBe('DETAILS');
    expect(within(groups[0]!).getByTestId('shot-open-other').getAttribute('href')).toContain('/sets/subway-platform?');
    expect(groups[0]!.textContent).toContain('地铁站台');
  });

  it('reads a partly corrupt stored list: keeps the good shots and says how many were dropped', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, shots: [makeShot({ id: 'good' }), { id: 'bad' }, { ...makeShot({ id: 'bad2' }), lens: -1 }] }));
    render(<ShotListPanel set={set} />);
    expect(names()).toEqual(['镜头 1']);
    const notice = useNotices.getState().notices.find((n) => n.key === 'shots.storedDropped');
    expect(notice?.vars).toMatchObject({ count: 2 });
    expect(JSON.parse(localStorage.getItem('setscout.shots.v1.dropped')!)).toHaveLength(2);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).shots).toHaveLength(1);
  });

  it('imports a JSON file (merging) and reports a bad one precisely', async () => {
    render(<ShotListPanel set={set} />);
    const input = screen.getByTestId('shots-import-file') as HTMLInputElement;
    const good = new File([buildShotFile([makeShot({ id: 'x1', name: 'Imported' })], new Date())], 'list.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [good] } });
    await waitFor(() => expect(names()).toEqual(['Imported']));
    expect(useShots.getState().shots[0]!.still).toBeNull();

    const bad = new File([JSON.stringify({ format: 'setscout-shots', version: 1, shots: [{ ...makeShot(), lens: 'wide' }] })], 'bad.json');
    fireEvent.change(input, { target: { files: [bad] } });
    const problems = await screen.findByTestId('shots-import-problems');
    expect(problems.textContent).toContain('bad.json');
    expect(problems.textContent).toContain('$.shots[0].lens');
    expect(names()).toEqual(['Imported']);
  });

  it('clears the whole list after confirmation', async () => {
    useShots.setState({ shots: [makeShot({ id: 'a' }), makeShot({ id: 'b', setId: 'subway-platform' })], loaded: true });
    render(<ShotListPanel set={set} />);
    fireEvent.click(screen.getByTestId('shots-clear'));
    fireEvent.click(await screen.findByTestId('shots-clear-confirm'));
    await waitFor(() => expect(items()).toHaveLength(0));
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).shots).toEqual([]);
  });

  it('speaks English', async () => {
    usePrefs.setState({ lang: 'en' });
    render(<ShotListPanel set={set} />);
    expect(screen.getByTestId('shot-capture').textContent).toContain('Capture shot');
    await capture();
    expect(names()).toEqual(['Shot 1']);
    expect(screen.getAllByTestId('shot-preset')[0]!.textContent).toContain('Verdict, low angle');
  });

  it('keeps serialised lists readable', () => {
    expect(serializeShots([])).toBe('{"version":1,"shots":[]}');
  });
});
