import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { angleDiffDeg } from '../motion/angles';
import { DEG } from '../motion/pose';
import { formatMove, formatPlayhead, parseMove, parsePlayhead } from './codec';
import type { Ease, Move } from './types';

const SAMPLE = '1;h7,0.4;0,0,1.6,5,0,-2,0,35,3,s;4,0,1.6,3.5,170,-2,0,50,1.5,l';

describe('move= codec', () => {
  it('reads a well-formed move', () => {
    const m = parseMove(SAMPLE);
    if (typeof m === 'string') throw new Error(m);
    expect(m.handheld).toEqual({ seed: 7, amount: 0.4 });
    expect(m.keyframes).toHaveLength(2);
    expect(m.keyframes[1]!.t).toBe(4);
    expect(m.keyframes[1]!.pose.yaw / DEG).toBeCloseTo(170, 9);
    expect(m.keyframes[1]!.focalMm).toBe(50);
    expect(m.keyframes[0]!.ease).toBe('smooth');
    expect(m.keyframes[1]!.ease).toBe('linear');
  });

  it('writes what it reads', () => {
    expect(formatMove(parseMove(SAMPLE) as Move)).toBe(SAMPLE);
  });

  it('drops bad values with a reason', () => {
    expect(parseMove('')).toBe('format');
    expect(parseMove('3;0,0,1.6,5,0,0,0,35,3,s')).toBe('format'); // unknown version
    expect(parseMove('1')).toBe('format'); // no keyframe
    expect(parseMove('1;0,0,1.6,5,0,0,0,35,3')).toBe('format'); // 9 fields
    expect(parseMove('1;0,0,1.6,5,0,0,0,35,3,x')).toBe('format'); // unknown ease
    expect(parseMove('1;0,0,abc,5,0,0,0,35,3,s')).toBe('format');
    expect(parseMove('1;0,0,1.6,5,0,0,0,35,3,s;0,0,1.6,5,0,0,0,35,3,s')).toBe('format'); // times must increase
    expect(parseMove('1;0,0,1.6,5,0,95,0,35,3,s')).toBe('range'); // pitch
    expect(parseMove('1;0,0,1.6,5,0,0,0,2000,3,s')).toBe('range'); // focal
    expect(parseMove('1;0,0,1.6,5,0,0,0,35,0,s')).toBe('range'); // focus
    expect(parseMove('1;-1,0,1.6,5,0,0,0,35,3,s')).toBe('range'); // time
    expect(parseMove('1;h7,3;0,0,1.6,5,0,0,0,35,3,s')).toBe('range'); // shake amount
    expect(parseMove('1;h7.5,0.3;0,0,1.6,5,0,0,0,35,3,s')).toBe('format'); // seed not an integer
    expect(parseMove(`1;${Array.from({ length: 65 }, (_, i) => `${i},0,1.6,5,0,0,0,35,3,s`).join(';')}`)).toBe('range');
  });

  it('t=: seconds into the move', () => {
    expect(parsePlayhead('2.5')).toBe(2.5);
    expect(parsePlayhead('-1')).toBe('range');
    expect(parsePlayhead('soon')).toBe('format');
    expect(formatPlayhead(1.23456)).toBe('1.235');
  });

  it('property: format ∘ parse ∘ format = format, and the pose survives within 1 mm and 0.01°', () => {
    const arbKf = fc.record({
      dt: fc.double({ min: 0.01, max: 10, noNaN: true }),
      x: fc.double({ min: -500, max: 500, noNaN: true }),
      y: fc.double({ min: -5, max: 50, noNaN: true }),
      z: fc.double({ min: -500, max: 500, noNaN: true }),
      yaw: fc.double({ min: -720, max: 720, noNaN: true }),
      pitch: fc.double({ min: -89, max: 89, noNaN: true }),
      roll: fc.double({ min: -180, max: 180, noNaN: true }),
      focal: fc.double({ min: 1, max: 1200, noNaN: true }),
      focus: fc.double({ min: 0.02, max: 10000, noNaN: true }),
      ease: fc.constantFrom<Ease>('linear', 'smooth', 'in', 'out'),
    });
    fc.assert(
      fc.property(fc.array(arbKf, { minLength: 1, maxLength: 10 }), fc.option(fc.record({ seed: fc.integer({ min: -1000, max: 1000 }), amount: fc.double({ min: 0, max: 1, noNaN: true }) }), { nil: null }), (ks, handheld) => {
        let t = 0;
        const move: Move = {
          handheld,
          keyframes: ks.map((k, i) => ({
            t: i === 0 ? 0 : (t += k.dt),
            pose: { x: k.x, y: k.y, z: k.z, yaw: k.yaw * DEG, pitch: k.pitch * DEG, roll: k.roll * DEG },
            focalMm: k.focal,
            focusM: k.focus,
            ease: k.ease,
          })),
        };
        const text = formatMove(move);
        const back = parseMove(text);
        if (typeof back === 'string') throw new Error(`${back}: ${text}`);
        expect(formatMove(back)).toBe(text);
        back.keyframes.forEach((b, i) => {
          const a = move.keyframes[i]!;
          expect(Math.abs(b.pose.x - a.pose.x)).toBeLessThanOrEqual(0.0005 + 1e-9);
          const dyaw = Math.abs(angleDiffDeg(b.pose.yaw / DEG, a.pose.yaw / DEG));
          expect(dyaw).toBeLessThanOrEqual(0.005 + 1e-6);
        });
      }),
    );
  });

  it('version 2 carries stand-ins\' marks; a move without marks is still written as version 1', () => {
    const text = '2;0,0,1.6,5,0,-2,0,35,3,s;4,0,1.6,3.5,0,-2,0,35,1.5,s;b0:0,1,0,-2:3,2.5,0,-4,90;b2:1,0,0,0';
    const m = parseMove(text);
    if (typeof m === 'string') throw new Error(m);
    expect(m.blocking).toHaveLength(2);
    expect(m.blocking![0]!.marks[1]).toMatchObject({ t: 3, x: 2.5, z: -4 });
    expect(m.blocking![0]!.marks[1]!.yaw! / DEG).toBeCloseTo(90, 9);
    expect(m.blocking![0]!.marks[0]!.yaw).toBeNull();
    expect(m.blocking![1]!.figure).toBe(2);
    expect(formatMove(m)).toBe(text);
    expect(formatMove({ ...m, blocking: [] })).toBe('1;0,0,1.6,5,0,-2,0,35,3,s;4,0,1.6,3.5,0,-2,0,35,1.5,s');
    // Marks alone: a still camera watching the blocking.
    const only = parseMove('2;b0:0,1,0,-2:3,2.5,0,-4');
    expect(typeof only !== 'string' && only.keyframes.length === 0 && only.blocking![0]!.marks.length).toBe(2);
  });

  it('version 2: bad marks drop the move with a reason', () => {
    const k = '0,0,1.6,5,0,0,0,35,3,s';
    expect(parseMove(`2;${k};b0:0,1,0`)).toBe('format'); // 3 fields
    expect(parseMove(`2;${k};b0:1,1,0,0:1,2,0,0`)).toBe('format'); // times must increase
    expect(parseMove(`2;${k};bx:0,1,0,0`)).toBe('format');
    expect(parseMove(`2;${k};b0`)).toBe('format'); // no mark
    expect(parseMove(`2;${k};b12:0,1,0,0`)).toBe('range'); // figure index
    expect(parseMove(`2;${k};b0:0,1,0,0;b0:1,1,0,0`)).toBe('range'); // one figure twice
    expect(parseMove(`2;${k};b0:-1,1,0,0`)).toBe('range');
    expect(parseMove(`2;${k};b0:0,20000,0,0`)).toBe('range');
    expect(parseMove('1;b0:0,1,0,0')).toBe('format'); // version 1 has no marks
    expect(parseMove('2')).toBe('format');
  });

  it('property: moves with marks round-trip (format ∘ parse ∘ format = format, marks within 1 mm and 0.01°)', () => {
    const arbMark = fc.record({
      dt: fc.double({ min: 0.01, max: 10, noNaN: true }),
      x: fc.double({ min: -500, max: 500, noNaN: true }),
      y: fc.double({ min: -5, max: 50, noNaN: true }),
      z: fc.double({ min: -500, max: 500, noNaN: true }),
      yaw: fc.option(fc.double({ min: -720, max: 720, noNaN: true }), { nil: null }),
    });
    const arbFigure = fc.record({ figure: fc.integer({ min: 0, max: 11 }), marks: fc.array(arbMark, { minLength: 1, maxLength: 6 }) });
    const arbKfs = fc.array(fc.record({ dt: fc.double({ min: 0.01, max: 10, noNaN: true }), x: fc.double({ min: -50, max: 50, noNaN: true }) }), { maxLength: 4 });
    fc.assert(
      fc.property(arbKfs, fc.uniqueArray(arbFigure, { minLength: 1, maxLength: 4, selector: (f) => f.figure }), (ks, figs) => {
        let t = 0;
        const move: Move = {
          handheld: null,
          keyframes: ks.map((k, i) => ({ t: i === 0 ? 0 : (t += k.dt), pose: { x: k.x, y: 1.6, z: 0, yaw: 0, pitch: 0, roll: 0 }, focalMm: 35, focusM: 3, ease: 'smooth' })),
          blocking: figs.map((f) => {
            let mt = 0;
            return { figure: f.figure, marks: f.marks.map((m) => ({ t: (mt += m.dt), x: m.x, y: m.y, z: m.z, yaw: m.yaw === null ? null : m.yaw * DEG })) };
          }),
        };
        const text = formatMove(move);
        const back = parseMove(text);
        if (typeof back === 'string') throw new Error(`${back}: ${text}`);
        expect(formatMove(back)).toBe(text);
        expect(back.blocking!.length).toBe(figs.length);
        const shift = Math.min(move.keyframes[0]?.t ?? Infinity, ...move.blocking!.map((b) => b.marks[0]!.t));
        back.blocking!.forEach((b) => {
          const a = move.blocking!.find((f) => f.figure === b.figure)!;
          b.marks.forEach((m, i) => {
            const o = a.marks[i]!;
            expect(Math.abs(m.t - (o.t - shift))).toBeLessThanOrEqual(0.0005 + 1e-9);
            expect(Math.abs(m.z - o.z)).toBeLessThanOrEqual(0.0005 + 1e-9);
            expect(m.yaw === null).toBe(o.yaw === null);
            if (m.yaw !== null) expect(Math.abs(angleDiffDeg(m.yaw / DEG, o.yaw! / DEG))).toBeLessThanOrEqual(0.005 + 1e-6);
          });
        });
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseMove(s)));
    fc.assert(fc.property(fc.string(), (s) => void parsePlayhead(s)));
    fc.assert(fc.property(fc.string(), (s) => void parseMove(`2;b${s}`)));
  });
});
