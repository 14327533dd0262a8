import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { angleDiffDeg } from '../motion/angles';
import type { ViewParams } from './viewUrl';
import { VIEW_KEYS, formatViewParams, parseViewParams } from './viewUrl';
import { formatFixed, readNumber } from './query';
import { formatMove, parseMove } from '../moves/codec';

const FULL = '?lang=en&mode=frame&cam=1.5,1.6,-3,90,-5&body=arri-alexa-35&lens=35&orient=portrait&shot=judge-cu';

describe('parseViewParams', () => {
  it('reads every parameter of a well-formed link', () => {
    expect(parseViewParams(FULL)).toEqual({
      params: {
        lang: 'en',
        mode: 'frame',
        cam: { position: [1.5, 1.6, -3], yawDeg: 90, pitchDeg: -5 },
        body: 'arri-alexa-35',
        lens: 35,
        orient: 'portrait',
        shot: 'judge-cu',
      },
      notices: [],
      others: [],
    });
  });
  it('accepts the string without "?" and enum values in any case', () => {
    expect(parseViewParams('lang=ZH&mode=Walk').params).toEqual({ lang: 'zh', mode: 'walk' });
  });
  it('cam: roll is optional, yaw is wrapped to (−180, 180]', () => {
    expect(parseViewParams('cam=0,0,0,270,0,12.5').params.cam).toEqual({ position: [0, 0, 0], yawDeg: -90, pitchDeg: 0, rollDeg: 12.5 });
    expect(parseViewParams('cam=0,0,0,-180,0').params.cam?.yawDeg).toBe(180);
  });
  it('cam: bad shapes are format errors, out-of-range values range errors', () => {
    const cases: [string, string][] = [
      ['1,2,3,4', 'format'],
      ['1,2,3,4,5,6,7', 'format'],
      ['a,b,c,d,e', 'format'],
      ['1,2,,4,5', 'format'],
      ['0x10,0,0,0,0', 'format'],
      ['Infinity,0,0,0,0', 'format'],
      ['1e400,0,0,0,0', 'range'],
      ['10000.5,0,0,0,0', 'range'],
      ['0,0,0,0,90.01', 'range'],
      ['0,0,0,0,0,-181', 'range'],
    ];
    for (const [value, reason] of cases) {
      const r = parseViewParams(`cam=${value}`);
      expect(r.params.cam).toBeUndefined();
      expect(r.notices).toEqual([{ param: 'cam', value, reason }]);
    }
    expect(parseViewParams('cam=-10000,10000,0,0,-90,180').params.cam).toBeDefined();
  });
  it('fig: stand-ins as kind,pose,x,y,z,yaw separated by ";", yaw wrapped', () => {
    expect(parseViewParams('fig=adult-175,standing,0,0.45,-6.6,180;Child-120,SEATED,1,0,2,270').params.fig).toEqual([
      { kind: 'adult-175', pose: 'standing', position: [0, 0.45, -6.6], yawDeg: 180 },
      { kind: 'child-120', pose: 'seated', position: [1, 0, 2], yawDeg: -90 },
    ]);
    // Written with readable separators, and read back by the browser's own parser too.
    const q = formatViewParams({ fig: [{ kind: 'adult-162', pose: 'seated', position: [1.23456, 0, -2], yawDeg: -30 }, { kind: 'child-120', pose: 'standing', position: [0, 0, 0], yawDeg: 0 }] });
    expect(q).toBe('?fig=adult-162,seated,1.235,0,-2,-30;child-120,standing,0,0,0,0');
    expect(new URLSearchParams(q).get('fig')).toBe('adult-162,seated,1.235,0,-2,-30;child-120,standing,0,0,0,0');
  });
  it('fig: any bad figure drops them all, with the reason', () => {
    const cases: [string, string][] = [
      ['', 'format'],
      ['adult-175,standing,0,0,0', 'format'],
      ['adult-175,standing,0,0,0,0;', 'format'],
      ['giant,standing,0,0,0,0', 'unknown'],
      ['adult-175,lying,0,0,0,0', 'unknown'],
      ['adult-175,standing,x,0,0,0', 'format'],
      ['adult-175,standing,1e400,0,0,0', 'range'],
      ['adult-175,standing,10001,0,0,0', 'range'],
      [Array.from({ length: 13 }, () => 'adult-175,standing,0,0,0,0').join(';'), 'range'],
    ];
    for (const [value, reason] of cases) {
      const r = parseViewParams(`fig=${encodeURIComponent(value)}`);
      expect(r.params.fig, value).toBeUndefined();
      // (Values past 200 characters are shortened in the notice.)
      expect(r.notices).toEqual([{ param: 'fig', value: value.length > 200 ? `${value.slice(0, 199)}…` : value, reason }]);
    }
  });
  it('lens: a number of mm in [1, 1200], rounded to 0.1 mm', () => {
    expect(parseViewParams('lens=35.04').params.lens).toBe(35);
    expect(parseViewParams('lens=6.86').params.lens).toBe(6.9);
    expect(parseViewParams('lens=1200.04').params.lens).toBe(1200);
    expect(parseViewParams('lens=0.5').notices).toEqual([{ param: 'lens', value: '0.5', reason: 'range' }]);
    expect(parseViewParams('lens=35mm').notices).toEqual([{ param: 'lens', value: '35mm', reason: 'format' }]);
    expect(parseViewParams('lens=').notices).toEqual([{ param: 'lens', value: '', reason: 'format' }]);
  });
  it('ids: malformed is format, not in the known list is unknown', () => {
    expect(parseViewParams('body=Bad_Id').notices).toEqual([{ param: 'body', value: 'Bad_Id', reason: 'format' }]);
    const r = parseViewParams('body=sony-fx3&shot=nope', { bodies: ['arri-alexa-35'], shots: ['a', 'b'] });
    expect(r.params).toEqual({});
    expect(r.notices).toEqual([
      { param: 'body', value: 'sony-fx3', reason: 'unknown' },
      { param: 'shot', value: 'nope', reason: 'unknown' },
    ]);
    expect(parseViewParams('body=sony-fx3', { bodies: ['sony-fx3'] }).params.body).toBe('sony-fx3');
  });
  it('enums: values outside the list are unknown', () => {
    expect(parseViewParams('lang=fr&mode=fly&orient=square').notices.map((n) => [n.param, n.reason])).toEqual([
      ['lang', 'unknown'],
      ['mode', 'unknown'],
      ['orient', 'unknown'],
    ]);
  });
  it('a repeated parameter keeps the last value and reports the earlier one', () => {
    const r = parseViewParams('lens=35&lens=50');
    expect(r.params.lens).toBe(50);
    expect(r.notices).toEqual([{ param: 'lens', value: '35', reason: 'format' }]);
  });
  it('passes other parameters through, decoded and in order', () => {
    expect(parseViewParams('?foo=1&lang=en&bar=a%20b&foo=2').others).toEqual([
      ['foo', '1'],
      ['bar', 'a b'],
      ['foo', '2'],
    ]);
  });
  it('shortens very long rejected values in notices', () => {
    const n = parseViewParams(`body=${'X'.repeat(5000)}`).notices[0]!;
    expect(n.value).toHaveLength(200);
    expect(n.value.endsWith('…')).toBe(true);
  });
});

describe('formatViewParams', () => {
  it('writes the contract order and reads back to the same link', () => {
    const p = parseViewParams(FULL).params;
    expect(formatViewParams(p)).toBe(FULL);
  });
  it('rounds to 1 mm, 0.01° and 0.1 mm, clamps, and leaves a zero roll out', () => {
    expect(
      formatViewParams({ cam: { position: [1.23456, -0.0004, 20000], yawDeg: -179.999, pitchDeg: 120, rollDeg: 0.001 }, lens: 35.04 }),
    ).toBe('?cam=1.235,0,10000,180,90&lens=35');
    expect(formatViewParams({ cam: { position: [0, 1.6, 0], yawDeg: 0, pitchDeg: 0, rollDeg: -2.5 } })).toBe('?cam=0,1.6,0,0,0,-2.5');
  });
  it('skips what it cannot write', () => {
    expect(formatViewParams({ cam: { position: [Number.NaN, 0, 0], yawDeg: 0, pitchDeg: 0 }, body: 'Not An Id', lens: Number.POSITIVE_INFINITY })).toBe('');
  });
  it('appends other parameters, encoded, without duplicating owned keys', () => {
    expect(formatViewParams({ lang: 'zh' }, '?debug=1&lang=en&note=a b&x=%E4%B8%AD')).toBe('?lang=zh&debug=1&note=a%20b&x=%E4%B8%AD');
    expect(formatViewParams({}, [['a&b', '=']])).toBe('?a%26b=%3D');
  });
});

describe('number helpers', () => {
  it('formatFixed trims zeros and never writes -0', () => {
    expect(formatFixed(1.5, 3)).toBe('1.5');
    expect(formatFixed(-0.0001, 3)).toBe('0');
    expect(formatFixed(100, 2)).toBe('100');
    expect(formatFixed(-3.14159, 2)).toBe('-3.14');
  });
  it('readNumber accepts decimals and exponents only', () => {
    expect(readNumber('-1.5e2')).toBe(-150);
    expect(readNumber('.5')).toBe(0.5);
    expect(readNumber(' 1')).toBeNull();
    expect(readNumber('1_000')).toBeNull();
    expect(readNumber('')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const id = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).filter((s) => s.length <= 64);
const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const viewParams: fc.Arbitrary<Partial<ViewParams>> = fc.record(
  {
    lang: fc.constantFrom('zh' as const, 'en' as const),
    mode: fc.constantFrom('orbit' as const, 'walk' as const, 'frame' as const, 'tour' as const),
    cam: fc.record(
      {
        position: fc.tuple(finite(-10000, 10000), finite(-10000, 10000), finite(-10000, 10000)),
        yawDeg: finite(-1000, 1000),
        pitchDeg: finite(-90, 90),
        rollDeg: finite(-180, 180),
      },
      { requiredKeys: ['position', 'yawDeg', 'pitchDeg'] },
    ),
    body: id,
    lens: finite(1, 1200),
    orient: fc.constantFrom('portrait' as const, 'crop' as const),
    fig: fc.array(
      fc.record({
        kind: fc.constantFrom('adult-175' as const, 'adult-162' as const, 'child-120' as const),
        pose: fc.constantFrom('standing' as const, 'seated' as const),
        position: fc.tuple(finite(-10000, 10000), finite(-10000, 10000), finite(-10000, 10000)),
        yawDeg: finite(-1000, 1000),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    shot: id,
  },
  { requiredKeys: [] },
);

const MM = 0.0005 + 1e-9;
const CENTI_DEG = 0.005 + 1e-9;

describe('properties (fast-check)', () => {
  it('format → parse gives the same view within the written precision, with no notices', () => {
    fc.assert(
      fc.property(viewParams, (p) => {
        const r = parseViewParams(formatViewParams(p));
        expect(r.notices).toEqual([]);
        expect(r.others).toEqual([]);
        const q = r.params;
        expect(q.lang).toBe(p.lang);
        expect(q.mode).toBe(p.mode);
        expect(q.body).toBe(p.body);
        expect(q.orient).toBe(p.orient);
        expect(q.shot).toBe(p.shot);
        if (p.lens === undefined) expect(q.lens).toBeUndefined();
        else expect(Math.abs(q.lens! - p.lens)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(q.fig?.length).toBe(p.fig?.length);
        p.fig?.forEach((f, i) => {
          const g = q.fig![i]!;
          expect([g.kind, g.pose]).toEqual([f.kind, f.pose]);
          for (let k = 0; k < 3; k++) expect(Math.abs(g.position[k]! - f.position[k]!)).toBeLessThanOrEqual(MM);
          expect(Math.abs(angleDiffDeg(g.yawDeg, f.yawDeg))).toBeLessThanOrEqual(CENTI_DEG);
        });
        if (!p.cam) expect(q.cam).toBeUndefined();
        else {
          const c = q.cam!;
          for (let i = 0; i < 3; i++) expect(Math.abs(c.position[i]! - p.cam.position[i]!)).toBeLessThanOrEqual(MM);
          expect(Math.abs(angleDiffDeg(c.yawDeg, p.cam.yawDeg))).toBeLessThanOrEqual(CENTI_DEG);
          expect(c.yawDeg).toBeGreaterThan(-180);
          expect(c.yawDeg).toBeLessThanOrEqual(180);
          expect(Math.abs(c.pitchDeg - p.cam.pitchDeg)).toBeLessThanOrEqual(CENTI_DEG);
          expect(Math.abs((c.rollDeg ?? 0) - (p.cam.rollDeg ?? 0))).toBeLessThanOrEqual(CENTI_DEG);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('formatting is stable: the same view always gives the same link', () => {
    fc.assert(
      fc.property(viewParams, (p) => {
        const once = formatViewParams(p);
        expect(formatViewParams(parseViewParams(once).params)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('other parameters survive a round trip unchanged', () => {
    const other = fc.tuple(
      fc.string({ unit: 'binary' }).filter((k) => !(VIEW_KEYS as readonly string[]).includes(k)),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(viewParams, fc.array(other, { maxLength: 4 }), (p, others) => {
        expect(parseViewParams(formatViewParams(p, others)).others).toEqual(others);
      }),
      { numRuns: 1000 },
    );
  });

  const plausibleValue = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom(...'0123456789.,-+eE x%') }),
    fc.constantFrom('zh', 'en', 'frame', 'portrait', 'crop', '35', '1201', 'arri-alexa-35', '0,0,0,0,0', '1,2,3,400,91'),
  );
  const messyQuery = fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...VIEW_KEYS), fc.string()), plausibleValue), { maxLength: 10 })
    .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v.replace(/[&#]/g, '')}`).join('&'));

  it('never throws, and every value of an owned key is either used or reported', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }), messyQuery), (search) => {
        const r = parseViewParams(search, { bodies: ['arri-alexa-35'], shots: ['judge-cu'] });
        const all = [...new URLSearchParams(search)];
        for (const key of VIEW_KEYS) {
          const n = all.filter(([k]) => k === key).length;
          const used = r.params[key] !== undefined ? 1 : 0;
          expect([key, r.notices.filter((x) => x.param === key).length]).toEqual([key, n - used]);
        }
        const p = r.params;
        if (p.lens !== undefined) expect(p.lens >= 1 && p.lens <= 1200).toBe(true);
        if (p.cam) {
          expect(p.cam.pitchDeg >= -90 && p.cam.pitchDeg <= 90).toBe(true);
          expect(p.cam.yawDeg > -180 && p.cam.yawDeg <= 180).toBe(true);
          expect(p.cam.position.every((v) => Math.abs(v) <= 10000)).toBe(true);
        }
        expect(() => formatViewParams(p, r.others)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });
});

describe('move=, t=, tstop=, focus= (camera moves and depth of field)', () => {
  const MOVE = '1;0,0,1.6,5,0,-2,0,35,3,s;4,0,1.6,3.5,0,-2,0,50,1.5,s';

  it('reads a move, the playhead, the T-stop and the focus distance, and writes them back in order', () => {
    const r = parseViewParams(`?mode=frame&move=${encodeURIComponent(MOVE)}&t=1.25&tstop=2.8&focus=3.2`);
    expect(r.notices).toEqual([]);
    expect(r.params.move).toBe(MOVE);
    // Frame mode parses it with the codec.
    const m = parseMove(r.params.move!);
    expect(typeof m !== 'string' && m.keyframes[1]!.focalMm).toBe(50);
    expect(r.params.t).toBe(1.25);
    expect(r.params.tstop).toBe(2.8);
    expect(r.params.focus).toBe(3.2);
    const q = formatViewParams(r.params);
    expect(q).toBe(`?mode=frame&move=${MOVE}&t=1.25&tstop=2.8&focus=3.2`);
    const again = parseViewParams(q);
    expect(again.params).toEqual(r.params);
  });

  it('drops a bad move, playhead, stop or focus with a notice and keeps the rest', () => {
    const r = parseViewParams('?mode=frame&move=2;0,0,0,0,0,0,0,35,3,s&t=-1&tstop=0.1&focus=abc&lens=50');
    expect(parseViewParams('?move=1;0,0,0,0,0,0,0,35,3,x').notices[0]).toMatchObject({ param: 'move', reason: 'format' });
    expect(parseViewParams(`?move=1${';0,0,0,0,0,0,0,35,3,s'.repeat(400)}`).notices[0]).toMatchObject({ param: 'move', reason: 'range' });
    expect(r.params.move).toBeUndefined();
    expect(r.params.t).toBeUndefined();
    expect(r.params.lens).toBe(50);
    expect(r.notices.map((n) => [n.param, n.reason])).toEqual([
      ['move', 'format'],
      ['t', 'range'],
      ['tstop', 'range'],
      ['focus', 'format'],
    ]);
  });

  it('writes t= only with a move, and never a move of the wrong shape', () => {
    expect(formatViewParams({ t: 2 })).toBe('');
    expect(formatViewParams({ move: '1;<script>', t: 2 })).toBe('');
  });

  it('a move the codec writes always has the shape the viewer route accepts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ t: fc.double({ min: 0, max: 600, noNaN: true }), x: fc.double({ min: -1e4, max: 1e4, noNaN: true }), yaw: fc.double({ min: -720, max: 720, noNaN: true }), f: fc.double({ min: 1, max: 1200, noNaN: true }) }), { minLength: 1, maxLength: 64 }),
        fc.option(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })),
        (ks, seed) => {
          const move = { keyframes: ks.map((k) => ({ t: k.t, pose: { x: k.x, y: 1.6, z: -k.x, yaw: (k.yaw * Math.PI) / 180, pitch: 0.1, roll: 0 }, focalMm: k.f, focusM: 3, ease: 'smooth' as const })), handheld: seed === null ? null : { seed, amount: 0.5 } };
          const text = formatMove(move);
          const r = parseViewParams(`?move=${encodeURIComponent(text)}`);
          expect(r.notices).toEqual([]);
          expect(r.params.move).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a move with marks (version 2) has the shape the viewer route accepts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ t: fc.double({ min: 0, max: 600, noNaN: true }), x: fc.double({ min: -1e4, max: 1e4, noNaN: true }), yaw: fc.option(fc.double({ min: -720, max: 720, noNaN: true }), { nil: null }) }), { minLength: 1, maxLength: 32 }),
        fc.integer({ min: 0, max: 11 }),
        fc.boolean(),
        (ms, figure, withCamera) => {
          const keyframes = withCamera ? [{ t: 0, pose: { x: 0, y: 1.6, z: 0, yaw: 0, pitch: 0, roll: 0 }, focalMm: 35, focusM: 3, ease: 'smooth' as const }] : [];
          const marks = ms.map((m) => ({ t: m.t, x: m.x, y: 0, z: -m.x, yaw: m.yaw === null ? null : (m.yaw * Math.PI) / 180 }));
          const text = formatMove({ keyframes, handheld: null, blocking: [{ figure, marks }] });
          expect(text.startsWith('2;')).toBe(true);
          const r = parseViewParams(`?move=${encodeURIComponent(text)}`);
          expect(r.notices).toEqual([]);
          expect(r.params.move).toBe(text);
        },
      ),
      { numRuns: 200 },
    );
    expect(parseViewParams('?move=2;b0:0,1,0').notices[0]).toMatchObject({ param: 'move', reason: 'format' });
  });
});
