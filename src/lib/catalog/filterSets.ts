/**
 * Catalog filtering, search and sorting: pure functions over catalog sets, so the
 * grid, the URL and the tests agree on what a filter means.
 */
import type { LocalText } from '../i18n/define';

import type { CatalogParams, CatalogSort } from '../url/catalogUrl';
import { SORTS } from '../url/catalogUrl';

export type SortKey = CatalogSort;
export const SORT_KEYS: readonly SortKey[] = SORTS;

export interface SetFilter {
  /** Free text; every word must match somewhere in either language. */
  q: string;
  categories: string[];
  eras: string[];
  genres: string[];
  areaMin: number | null;
  areaMax: number | null;
  widthMin: number | null;
  widthMax: number | null;
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
  widthMin: null,
  widthMax: null,
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
  if (f.widthMin !== null && set.dimensions.width < f.widthMin) return false;
  if (f.widthMax !== null && set.dimensions.width > f.widthMax) return false;
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
  return Boolean(
    f.q ||
      f.categories.length ||
      f.eras.length ||
      f.genres.length ||
      f.areaMin !== null ||
      f.areaMax !== null ||
      f.widthMin !== null ||
      f.widthMax !== null ||
      f.only3d,
  );
}

/** The filter described by the catalog's URL parameters (catalogUrl.ts). */
export function filterFromParams(p: Partial<CatalogParams>): SetFilter {
  return {
    q: p.q ?? '',
    categories: p.cat ?? [],
    eras: p.era ?? [],
    genres: p.genre ?? [],
    areaMin: p.area?.min ?? null,
    areaMax: p.area?.max ?? null,
    widthMin: p.w?.min ?? null,
    widthMax: p.w?.max ?? null,
    only3d: p.d3 ?? false,
    sort: p.sort ?? 'name',
  };
}

/** The URL parameters of a filter; defaults are left out so links stay short. */
export function filterToParams(f: SetFilter): Partial<CatalogParams> {
  const out: Partial<CatalogParams> = {};
  const range = (min: number | null, max: number | null) =>
    min === null && max === null ? undefined : { ...(min !== null ? { min } : {}), ...(max !== null ? { max } : {}) };
  if (f.q.trim()) out.q = f.q.trim();
  if (f.categories.length) out.cat = f.categories;
  if (f.eras.length) out.era = f.eras;
  if (f.genres.length) out.genre = f.genres;
  const area = range(f.areaMin, f.areaMax);
  if (area) out.area = area;
  const w = range(f.widthMin, f.widthMax);
  if (w) out.w = w;
  if (f.only3d) out.d3 = true;
  if (f.sort !== 'name') out.sort = f.sort;
  return out;
}
