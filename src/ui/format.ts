import type { Lang } from './i18n';
import { langTag } from './i18n';
import type { Units } from '../state/prefs';

const M_PER_FT = 0.3048;
const M2_PER_FT2 = M_PER_FT * M_PER_FT;

export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(langTag(lang), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** A length in the chosen units: "12.0 m" or "39 ft 4 in". */
export function formatLength(m: number, units: Units, lang: Lang): string {
  if (units === 'metric') return `${formatNumber(m, lang, 1)} m`;
  const totalIn = Math.round(m / 0.0254);
  const ft = Math.floor(totalIn / 12);
  const inch = totalIn - ft * 12;
  return inch ? `${formatNumber(ft, lang)} ft ${inch} in` : `${formatNumber(ft, lang)} ft`;
}

/** Both systems at once, the chosen one first: "12.0 m (39 ft 4 in)". */
export function formatLengthBoth(m: number, units: Units, lang: Lang): string {
  const other: Units = units === 'metric' ? 'imperial' : 'metric';
  return `${formatLength(m, units, lang)} (${formatLength(m, other, lang)})`;
}

export function formatArea(m2: number, units: Units, lang: Lang): string {
  return units === 'metric' ? `${formatNumber(m2, lang)} m²` : `${formatNumber(m2 / M2_PER_FT2, lang)} ft²`;
}

export function formatAreaBoth(m2: number, units: Units, lang: Lang): string {
  const other: Units = units === 'metric' ? 'imperial' : 'metric';
  return `${formatArea(m2, units, lang)} (${formatArea(m2, other, lang)})`;
}

export function formatMoney(amount: number, currency: string, lang: Lang): string {
  return new Intl.NumberFormat(langTag(lang), { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(langTag(lang), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
