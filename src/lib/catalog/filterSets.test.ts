import { describe, expect, it } from 'vitest';
import type { FilterableSet, SetFilter } from './filterSets';
import { EMPTY_FILTER, applyFilter, filterFromParams, filterToParams, isFiltered, matchesQuery, normalise } from './filterSets';
import { formatCatalogParams, parseCatalogParams } from '../url/catalogUrl';

function set(id: string, over: Partial<FilterableSet> = {}): FilterableSet {
  return {
    id,
    name: { zh: id, en: id },
    summary: { zh: '', en: '' },
    category: 'legal',
    era: 'contemporary',
    genres: ['legal-drama'],
    tags: { zh: [], en: [] },
    dimensions: { width: 10, depth: 10, height: 4 },
    floorArea: { value: 100 },
    rates: { day: 5000 },
    model: null,
    ...over,
  };
}

const names = new Map([
  ['legal', { zh: '司法', en: 'Legal' }],
  ['transport', { zh: '交通', en: 'Transport' }],
  ['legal-drama', { zh: '律政', en: 'Legal drama' }],
  ['contemporary', { zh: '当代', en: 'Contemporary' }],
]);

const sets = [
  set('courtroom', { name: { zh: '一比一法庭', en: 'Courtroom (1:1)' }, floorArea: { value: 192 }, model: {}, rates: { day: 12000 }, dimensions: { width: 12, depth: 16, height: 5 } }),
  set('trial-room', { name: { zh: '庭审室', en: 'Trial room' }, floorArea: { value: 60 }, rates: { day: 4000 }, dimensions: { width: 6, depth: 10, height: 3.2 } }),
  set('subway', { name: { zh: '地铁站台', en: 'Subway platform' }, category: 'transport', genres: ['urban-romance'], floorArea: { value: 1540 }, model: {}, tags: { zh: ['月台'], en: ['metro'] }, dimensions: { width: 22, depth: 70, height: 6 } }),
];

const f = (over: Partial<SetFilter>): SetFilter => ({ ...EMPTY_FILTER, ...over });

describe('catalog search', () => {
  it('matches either language, tags and taxonomy names', () => {
    expect(applyFilter(sets, f({ q: '法庭' }), names, 'en').map((s) => s.id)).toEqual(['courtroom']);
    expect(applyFilter(sets, f({ q: 'COURT' }), names, 'zh').map((s) => s.id)).toEqual(['courtroom']);
    expect(applyFilter(sets, f({ q: 'metro' }), names, 'zh').map((s) => s.id)).toEqual(['subway']);
    expect(applyFilter(sets, f({ q: '律政' }), names, 'en').map((s) => s.id).sort()).toEqual(['courtroom', 'trial-room']);
  });

  it('needs every word to match', () => {
    expect(matchesQuery(sets[0]!, 'court 1:1', names)).toBe(true);
    expect(matchesQuery(sets[0]!, 'court platform', names)).toBe(false);
  });

  it('normalises width, case and punctuation', () => {
    expect(normalise('《ＡＢＣ》 Hello,World')).toBe('abc hello world');
  });
});

describe('catalog filters', () => {
  it('narrows by category, area, width and 3D', () => {
    expect(applyFilter(sets, f({ categories: ['legal'] }), names, 'en').map((s) => s.id)).toEqual(['courtroom', 'trial-room']);
    expect(applyFilter(sets, f({ areaMin: 100, areaMax: 500 }), names, 'en').map((s) => s.id)).toEqual(['courtroom']);
    expect(applyFilter(sets, f({ widthMin: 10 }), names, 'en').map((s) => s.id)).toEqual(['courtroom', 'subway']);
    expect(applyFilter(sets, f({ only3d: true }), names, 'en').map((s) => s.id)).toEqual(['courtroom', 'subway']);
    expect(applyFilter(sets, f({ genres: ['urban-romance', 'legal-drama'] }), names, 'en')).toHaveLength(3);
  });

  it('sorts by area, height and rate', () => {
    expect(applyFilter(sets, f({ sort: 'area' }), names, 'en').map((s) => s.id)).toEqual(['subway', 'courtroom', 'trial-room']);
    expect(applyFilter(sets, f({ sort: 'height' }), names, 'en').map((s) => s.id)).toEqual(['subway', 'courtroom', 'trial-room']);
    expect(applyFilter(sets, f({ sort: 'rate' }), names, 'en').map((s) => s.id)).toEqual(['trial-room', 'subway', 'courtroom']);
  });

  it('knows when anything is filtered', () => {
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
    expect(isFiltered(f({ only3d: true }))).toBe(true);
    expect(isFiltered(f({ sort: 'rate' }))).toBe(false);
  });
});

describe('filter ↔ URL', () => {
  it('round-trips through the catalog URL codec', () => {
    const filter = f({ q: '法庭 court', categories: ['legal', 'transport'], eras: ['contemporary'], areaMin: 50, areaMax: 300, widthMin: 8, only3d: true, sort: 'area' });
    const query = formatCatalogParams(filterToParams(filter));
    const back = filterFromParams(parseCatalogParams(query).params);
    expect(back).toEqual(filter);
  });

  it('writes nothing for the empty filter', () => {
    expect(formatCatalogParams(filterToParams(EMPTY_FILTER))).toBe('');
  });
});
