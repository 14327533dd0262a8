import { describe, expect, it } from 'vitest';
import { arrayOffsets, parseLayout } from './check';
import { FINISHES } from './finishes';
import { KIT, kitParams } from './kit';

const F = 'scenes/test/layouts/room.json';
const base = () => ({
  set: 'test-room',
  title: 'Test room',
  shell: {
    rooms: [{ id: 'main', polygon: [[-3, -2], [3, -2], [3, 2], [-3, 2]], floor: 'oak-floor', walls: 'painted-plaster', wallHeight: 3, ceiling: 'ceiling-tile' }],
  },
  openings: [{ room: 'main', wall: 2, kind: 'door', offset: 3, width: 1, height: 2.1 }],
  props: [{ kit: 'chair', at: [0, 0, 0], anchor: 'chair' }],
  spawn: { at: [0, 0, 1.5] },
});

describe('parseLayout', () => {
  it('accepts a small layout and fills defaults', () => {
    const r = parseLayout(base(), F);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.shell.rooms[0]!.wallThickness).toBe(0.2);
    expect(r.value.bake).toEqual({ ao: true, lights: true, distance: 0.9, cell: 0.5 });
    expect(r.value.props[0]!.yawDeg).toBe(0);
    expect(r.value.walk.derive).toBe(true);
  });

  it('names the file, JSON path, expected and found for a shape error', () => {
    const raw = base() as Record<string, unknown>;
    (raw.shell as { rooms: { wallHeight: unknown }[] }).rooms[0]!.wallHeight = -1;
    const r = parseLayout(raw, F);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ file: F, path: '$.shell.rooms[0].wallHeight', expected: 'a number > 0', found: '-1 (number)' });
  });

  it('rejects an unknown field and a polygon of two points', () => {
    const raw = base() as Record<string, unknown>;
    raw.colour = 'red';
    (raw.shell as { rooms: { polygon: unknown }[] }).rooms[0]!.polygon = [[0, 0], [1, 1]];
    const r = parseLayout(raw, F);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.path);
    expect(paths).toContain('$');
    expect(paths).toContain('$.shell.rooms[0].polygon');
  });

  it('checks finishes, rooms, walls, opening fit, kit ids, parameters and anchors', () => {
    const raw = base();
    raw.shell.rooms[0]!.floor = 'oak';
    raw.openings.push({ room: 'hall', wall: 0, kind: 'door', offset: 1, width: 1, height: 2 });
    raw.openings.push({ room: 'main', wall: 9, kind: 'door', offset: 1, width: 1, height: 2 });
    raw.openings.push({ room: 'main', wall: 0, kind: 'window', offset: 5.8, width: 1, height: 1 });
    raw.props.push({ kit: 'sofa', at: [0, 0, 0], params: { length: 99, colour: 1 }, anchor: 'chair' } as never);
    raw.props.push({ kit: 'spaceship', at: [0, 0, 0] } as never);
    const r = parseLayout(raw, F);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const by = Object.fromEntries(r.problems.map((p) => [p.path, p]));
    expect(by['$.shell.rooms[0].floor']?.found).toBe('"oak" (text)');
    expect(by['$.openings[1].room']?.expected).toBe('one of the room ids main');
    expect(by['$.openings[2].wall']?.expected).toBe('a wall index below 4');
    expect(by['$.openings[3].offset']?.expected).toMatch(/within the wall \(0 to 6\.00 m/);
    expect(by['$.props[1].params.length']?.expected).toBe('a number from 0.8 to 5');
    expect(by['$.props[1].params.colour']?.expected).toMatch(/^a parameter of sofa: length, finish/);
    expect(by['$.props[1].anchor']?.expected).toBe('an anchor id not used before');
    expect(by['$.props[2].kit']?.found).toBe('"spaceship" (text)');
  });

  it('accepts a finish the layout defines itself', () => {
    const raw = base() as ReturnType<typeof base> & { materials?: object };
    raw.materials = { 'my-green': { color: '#00aa00', roughness: 0.5 } };
    raw.shell.rooms[0]!.walls = 'my-green';
    expect(parseLayout(raw, F).ok).toBe(true);
  });
});

describe('kit and library', () => {
  it('every finish has a valid colour and roughness', () => {
    for (const [name, f] of Object.entries(FINISHES)) {
      expect(f.color, name).toMatch(/^#[0-9a-f]{6}$/);
      expect(f.roughness).toBeGreaterThanOrEqual(0);
      expect(f.roughness).toBeLessThanOrEqual(1);
    }
  });
  it('every parameter default is inside its own range and finish defaults exist', () => {
    for (const [id, k] of Object.entries(KIT))
      for (const [name, s] of Object.entries(k.params as Record<string, { kind: string; default: unknown; min?: number; max?: number }>)) {
        if (s.kind === 'number' || s.kind === 'int') {
          expect(s.default as number, `${id}.${name}`).toBeGreaterThanOrEqual(s.min!);
          expect(s.default as number, `${id}.${name}`).toBeLessThanOrEqual(s.max!);
        }
        if (s.kind === 'finish') expect(FINISHES, `${id}.${name}`).toHaveProperty([s.default as string]);
      }
  });
  it('fills parameter defaults', () => {
    expect(kitParams('bench', { length: 2 })).toEqual({ length: 2, back: true, finish: 'teak' });
  });
  it('expands rows and grids', () => {
    expect(arrayOffsets(undefined)).toEqual([[0, 0]]);
    expect(arrayOffsets({ kind: 'row', count: 3, step: [1, 0] })).toEqual([[0, 0], [1, 0], [2, 0]]);
    expect(arrayOffsets({ kind: 'grid', count: [2, 2], step: [1, 2] })).toEqual([[0, 0], [1, 0], [0, 2], [1, 2]]);
  });
});
