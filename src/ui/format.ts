/**
 * Display formatting for the DOM, on top of src/lib/catalog/units.ts: both unit systems
 * side by side, and dates.
 */
import type { Units } from '../state/prefs';
import { formatArea, formatCurrency, formatLength, formatNumber } from '../lib/catalog/units';
import type { Lang } from '../lib/i18n';
import { langTag } from '../lib/i18n';

export { formatArea, formatLength, formatNumber };

/** Both systems at once, the chosen one first: "12.0 m (39 ft 4 in)". */
export function formatLengthBoth(m: number, units: Units, lang: Lang): string {
  const other: Units = units === 'metric' ? 'imperial' : 'metric';
  return `${formatLength(m, units, lang)} (${formatLength(m, other, lang)})`;
}

export function formatAreaBoth(m2: number, units: Units, lang: Lang): string {
  const other: Units = units === 'metric' ? 'imperial' : 'metric';
  return `${formatArea(m2, units, lang)} (${formatArea(m2, other, lang)})`;
}

export const formatMoney = formatCurrency;

export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(langTag(lang), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
