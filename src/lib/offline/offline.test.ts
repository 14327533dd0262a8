import { describe, expect, it } from 'vitest';
import { basePathOf, cacheName, fileKind, savedRecordUrl, setIdOfRecord, staleCacheNames } from './scope';
import { RECENT_LIMITS, recentToEvict } from './recent';
import { byteSize, fitsInQuota, saveFraction } from './progress';

describe('scope', () => {
  it('finds the base of a page path as index.html does', () => {
    expect(basePathOf('/')).toBe('/');
    expect(basePathOf('/sets/courtroom')).toBe('/');
    expect(basePathOf('/scout/sets/courtroom')).toBe('/scout/');
    expect(basePathOf('/a/b/present')).toBe('/a/b/');
    expect(basePathOf('/scout/')).toBe('/scout/');
    expect(basePathOf('/scout/index.html')).toBe('/scout/');
  });

  it('names caches per base, so two bases of one origin never share one', () => {
    const root = cacheName('saved', 'https://h.example/');
    const sub = cacheName('saved', 'https://h.example/scout/');
    expect(root).not.toBe(sub);
    expect(cacheName('saved', 'https://h.example/scout')).toBe(sub);
    expect(cacheName('recent', 'https://h.example/')).not.toBe(root);
  });

  it('lists only its own old caches as stale', () => {
    const scope = 'https://h.example/';
    const names = [cacheName('saved', scope), 'setscout-saved-v0 https://h.example/', 'setscout-saved-v0 https://h.example/scout/', 'other'];
    expect(staleCacheNames(names, scope)).toEqual(['setscout-saved-v0 https://h.example/']);
  });

  it('answers only for its own base, not for a base hosted below it', () => {
    const scope = 'https://h.example/';
    expect(fileKind('https://h.example/sets/courtroom?mode=walk', scope, true)).toBe('page');
    expect(fileKind('https://h.example/scout/sets/courtroom', scope, true)).toBeNull();
    expect(fileKind('https://h.example/scout/', scope, true)).toBeNull();
    expect(fileKind('https://h.example/scout/sets/courtroom', 'https://h.example/scout/', true)).toBe('page');
    expect(fileKind('https://h.example/scenes/quzhou/sets/courtroom.json', scope, false)).toBe('catalog');
    expect(fileKind('https://h.example/scout/scenes/index.json', scope, false)).toBeNull();
    expect(fileKind('https://h.example/models/courtroom.glb', scope, false)).toBe('model');
    expect(fileKind('https://h.example/models/stills/courtroom.jpg', scope, false)).toBe('still');
    expect(fileKind('https://h.example/models/generator/index.ts', scope, false)).toBeNull();
    expect(fileKind('https://other.example/models/courtroom.glb', scope, false)).toBeNull();
    expect(fileKind('https://h.example/decoders/draco/draco_decoder.wasm', scope, false)).toBe('tool');
    expect(fileKind('https://h.example/assets/NotoSansSC_400Regular-abc123.ttf', scope, false)).toBe('tool');
    expect(fileKind('https://h.example/assets/index-abc123.js', scope, false)).toBeNull();
    expect(fileKind('https://h.example/scout/decoders/basis/basis_transcoder.js', scope, false)).toBeNull();
  });

  it('keys saved records per base and reads the set id back', () => {
    const url = savedRecordUrl('https://h.example/scout/', 'palace-throne-hall');
    expect(setIdOfRecord(url, 'https://h.example/scout/')).toBe('palace-throne-hall');
    expect(setIdOfRecord(url, 'https://h.example/')).toBeNull();
    expect(setIdOfRecord('https://h.example/scout/models/a.glb', 'https://h.example/scout/')).toBeNull();
  });
});

describe('recent sets', () => {
  const e = (url: string, bytes: number, at: number) => ({ url, bytes, at });
  it('keeps the last three', () => {
    const list = [e('a', 1, 1), e('b', 1, 2), e('c', 1, 3), e('d', 1, 4)];
    expect(recentToEvict(list)).toEqual(['a']);
    expect(RECENT_LIMITS.maxSets).toBe(3);
  });
  it('keeps within the byte limit, newest first', () => {
    expect(recentToEvict([e('old', 100e6, 1), e('mid', 80e6, 2), e('new', 80e6, 3)])).toEqual(['mid', 'old']);
    // An older, smaller model that still fits stays.
    expect(recentToEvict([e('old', 10e6, 1), e('mid', 100e6, 2), e('new', 80e6, 3)])).toEqual(['mid']);
  });
  it('does not keep a model larger than the whole limit', () => {
    expect(recentToEvict([e('huge', 200e6, 5), e('small', 1e6, 1)])).toEqual(['huge']);
  });
});

describe('save progress', () => {
  it('weighs files by their size', () => {
    expect(saveFraction([{ expected: 300, received: 150 }, { expected: 100, received: 0 }])).toBeCloseTo(150 / 400);
    expect(saveFraction([{ expected: 300, received: 300 }, { expected: 100, received: 100 }], [true, true])).toBe(1);
  });
  it('never passes 1 when a file is larger than announced, and copes with unknown sizes', () => {
    expect(saveFraction([{ expected: 100, received: 180 }])).toBe(1);
    expect(saveFraction([{ expected: 0, received: 0 }])).toBe(0);
    expect(saveFraction([{ expected: 0, received: 50 }, { expected: 50, received: 0 }])).toBeCloseTo(0.5);
    expect(saveFraction([{ expected: 0, received: 0 }], [true])).toBe(1);
  });
  it('checks the storage estimate', () => {
    expect(fitsInQuota(10, { usage: 95, quota: 100 })).toBe(false);
    expect(fitsInQuota(5, { usage: 95, quota: 100 })).toBe(true);
    expect(fitsInQuota(5, null)).toBe(true);
  });
  it('formats sizes', () => {
    expect(byteSize(19_240)).toEqual({ value: 19.2, unit: 'kB' });
    expect(byteSize(1_234_567)).toEqual({ value: 1.2, unit: 'MB' });
    expect(byteSize(512)).toEqual({ value: 512, unit: 'B' });
    expect(byteSize(150e9)).toEqual({ value: 150, unit: 'GB' });
  });
});
