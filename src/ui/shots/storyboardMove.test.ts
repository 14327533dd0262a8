import { afterEach, describe, expect, it } from 'vitest';
import { formatMove } from '../../lib/moves/codec';
import { appendPreset, buildPreset } from '../../lib/moves/presets';
import type { MoveSample } from '../../lib/moves/types';
import { DEG } from '../../lib/motion/pose';
import type { MoveFrameView } from '../../state/moves';
import { bindMoveRender } from '../../state/moves';
import { useViewer } from '../../state/viewer';
import { drawPlanPath, storyboardMoveOf } from './storyboardMove';

const start: MoveSample = { pose: { x: 1, y: 1.5, z: 2, yaw: 0, pitch: 0, roll: 0 }, focalMm: 35, focusM: 3 };
// A push-in of 2 m (toward −Z) over 2 s, then a pan left of 30° over 1 s.
const move = formatMove(appendPreset(buildPreset('push-in', { start, amount: 2, duration: 2 }), 'pan-left', { start, amount: 30, duration: 1 }));
const shot = { move, setId: 'courtroom', lens: 35, vfovDeg: 40 };
let unbind = () => {};
afterEach(() => unbind());

describe('storyboard: a shot with a move', () => {
  it('has its path on the floor from the first keyframe to the last, and no frames without the 3D view', async () => {
    const m = (await storyboardMoveOf(shot))!;
    expect(m.duration).toBeCloseTo(3, 6);
    expect(m.first).toBeNull();
    expect([m.path[0], m.path[1]]).toEqual([1, 2]);
    expect(m.path[m.path.length - 1]).toBeCloseTo(0, 6); // 2 m toward −Z
    expect(await storyboardMoveOf({ ...shot, move: null })).toBeNull();
  });

  it('renders the first and last frames at t = 0 and t = end, at the lens field of view, only in the shot\'s set', async () => {
    const views: MoveFrameView[] = [];
    unbind = bindMoveRender({
      renderFrame: (view, width, height) => {
        views.push({ pose: { ...view.pose }, vfovDeg: view.vfovDeg });
        return { width, height, data: new Uint8ClampedArray(width * height * 4) };
      },
    });
    useViewer.setState({ setId: 'another-set' });
    await storyboardMoveOf(shot);
    expect(views).toHaveLength(0);
    useViewer.setState({ setId: 'courtroom' });
    await storyboardMoveOf(shot);
    expect(views).toHaveLength(2);
    expect(views[0]!.pose.z).toBeCloseTo(2, 6);
    expect(views[1]!.pose.z).toBeCloseTo(0, 6);
    expect(views[1]!.pose.yaw / DEG).toBeCloseTo(30, 6);
    expect(views[0]!.vfovDeg).toBeCloseTo(40, 6);
  });

  it('draws the path over the plan box, starting where the move starts', () => {
    const calls: [string, number, number][] = [];
    const ctx = new Proxy(
      {},
      {
        get: (_, k: string) => (k === 'moveTo' || k === 'lineTo' || k === 'arc' ? (x: number, y: number) => calls.push([k, x, y]) : () => {}),
        set: () => true,
      },
    ) as unknown as CanvasRenderingContext2D;
    const plan = { bounds: { minX: -5, maxX: 5, minZ: -5, maxZ: 5 }, floor: new Float32Array(0), obstacles: new Float32Array(0) };
    const m = { duration: 1, first: null, last: null, path: new Float64Array([-5, -5, 5, 5]) };
    drawPlanPath(ctx, plan as never, m, 100, 50, 100, 100);
    expect(calls[0]![0]).toBe('moveTo');
    expect(calls[0]![1]).toBeCloseTo(105, 6); // the 5 % pad inside the box
    expect(calls[1]).toEqual(['lineTo', expect.closeTo(195, 6), expect.closeTo(145, 6)]);
  });
});
