/**
 * Catalog filtering, search and sorting: pure functions over catalog sets, so the
 * grid, the URL and the tests agree on what a filter means.
 */
import type { LocalText } from '../data/schema';

export type SortKey = 'name' | 'area' | 'height' | 'rate';
export const SORT_KEYS: readonly SortKey[] = ['name', 'area', 'height', 'rate'];

export interface SetFilter {
  /** Free text; every word must match somewhere in either language. */
  q: string;
  categories: string[];
  eras: string[];
  genres: string[];
  areaMin: number | null;
  areaMax: number | null;
  only3d: boolean;
  sort: SortKey;
}

export const EMPTY_FILTER: SetFilter = {
  q: '',
  categories: [],
  eras: [],
  genres: [],
  areaMin: null,
  areaMax: null,
  only3d: false,
  sort: 'name',
};

/** The fields of a set the filter reads (a CatalogSet satisfies it). */
export interface FilterableSet {
  id: string;
  name: LocalText;
  summary: LocalText;
  category: string;
  era: string;
  genres: string[];
  tags: { zh: string[]; en: string[] };
  dimensions: { width: number; depth: number; height: number };
  floorArea: { value: number };
  rates: { day: number };
  model: unknown;
}

/** Names of taxonomy ids in both languages, so "律政" finds legal-drama sets in English too. */
export type TaxonomyNames = Map<string, LocalText>;

export function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s·•,，、。.;；:："“”'‘’()（）《》<>-]+/g, ' ').trim();
}

function haystack(set: FilterableSet, names: TaxonomyNames): string {
  const parts: string[] = [set.id, set.name.zh, set.name.en, set.summary.zh, set.summary.en, ...set.tags.zh, ...set.tags.en];
  for (const id of [set.category, set.era, ...set.genres]) {
    const n = names.get(id);
    if (n) parts.push(n.zh, n.en);
  }
  return normalise(parts.join(' | '));
}

export function matchesQuery(set: FilterableSet, q: string, names: TaxonomyNames): boolean {
  const words = normalise(q).split(' ').filter(Boolean);
  if (!words.length) return true;
  const hay = haystack(set, names);
  // Chinese has no spaces: a word matches as a substring, so "法庭" finds "一比一法庭".
  return words.every((w) => hay.includes(w));
}

export function matchesFilter(set: FilterableSet, f: SetFilter, names: TaxonomyNames): boolean {
  if (f.categories.length && !f.categories.includes(set.category)) return false;
  if (f.eras.length && !f.eras.includes(set.era)) return false;
  if (f.genres.length && !f.genres.some((g) => set.genres.includes(g))) return false;
  if (f.areaMin !== null && set.floorArea.value < f.areaMin) return false;
  if (f.areaMax !== null && set.floorArea.value > f.areaMax) return false;
  if (f.only3d && !set.model) return false;
  return matchesQuery(set, f.q, names);
}

export function sortSets<T extends FilterableSet>(sets: readonly T[], key: SortKey, lang: 'zh' | 'en'): T[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { sensitivity: 'base', numeric: true });
  const byName = (a: T, b: T) => collator.compare(a.name[lang], b.name[lang]);
  const out = [...sets];
  switch (key) {
    case 'area':
      return out.sort((a, b) => b.floorArea.value - a.floorArea.value || byName(a, b));
    case 'height':
      return out.sort((a, b) => b.dimensions.height - a.dimensions.height || byName(a, b));
    case 'rate':
      return out.sort((a, b) => a.rates.day - b.rates.day || byName(a, b));
    default:
      return out.sort(byName);
  }
}

export function applyFilter<T extends FilterableSet>(sets: readonly T[], f: SetFilter, names: TaxonomyNames, lang: 'zh' | 'en'): T[] {
  return sortSets(
    sets.filter((s) => matchesFilter(s, f, names)),
    f.sort,
    lang,
  );
}

export function isFiltered(f: SetFilter): boolean {
  return Boolean(f.q || f.categories.length || f.eras.length || f.genres.length || f.areaMin !== null || f.areaMax !== null || f.only3d);
}

/** A URL value that was not understood and was ignored. */
export interface ParamNotice {
  param: string;
  value: string;
}

const LIST_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function parseList(params: URLSearchParams, key: string, notices: ParamNotice[]): string[] {
  const raw = params.get(key);
  if (raw === null || raw === '') return [];
  const out: string[] = [];
  for (const part of raw.split(',')) {
    if (LIST_ID.test(part) && !out.includes(part)) out.push(part);
    else notices.push({ param: key, value: part });
  }
  return out;
}

function parseRange(raw: string | null, param: string, notices: ParamNotice[]): [number | null, number | null] {
  if (raw === null || raw === '') return [null, null];
  const m = /^(\d+(?:\.\d+)?)?-(\d+(?:\.\d+)?)?$/.exec(raw);
  if (!m || (!m[1] && !m[2])) {
    notices.push({ param, value: raw });
    return [null, null];
  }
  const lo = m[1] ? Number(m[1]) : null;
  const hi = m[2] ? Number(m[2]) : null;
  if (lo !== null && hi !== null && lo > hi) {
    notices.push({ param, value: raw });
    return [null, null];
  }
  return [lo, hi];
}

/**
 * Reads the catalog's filter from the URL (`q`, `cat`, `era`, `genre`, `area=min-max`,
 * `d3=1`, `sort`). Unknown values are dropped and reported, never thrown.
 * Ids are checked for shape here; ids absent from the catalog simply match nothing.
 */
export function filterFromParams(params: URLSearchParams): { filter: SetFilter; notices: ParamNotice[] } {
  const notices: ParamNotice[] = [];
  const q = (params.get('q') ?? '').slice(0, 120);
  const [areaMin, areaMax] = parseRange(params.get('area'), 'area', notices);
  const d3 = params.get('d3');
  if (d3 !== null && d3 !== '1' && d3 !== '0') notices.push({ param: 'd3', value: d3 });
  const sortRaw = params.get('sort');
  const sort = SORT_KEYS.includes(sortRaw as SortKey) ? (sortRaw as SortKey) : 'name';
  if (sortRaw !== null && sort !== sortRaw) notices.push({ param: 'sort', value: sortRaw });
  return {
    filter: {
      q,
      categories: parseList(params, 'cat', notices),
      eras: parseList(params, 'era', notices),
      genres: parseList(params, 'genre', notices),
      areaMin,
      areaMax,
      only3d: d3 === '1',
      sort,
    },
    notices,
  };
}

/** Writes the filter into URL parameters, leaving every other parameter alone. */
export function filterToParams(f: SetFilter, into: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(into);
  const put = (key: string, value: string | null) => (value ? out.set(key, value) : out.delete(key));
  put('q', f.q.trim() || null);
  put('cat', f.categories.join(',') || null);
  put('era', f.eras.join(',') || null);
  put('genre', f.genres.join(',') || null);
  put('area', f.areaMin !== null || f.areaMax !== null ? `${f.areaMin ?? ''}-${f.areaMax ?? ''}` : null);
  put('d3', f.only3d ? '1' : null);
  put('sort', f.sort !== 'name' ? f.sort : null);
  return out;
}
