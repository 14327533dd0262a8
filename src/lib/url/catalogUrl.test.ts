import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogParams } from './catalogUrl';
import { CATALOG_KEYS, formatCatalogParams, parseCatalogParams } from './catalogUrl';

const LINK = '?lang=zh&base=quzhou&q=%E6%B3%95%E5%BA%AD%20lobby&cat=legal,civic&era=contemporary&genre=mystery&w=10-40&area=-500&d3=1&sort=area';

describe('parseCatalogParams', () => {
  it('reads a full filter link', () => {
    expect(parseCatalogParams(LINK)).toEqual({
      params: {
        lang: 'zh',
        base: 'quzhou',
        q: '法庭 lobby',
        cat: ['legal', 'civic'],
        era: ['contemporary'],
        genre: ['mystery'],
        w: { min: 10, max: 40 },
        area: { max: 500 },
        d3: true,
        sort: 'area',
      },
      notices: [],
      others: [],
    });
  });
  it('ranges: either end may be open; reversed or too large is range, anything else format', () => {
    expect(parseCatalogParams('w=10-').params.w).toEqual({ min: 10 });
    expect(parseCatalogParams('w=2.5-7.5').params.w).toEqual({ min: 2.5, max: 7.5 });
    const cases: [string, string][] = [
      ['40-10', 'range'],
      ['2000-', 'range'],
      ['abc', 'format'],
      ['10', 'format'],
      ['-', 'format'],
      ['-5-10', 'format'],
      ['10--20', 'format'],
    ];
    for (const [value, reason] of cases) expect(parseCatalogParams(`w=${value}`).notices).toEqual([{ param: 'w', value, reason }]);
    expect(parseCatalogParams('area=0-1000001').notices[0]?.reason).toBe('range');
  });
  it('lists drop bad items one by one, keep the good ones, and ignore blanks and repeats', () => {
    const r = parseCatalogParams('cat=legal,Bad,,legal, castle', { categories: ['legal', 'civic'] });
    expect(r.params.cat).toEqual(['legal']);
    expect(r.notices).toEqual([
      { param: 'cat', value: 'Bad', reason: 'format' },
      { param: 'cat', value: 'castle', reason: 'unknown' },
    ]);
  });
  it('empty search text and empty lists are "no filter", not errors', () => {
    expect(parseCatalogParams('q=%20%20&cat=&era=,')).toEqual({ params: {}, notices: [], others: [] });
  });
  it('rejects overlong search text, unknown sorts and bad d3 flags', () => {
    const r = parseCatalogParams(`q=${'a'.repeat(201)}&sort=price&d3=yes&base=nowhere`, { bases: ['quzhou'] });
    expect(r.notices.map((n) => [n.param, n.reason])).toEqual([
      ['q', 'range'],
      ['sort', 'unknown'],
      ['d3', 'format'],
      ['base', 'unknown'],
    ]);
    expect(parseCatalogParams('d3=0').params.d3).toBe(false);
  });
  it('keeps other parameters', () => {
    expect(parseCatalogParams('utm=x&sort=name').others).toEqual([['utm', 'x']]);
  });
});

describe('formatCatalogParams', () => {
  it('writes the fixed order and reproduces the link', () => {
    expect(formatCatalogParams(parseCatalogParams(LINK).params)).toBe(LINK);
  });
  it('rounds widths to 0.1 m and areas to 1 m², orders reversed ends, omits false and empty values', () => {
    expect(formatCatalogParams({ w: { min: 40.04, max: 10 }, area: { min: 99.6 }, d3: false, cat: [], q: '  ' })).toBe('?w=10-40&area=100-');
    expect(formatCatalogParams({})).toBe('');
  });
});

const id = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).filter((s) => s.length <= 64);
const range = (max: number) =>
  fc
    .record({ min: fc.double({ min: 0, max, noNaN: true }), max: fc.double({ min: 0, max, noNaN: true }) }, { requiredKeys: [] })
    .filter((r) => r.min !== undefined || r.max !== undefined)
    .map((r) => (r.min !== undefined && r.max !== undefined && r.min > r.max ? { min: r.max, max: r.min } : r));
const catalogParams: fc.Arbitrary<Partial<CatalogParams>> = fc.record(
  {
    lang: fc.constantFrom('zh' as const, 'en' as const),
    base: id,
    q: fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && s.length <= 200),
    cat: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    era: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
    genre: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
    w: range(1000),
    area: range(1_000_000),
    d3: fc.constant(true),
    sort: fc.constantFrom('name' as const, 'height' as const, 'area' as const, 'rate' as const),
  },
  { requiredKeys: [] },
);

const near = (a: number | undefined, b: number | undefined, tol: number) =>
  (a === undefined && b === undefined) || (a !== undefined && b !== undefined && Math.abs(a - b) <= tol);

describe('properties (fast-check)', () => {
  it('format → parse gives the same filters within precision, with no notices', () => {
    fc.assert(
      fc.property(catalogParams, (p) => {
        const r = parseCatalogParams(formatCatalogParams(p));
        expect(r.notices).toEqual([]);
        const q = r.params;
        expect([q.lang, q.base, q.q, q.cat, q.era, q.genre, q.d3, q.sort]).toEqual([p.lang, p.base, p.q, p.cat, p.era, p.genre, p.d3, p.sort]);
        for (const [key, tol] of [['w', 0.05 + 1e-9], ['area', 0.5 + 1e-9]] as const) {
          const a = p[key];
          const b = q[key];
          if (!a) expect(b).toBeUndefined();
          else expect([key, near(a.min, b?.min, tol), near(a.max, b?.max, tol)]).toEqual([key, true, true]);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws, reports every rejected value, and keeps what it accepts within bounds', () => {
    const value = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom(...'0123456789.,- abcXY') }),
      fc.constantFrom('zh', 'legal,civic', '10-40', '-', '1', 'yes', 'area'),
    );
    const messy = fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...CATALOG_KEYS), fc.string()), value), { maxLength: 10 })
      .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v.replace(/[&#]/g, '')}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), messy), (search) => {
        const r = parseCatalogParams(search);
        const all = [...new URLSearchParams(search)];
        for (const key of CATALOG_KEYS) {
          const values = all.filter(([k]) => k === key).map(([, v]) => v);
          if (values.length === 0) continue;
          const count = r.notices.filter((n) => n.param === key).length;
          expect([key, count >= values.length - 1]).toEqual([key, true]);
          const last = values[values.length - 1]!;
          const blank = ['q', 'cat', 'era', 'genre'].includes(key) && last.replace(/[\s,]/g, '') === '';
          if (r.params[key] === undefined && !blank) expect([key, last, count >= values.length]).toEqual([key, last, true]);
        }
        const { w, area } = r.params;
        for (const [rg, max] of [[w, 1000], [area, 1_000_000]] as const) {
          if (!rg) continue;
          for (const v of [rg.min, rg.max]) if (v !== undefined) expect(v >= 0 && v <= max).toBe(true);
          if (rg.min !== undefined && rg.max !== undefined) expect(rg.min <= rg.max).toBe(true);
        }
        expect(() => formatCatalogParams(r.params, r.others)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });
});
