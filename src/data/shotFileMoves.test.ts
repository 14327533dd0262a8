import { describe, expect, it } from 'vitest';
import { formatMove, parseMove } from '../lib/moves/codec';
import { buildPreset, appendPreset } from '../lib/moves/presets';
import type { MoveSample } from '../lib/moves/types';
import { shotsTable } from '../lib/shots/csv';
import { buildShotFile } from '../lib/shots/exportJson';
import { parseShotFile } from './shotFile';
import { makeShot } from '../../tests/fixtures/shots';
import { shotLink } from '../lib/shots/links';

const start: MoveSample = { pose: { x: 0.3, y: 1.5, z: -2, yaw: 0.2, pitch: -0.05, roll: 0 }, focalMm: 32, focusM: 3 };
const move = appendPreset(buildPreset('push-in', { start, amount: 1.2, duration: 3 }), 'pan-left', { start, amount: 25, duration: 2 });
const text = formatMove(move);

describe('shots keep their camera move', () => {
  it('the JSON export and import round-trip the move', () => {
    const shots = [makeShot({ move: text }), makeShot({ id: 's-2' })];
    const back = parseShotFile(buildShotFile(shots, new Date('2026-01-01T00:00:00Z')), 'shots.json');
    expect(back.ok && back.shots.map((s) => s.move)).toEqual([text, null]);
    const m = parseMove((back.ok && back.shots[0]!.move) || '');
    expect(typeof m !== 'string' && m.keyframes.length).toBe(3);
  });

  it('a file with a broken move names the shot and the field', () => {
    const file = JSON.parse(buildShotFile([makeShot({ move: text })], new Date('2026-01-01T00:00:00Z'))) as { shots: { move: string }[] };
    file.shots[0]!.move = '1;0,0,0';
    const r = parseShotFile(JSON.stringify(file), 'shots.json');
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).toContain('move');
  });

  it('the CSV has the move duration and type in both languages; a still camera is static', () => {
    const ctx = { setName: (id: string) => id, bodyName: (id: string) => id, link: () => '', stillFile: () => '' };
    const en = shotsTable([makeShot({ move: text }), makeShot({ id: 's-2' })], { ...ctx, lang: 'en' });
    expect(en[0]!.slice(-2)).toEqual(['Move duration (s)', 'Move type']);
    expect(en[1]!.slice(-2)).toEqual(['5', 'push in + pan left']);
    expect(en[2]!.slice(-2)).toEqual(['0', 'static']);
    const zh = shotsTable([makeShot({ move: text })], { ...ctx, lang: 'zh' });
    expect(zh[1]!.slice(-2)).toEqual(['5', '推 + 左摇']);
  });

  it("a shot's link carries its move from the start", () => {
    const url = new URL(shotLink('https://example.test/', makeShot({ move: text })));
    expect(url.searchParams.get('move')).toBe(text);
    expect(url.searchParams.get('t')).toBe('0');
    expect(new URL(shotLink('https://example.test/', makeShot())).searchParams.has('move')).toBe(false);
  });

  it('the JSON export and import round-trip stand-ins\' marks (move= version 2); the CSV counts their time', () => {
    const blocked = formatMove({ ...move, blocking: [{ figure: 0, marks: [{ t: 0, x: 0, y: 0, z: -3, yaw: null }, { t: 7, x: 1, y: 0, z: -5, yaw: Math.PI / 2 }] }] });
    expect(blocked.startsWith('2;')).toBe(true);
    const back = parseShotFile(buildShotFile([makeShot({ move: blocked })], new Date('2026-01-01T00:00:00Z')), 'shots.json');
    expect(back.ok && back.shots[0]!.move).toBe(blocked);
    const m = parseMove(blocked);
    expect(typeof m !== 'string' && m.blocking![0]!.marks[1]).toMatchObject({ t: 7, x: 1, z: -5 });
    const ctx = { setName: (id: string) => id, bodyName: (id: string) => id, link: () => '', stillFile: () => '', lang: 'en' as const };
    expect(shotsTable([makeShot({ move: blocked })], ctx)[1]!.slice(-2)[0]).toBe('7');
  });
});
