import { describe, expect, it } from 'vitest';
import { makeShot } from '../../tests/fixtures/shots';
import { appendDropped, parseStoredShots, serializeShots } from './shotStorage';

describe('parseStoredShots', () => {
  it('reads nothing as an empty list', () => {
    expect(parseStoredShots(null)).toEqual({ shots: [], dropped: 0, droppedRaw: [], unreadable: null });
  });

  it('round-trips a list', () => {
    const shots = [makeShot(), makeShot({ id: 's-2', name: 'Shot 2', note: '逆光 "rim"', figures: [] })];
    expect(parseStoredShots(serializeShots(shots)).shots).toEqual(shots);
  });

  it('keeps the good entries of a partly corrupt list and counts the dropped ones', () => {
    const good1 = makeShot({ id: 'a' });
    const good2 = makeShot({ id: 'b', setId: 'subway-platform' });
    const badLens = { ...makeShot({ id: 'c' }), lens: 'wide' };
    const badCam = { ...makeShot({ id: 'd' }), camera: { position: [0, 1], yawDeg: 0, pitchDeg: 0, rollDeg: 0 } };
    const raw = JSON.stringify({ version: 1, shots: [good1, badLens, 42, good2, badCam, makeShot({ id: 'a', name: 'dup' })] });
    const r = parseStoredShots(raw);
    expect(r.shots.map((s) => s.id)).toEqual(['a', 'b']);
    expect(r.shots[0]!.name).toBe('镜头 1');
    expect(r.dropped).toBe(4);
    expect(r.droppedRaw).toContain(42);
    expect(r.unreadable).toBeNull();
  });

  it('fills defaults for optional fields written by older code', () => {
    const { note: _n, figures: _f, shotSize: _s, presetId: _p, still: _st, ...bare } = makeShot();
    const r = parseStoredShots(JSON.stringify({ version: 1, shots: [bare] }));
    expect(r.dropped).toBe(0);
    expect(r.shots[0]).toMatchObject({ note: '', figures: [], shotSize: null, presetId: null, still: null });
  });

  it('sets aside text that is not JSON, whole', () => {
    const r = parseStoredShots('{"version":1,"shots":[{');
    expect(r).toMatchObject({ shots: [], dropped: 1, unreadable: 'json' });
    expect(r.droppedRaw).toEqual(['{"version":1,"shots":[{']);
  });

  it('refuses a list of another version without reading its entries', () => {
    const r = parseStoredShots(JSON.stringify({ version: 7, shots: [makeShot(), makeShot({ id: 'x' })] }));
    expect(r).toMatchObject({ shots: [], dropped: 2, unreadable: 'version' });
  });

  it('reports a wrong shape', () => {
    expect(parseStoredShots('"hello"')).toMatchObject({ dropped: 1, unreadable: 'shape' });
  });
});

describe('appendDropped', () => {
  it('adds to what was set aside before and caps the history', () => {
    const first = appendDropped(null, [1, 2], 'T1');
    const second = appendDropped(first, [3], 'T2', 2);
    expect(JSON.parse(second)).toEqual([
      { at: 'T1', entry: 2 },
      { at: 'T2', entry: 3 },
    ]);
    expect(JSON.parse(appendDropped('not json', [5], 'T3'))).toEqual([
      { at: 'unknown', entry: 'not json' },
      { at: 'T3', entry: 5 },
    ]);
  });
});
