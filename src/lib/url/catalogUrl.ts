/**
 * The catalog route's filter state in the URL (`/`): the same never-throw, notice-per-bad-value
 * behaviour as the viewer's parameters (viewUrl.ts), so a filtered catalog can be shared.
 *
 * `cat`, `era` and `genre` are comma lists (one value is a list of one), so several categories
 * can be ticked at once. `w` and `area` are "min-max" with either end optional ("10-40", "10-",
 * "-40"). An empty `q`, `cat`, `era` or `genre` means "no filter" and is dropped silently, since a
 * cleared search box is not a mistake.
 */
import type { Lang, Notice, NoticeReason, Parsed } from './query';
import { LANGS, formatFixed, isId, joinQuery, notice, otherPairs, readEnum, splitQuery } from './query';

/** name: A→Z; area: largest first; height: tallest first; rate: cheapest day rate first. */
export const SORTS = ['name', 'area', 'height', 'rate'] as const;
export type CatalogSort = (typeof SORTS)[number];

/** A closed or half-open interval; at least one end is present. */
export interface NumberRange {
  min?: number;
  max?: number;
}

export interface CatalogParams {
  lang: Lang;
  /** A base id. */
  base: string;
  /** Search text, at most 200 characters. */
  q: string;
  /** Category ids. */
  cat: string[];
  /** Era ids. */
  era: string[];
  /** Genre ids. */
  genre: string[];
  /** Set width in metres, [0, 1000], to 0.1 m. */
  w: NumberRange;
  /** Floor area in m², [0, 1 000 000], to 1 m². */
  area: NumberRange;
  /** Only sets with a 3D model. */
  d3: boolean;
  sort: CatalogSort;
}

/** Ids the catalog knows; a well-formed id outside these lists is reported as `unknown`. */
export interface KnownCatalogIds {
  bases?: readonly string[];
  categories?: readonly string[];
  eras?: readonly string[];
  genres?: readonly string[];
}

/** The parameters this codec owns, in the order formatCatalogParams writes them. */
export const CATALOG_KEYS = ['lang', 'base', 'q', 'cat', 'era', 'genre', 'w', 'area', 'd3', 'sort'] as const;

export const CATALOG_LIMITS = { qLength: 200, width: 1000, area: 1_000_000 } as const;

const RANGE_PATTERN = /^\s*(\d+(?:\.\d*)?|\.\d+)?\s*-\s*(\d+(?:\.\d*)?|\.\d+)?\s*$/;

function readRange(value: string, max: number): NumberRange | NoticeReason {
  const m = RANGE_PATTERN.exec(value);
  if (!m || (m[1] === undefined && m[2] === undefined)) return 'format';
  const range: NumberRange = {};
  if (m[1] !== undefined) range.min = Number(m[1]);
  if (m[2] !== undefined) range.max = Number(m[2]);
  const ends = [range.min, range.max].filter((v): v is number => v !== undefined);
  if (ends.some((v) => !Number.isFinite(v) || v > max)) return 'range';
  if (range.min !== undefined && range.max !== undefined && range.min > range.max) return 'range';
  return range;
}

function readIdList(key: string, value: string, known: readonly string[] | undefined, notices: Notice[]): string[] {
  const out: string[] = [];
  for (const raw of value.split(',')) {
    const item = raw.trim();
    if (item === '') continue;
    if (!isId(item)) notices.push(notice(key, item, 'format'));
    else if (known && !known.includes(item)) notices.push(notice(key, item, 'unknown'));
    else if (!out.includes(item)) out.push(item);
  }
  return out;
}

/**
 * Reads the catalog filters from a query string. Bad values are dropped with a notice (list
 * items one by one); other parameters are passed through in `others`. Never throws.
 */
export function parseCatalogParams(search: string, known?: KnownCatalogIds): Parsed<CatalogParams> {
  const { values, others, notices } = splitQuery(search, CATALOG_KEYS);
  const params: Partial<CatalogParams> = {};
  const drop = (key: string, value: string, reason: NoticeReason) => notices.push(notice(key, value, reason));

  for (const [key, value] of values) {
    switch (key) {
      case 'lang': {
        const v = readEnum(value, LANGS);
        if (v) params.lang = v;
        else drop(key, value, 'unknown');
        break;
      }
      case 'sort': {
        const v = readEnum(value, SORTS);
        if (v) params.sort = v;
        else drop(key, value, 'unknown');
        break;
      }
      case 'base':
        if (!isId(value)) drop(key, value, 'format');
        else if (known?.bases && !known.bases.includes(value)) drop(key, value, 'unknown');
        else params.base = value;
        break;
      case 'q': {
        const q = value.trim();
        if (q.length > CATALOG_LIMITS.qLength) drop(key, value, 'range');
        else if (q) params.q = q;
        break;
      }
      case 'cat':
      case 'era':
      case 'genre': {
        const list = key === 'cat' ? known?.categories : key === 'era' ? known?.eras : known?.genres;
        const ids = readIdList(key, value, list, notices);
        if (ids.length) params[key] = ids;
        break;
      }
      case 'w':
      case 'area': {
        const r = readRange(value, key === 'w' ? CATALOG_LIMITS.width : CATALOG_LIMITS.area);
        if (typeof r === 'string') drop(key, value, r);
        else params[key] = r;
        break;
      }
      case 'd3':
        if (value === '1') params.d3 = true;
        else if (value === '0') params.d3 = false;
        else drop(key, value, 'format');
        break;
    }
  }
  return { params, notices, others };
}

function formatRange(r: NumberRange | undefined, decimals: number, max: number): string | null {
  if (!r) return null;
  const end = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? formatFixed(Math.min(max, Math.max(0, v)), decimals) : '');
  let lo = end(r.min);
  let hi = end(r.max);
  if (lo && hi && Number(lo) > Number(hi)) [lo, hi] = [hi, lo];
  return lo || hi ? `${lo}-${hi}` : null;
}

/**
 * Writes catalog filters as a query string beginning with "?" ("" when empty), in the order
 * lang, base, q, cat, era, genre, w, area, d3, sort, then `others`. Widths are written to
 * 0.1 m, areas to 1 m²; `d3` only when true; empty lists and text are left out; values that
 * could not be read back (malformed ids, unknown names) are skipped.
 */
export function formatCatalogParams(params: Partial<CatalogParams>, others?: string | Iterable<readonly [string, string]>): string {
  const pairs: [string, string][] = [];
  if (params.lang && (LANGS as readonly string[]).includes(params.lang)) pairs.push(['lang', params.lang]);
  if (params.base && isId(params.base)) pairs.push(['base', params.base]);
  const q = params.q?.trim();
  if (q) pairs.push(['q', q.slice(0, CATALOG_LIMITS.qLength)]);
  for (const key of ['cat', 'era', 'genre'] as const) {
    const ids = [...new Set((params[key] ?? []).filter(isId))];
    if (ids.length) pairs.push([key, ids.join(',')]);
  }
  const w = formatRange(params.w, 1, CATALOG_LIMITS.width);
  if (w) pairs.push(['w', w]);
  const area = formatRange(params.area, 0, CATALOG_LIMITS.area);
  if (area) pairs.push(['area', area]);
  if (params.d3) pairs.push(['d3', '1']);
  if (params.sort && (SORTS as readonly string[]).includes(params.sort)) pairs.push(['sort', params.sort]);
  return joinQuery([...pairs, ...otherPairs(others, CATALOG_KEYS)]);
}
