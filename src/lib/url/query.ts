/**
 * A small query-string toolkit shared by the URL codecs (viewUrl.ts for the viewer,
 * catalogUrl.ts for the catalog): never-throwing parsing with a notice per dropped
 * value, and stable formatting.
 */
import { LANGS } from '../i18n/define';
import type { Lang } from '../i18n/define';

// The languages, for the lang= parameter (defined once, in src/lib/i18n/define.ts).
export { LANGS };
export type { Lang };

/** Why a parameter value was dropped: not readable, readable but outside the allowed range, or not one of the known values. */
export type NoticeReason = 'format' | 'range' | 'unknown';

/** One dropped parameter value. `value` is the decoded text as given (shortened past 200 characters). */
export interface Notice {
  param: string;
  value: string;
  reason: NoticeReason;
}

/** A parsed query: the values that passed, what was dropped, and every parameter this codec does not own, in order. */
export interface Parsed<P> {
  params: Partial<P>;
  notices: Notice[];
  others: [string, string][];
}

// ---------------------------------------------------------------------------------------------
// Shared toolkit (also used by catalogUrl.ts)

/** The catalog's id syntax (src/data/schema.ts): lower-case letters and digits in hyphenated words, ≤ 64 characters. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Whether `s` is a catalog id (see ID_PATTERN). */
export const isId = (s: string): boolean => s.length <= 64 && ID_PATTERN.test(s);

const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A decimal number as written in a URL (no hex, no "Infinity", no blanks), or null. May be ±Infinity for huge exponents. */
export function readNumber(s: string): number | null {
  return NUMBER_PATTERN.test(s) ? Number(s) : null;
}

const MAX_NOTICE_VALUE = 200;

/** Builds a Notice, shortening very long values so a hostile URL cannot flood the UI. */
export function notice(param: string, value: string, reason: NoticeReason): Notice {
  return { param, value: value.length > MAX_NOTICE_VALUE ? `${value.slice(0, MAX_NOTICE_VALUE - 1)}…` : value, reason };
}

/**
 * Splits a query string (with or without the leading "?") into the last value of each owned
 * key and the pairs it does not own. Earlier repeats of an owned key are reported as `format`
 * notices: a link should say each thing once, and the last one is what a later edit appended.
 */
export function splitQuery(
  search: string,
  owned: readonly string[],
): { values: Map<string, string>; others: [string, string][]; notices: Notice[] } {
  const values = new Map<string, string>();
  const others: [string, string][] = [];
  const notices: Notice[] = [];
  let pairs: [string, string][];
  try {
    pairs = [...new URLSearchParams(typeof search === 'string' ? search : '')];
  } catch {
    // URLSearchParams does not throw on any string today; the guard keeps "never throws" a promise.
    pairs = [];
  }
  const ownedSet = new Set(owned);
  for (const [key, value] of pairs) {
    if (!ownedSet.has(key)) {
      others.push([key, value]);
      continue;
    }
    const earlier = values.get(key);
    if (earlier !== undefined) notices.push(notice(key, earlier, 'format'));
    values.set(key, value);
  }
  return { values, others, notices };
}

/** Reads an enumerated value, case-insensitively. */
export function readEnum<T extends string>(value: string, allowed: readonly T[]): T | null {
  const v = value.trim().toLowerCase();
  return (allowed as readonly string[]).includes(v) ? (v as T) : null;
}

// Lone surrogates make encodeURIComponent throw; a formatter must not.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Percent-encodes a key or value for a query string, keeping commas and semicolons readable (they are legal there). */
export function encodeQueryPart(s: string): string {
  return encodeURIComponent(s.replace(LONE_SURROGATE, '\uFFFD')).replace(/%2C/gi, ',').replace(/%3B/gi, ';');
}

/** Joins pairs into "?a=b&c=d", or "" when there are none. */
export function joinQuery(pairs: readonly [string, string][]): string {
  if (pairs.length === 0) return '';
  return `?${pairs.map(([k, v]) => `${encodeQueryPart(k)}=${encodeQueryPart(v)}`).join('&')}`;
}

/** Normalises "others" given as a query string or as pairs, dropping keys in `owned`. */
export function otherPairs(others: string | Iterable<readonly [string, string]> | undefined, owned: readonly string[]): [string, string][] {
  if (others === undefined) return [];
  const source: Iterable<readonly [string, string]> = typeof others === 'string' ? splitQuery(others, []).others : others;
  const ownedSet = new Set(owned);
  const out: [string, string][] = [];
  for (const [k, v] of source) if (!ownedSet.has(k)) out.push([String(k), String(v)]);
  return out;
}

/** Writes a number with at most `decimals` decimals, without trailing zeros, and never "-0". */
export function formatFixed(v: number, decimals: number): string {
  const s = v.toFixed(decimals);
  const trimmed = s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  return trimmed === '-0' ? '0' : trimmed;
}

