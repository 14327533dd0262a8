import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SafeZoneCatalog } from './safeZones';
import { guideInsets, parseSafeZones, safeRect } from './safeZones';

const raw = JSON.parse(readFileSync(new URL('../../scenes/platform-safe-zones.json', import.meta.url), 'utf8')) as SafeZoneCatalog;
const parsed = parseSafeZones(raw);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 2));
const catalog = parsed.value;
const clone = (): SafeZoneCatalog => JSON.parse(JSON.stringify(raw)) as SafeZoneCatalog;

describe('scenes/platform-safe-zones.json', () => {
  it('covers the four vertical platforms; only Meta publishes numbers', () => {
    expect(catalog.platforms.map((p) => [p.id, p.estimate])).toEqual([
      ['douyin', true],
      ['tiktok', true],
      ['instagram-reels', false],
      ['youtube-shorts', true],
    ]);
    for (const p of catalog.platforms.filter((x) => x.estimate)) {
      expect(p.note.en).toMatch(/^Estimate/);
      expect(p.note.zh).toMatch(/^估算值/);
    }
  });
  it('estimated insets agree with the pixel figures their notes quote (within a pixel)', () => {
    const { width, height } = catalog.frame;
    for (const p of catalog.platforms.filter((x) => x.estimate)) {
      for (const side of ['top', 'bottom', 'left', 'right'] as const) {
        const m = new RegExp(`${side} (\\d+) px`).exec(p.note.en);
        expect([p.id, side, m !== null]).toEqual([p.id, side, true]);
        const px = p.insets[side] * (side === 'top' || side === 'bottom' ? height : width);
        expect([p.id, side, Math.abs(px - Number(m![1])) <= 1]).toEqual([p.id, side, true]);
      }
    }
  });
  it('Reels follows Meta: 14 % top, 35 % bottom, 6 % sides', () => {
    expect(catalog.platforms.find((p) => p.id === 'instagram-reels')?.insets).toEqual({ top: 0.14, bottom: 0.35, left: 0.06, right: 0.06 });
  });
  it('guides: action safe 93 % (3.5 % per side), title safe 90 % (5 % per side)', () => {
    const byId = Object.fromEntries(catalog.guides.map((g) => [g.id, g]));
    expect(guideInsets(byId['action-safe']!).top).toBeCloseTo(0.035, 12);
    expect(guideInsets(byId['title-safe']!).left).toBeCloseTo(0.05, 12);
  });
});

describe('parseSafeZones rejects', () => {
  it('insets that cover the whole frame, at the insets object', () => {
    const bad = clone();
    bad.platforms[0]!.insets.top = 0.5;
    bad.platforms[0]!.insets.bottom = 0.5;
    const r = parseSafeZones(bad, 'x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual(expect.objectContaining({ file: 'x.json', path: '$.platforms[0].insets', expected: 'insets that leave some of the frame uncovered' }));
  });
  it('an inset above one half, an unknown field and a repeated id', () => {
    const bad = clone();
    bad.platforms[1]!.insets.right = 0.6;
    (bad.guides[0] as unknown as Record<string, unknown>).percent = 93;
    const r = parseSafeZones(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['$.platforms[1].insets.right', '$.guides[0]']));

    const dup = clone();
    dup.platforms[2]!.id = 'douyin';
    const d = parseSafeZones(dup);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.problems).toEqual([expect.objectContaining({ path: '$.platforms[2].id', found: '"douyin"' })]);
  });
});

describe('safeRect', () => {
  it('turns insets into the uncovered rectangle', () => {
    const r = safeRect({ top: 0.14, bottom: 0.35, left: 0.06, right: 0.06 });
    expect(r.x).toBeCloseTo(0.06, 12);
    expect(r.y).toBeCloseTo(0.14, 12);
    expect(r.width).toBeCloseTo(0.88, 12);
    expect(r.height).toBeCloseTo(0.51, 12);
  });
});
