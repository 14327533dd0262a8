import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { angleDiffDeg } from '../angles';
import { DEG } from '../pose';
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
    expect(parseMove('2;0,0,1.6,5,0,0,0,35,3,s')).toBe('format'); // unknown version
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

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseMove(s)));
    fc.assert(fc.property(fc.string(), (s) => void parsePlayhead(s)));
  });
});
