import { describe, expect, it } from 'vitest';
import { Declutter } from './declutter';

/** Markers as [x, y, distance]; labels 120 × 36, dots 36 × 36. */
function layout(d: Declutter, markers: readonly (readonly [number, number, number])[]): boolean[] {
  d.resize(markers.length);
  markers.forEach(([x, y, dist], i) => d.setItem(i, x, y, 120, 36, 36, 36, dist));
  d.run();
  return markers.map((_, i) => d.isFull(i));
}

describe('Declutter', () => {
  it('labels that do not touch all show', () => {
    expect(layout(new Declutter(), [[100, 100, 5], [400, 100, 6], [100, 300, 7]])).toEqual([true, true, true]);
  });

  it('of two overlapping labels the nearer marker keeps its label, whatever the order given', () => {
    expect(layout(new Declutter(), [[100, 100, 8], [150, 110, 4]])).toEqual([false, true]);
    expect(layout(new Declutter(), [[150, 110, 4], [100, 100, 8]])).toEqual([true, false]);
  });

  it('a label may not cover a nearer marker, even a collapsed one', () => {
    const d = new Declutter();
    d.resizeKeepOut(1);
    d.setKeepOut(0, 0, 500, 400, 60); // a toolbar along the bottom
    // The near marker's label would cross the toolbar: it collapses; the far label would cover its dot.
    expect(layout(d, [[100, 480, 2], [150, 460, 9]])).toEqual([false, false]);
    // A nearer label may cover a farther dot (drawn above it): nearest first.
    expect(layout(new Declutter(), [[100, 100, 2], [175, 100, 9]])).toEqual([true, false]);
  });

  it('a collapsed marker does not block a third label: only placed labels and dots do', () => {
    // A (nearest) and B overlap; C is clear of A's label and of B's dot, not of B's label.
    expect(layout(new Declutter(), [[100, 100, 1], [160, 140, 2], [260, 180, 3]])).toEqual([true, false, true]);
  });

  it('labels keep out of the controls', () => {
    const d = new Declutter();
    d.resizeKeepOut(1);
    d.setKeepOut(0, 0, 500, 400, 60); // a toolbar along the bottom
    expect(layout(d, [[100, 480, 3], [100, 200, 3]])).toEqual([false, true]);
    d.resizeKeepOut(0);
    expect(layout(d, [[100, 480, 3], [100, 200, 3]])).toEqual([true, true]);
  });

  it('markers not on screen neither show nor block', () => {
    expect(layout(new Declutter(), [[100, 100, -1], [150, 110, 8]])).toEqual([false, true]);
    expect(layout(new Declutter(), [[100, 100, Number.NaN], [150, 110, 8]])).toEqual([false, true]);
  });

  it('is stable: near-equal distances swapping, and edges touching by a pixel, do not flip labels', () => {
    const d = new Declutter();
    expect(layout(d, [[100, 100, 5], [160, 100, 5.2]])).toEqual([true, false]);
    // The second marker becomes slightly nearer: the shown label stays.
    expect(layout(d, [[100, 100, 5.1], [160, 100, 5.0]])).toEqual([true, false]);
    // Clearly nearer: it takes over.
    expect(layout(d, [[100, 100, 6], [160, 100, 4]])).toEqual([false, true]);

    // Two labels 8 px apart keep showing while they close in to a 2 px overlap ...
    const e = new Declutter();
    for (const x of [228, 224, 220, 218]) expect(layout(e, [[100, 100, 3], [x, 100, 4]])).toEqual([true, true]);
    // ... and a collapsed label stays collapsed until it is clearly clear.
    const f = new Declutter();
    expect(layout(f, [[100, 100, 3], [200, 100, 4]])).toEqual([true, false]);
    expect(layout(f, [[100, 100, 3], [218, 100, 4]])).toEqual([true, false]);
    expect(layout(f, [[100, 100, 3], [230, 100, 4]])).toEqual([true, true]);
    expect(layout(f, [[100, 100, 3], [218, 100, 4]])).toEqual([true, true]);
  });

  it('grows for more markers and forgets markers that went away', () => {
    const d = new Declutter();
    const many = Array.from({ length: 40 }, (_, i) => [100 + (i % 8) * 150, 100 + Math.floor(i / 8) * 60, i + 1] as const);
    expect(layout(d, many).every(Boolean)).toBe(true);
    expect(layout(d, many.slice(0, 3))).toEqual([true, true, true]);
    d.resize(40);
    expect(d.isFull(10)).toBe(false);
  });
});
