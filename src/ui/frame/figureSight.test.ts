// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALL_VISIBLE } from '../../lib/framing/figureVisibility';
import type { SightWorld } from '../../lib/framing/figureVisibility';
import type { FigureInput } from '../../lib/framing/frameShot';
import { makePose } from '../../lib/motion/pose';
import { onFrameLive } from '../../state/frame';
import { bindSight } from '../../state/sight';
import { THROTTLE_MS, figureSight } from './figureSight';

/** A world where every sight line below `cut` metres is blocked; counts its rays. */
function wall(cut: number) {
  const w = { rays: 0, cut, segmentBlocked: (_ax: number, _ay: number, _az: number, _bx: number, by: number) => (w.rays++, by < w.cut) };
  return w satisfies SightWorld;
}

const figure: FigureInput = { position: [0, 0, -4], kind: 'adult-175', pose: 'standing' };

describe('figureSight', () => {
  afterEach(() => vi.useRealTimers());

  it('all visible with no set bound or no figure', () => {
    expect(figureSight(makePose(0, 1.6, 0), figure, 0)).toBe(ALL_VISIBLE);
    const off = bindSight(wall(10));
    expect(figureSight(makePose(0, 1.6, 0), null, 0)).toBe(ALL_VISIBLE);
    off();
  });

  it('casts once per pose, at most every THROTTLE_MS while moving, and once more when the camera settles', () => {
    vi.useFakeTimers();
    const w = wall(1);
    const off = bindSight(w);
    const pose = makePose(0, 1.6, 0);
    const first = figureSight(pose, figure, 1000);
    expect(first).not.toBe(ALL_VISIBLE);
    const rays = w.rays;
    expect(rays).toBeGreaterThan(0);
    // The same view again: nothing cast.
    expect(figureSight(pose, figure, 1005)).toBe(first);
    expect(w.rays).toBe(rays);
    // Moving: the next casts wait for the throttle; the last mask stands meanwhile.
    w.cut = -1;
    let late = 0;
    const offLive = onFrameLive(() => late++);
    expect(figureSight(makePose(0.1, 1.6, 0), figure, 1010)).toBe(first);
    expect(figureSight(makePose(0.2, 1.6, 0), figure, 1020)).toBe(first);
    expect(w.rays).toBe(rays);
    // The camera stops: one trailing run is asked for, and it casts.
    vi.advanceTimersByTime(THROTTLE_MS);
    expect(late).toBe(1);
    expect(figureSight(makePose(0.2, 1.6, 0), figure, 1000 + THROTTLE_MS + 1)).toBe(ALL_VISIBLE);
    expect(w.rays).toBeGreaterThan(rays);
    offLive();
    off();
  });
});
