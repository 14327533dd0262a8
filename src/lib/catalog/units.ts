/**
 * Units and number formatting for set figures: lengths, areas (m², ft², 亩, acres), power
 * drops and rates. Pure functions over Intl, so the UI shows the same text in tests and in the
 * browser.
 *
 * SI symbols (m, m², A, V, kVA) are written the same in both languages, as Chinese technical
 * sheets do; units without an international symbol are translated (英尺, 英寸, 平方英尺, 亩, 英亩)
 * and follow the number without a space, as Chinese typesetting does.
 */

export type UnitSystem = 'metric' | 'imperial';
export type UnitLang = 'zh' | 'en';

/** Exact by definition (international foot, 1959). */
export const M_PER_FT = 0.3048;
export const M_PER_IN = 0.0254;
export const M2_PER_FT2 = M_PER_FT * M_PER_FT;
/** 1 mu (市亩) = 1/15 hectare = 666.67 m². */
export const M2_PER_MU = 10_000 / 15;
/** International acre, exactly 4046.8564224 m². */
export const M2_PER_ACRE = 4046.8564224;

/** Metres to feet. */
export const metresToFeet = (m: number): number => m / M_PER_FT;
/** Feet to metres. */
export const feetToMetres = (ft: number): number => ft * M_PER_FT;
/** Square metres to square feet. */
export const m2ToFt2 = (m2: number): number => m2 / M2_PER_FT2;
/** Square feet to square metres. */
export const ft2ToM2 = (ft2: number): number => ft2 * M2_PER_FT2;
/** Mu (亩) to square metres. */
export const muToM2 = (mu: number): number => mu * M2_PER_MU;
/** Square metres to mu (亩). */
export const m2ToMu = (m2: number): number => m2 / M2_PER_MU;
/** Acres to square metres. */
export const acresToM2 = (acres: number): number => acres * M2_PER_ACRE;
/** Square metres to acres. */
export const m2ToAcres = (m2: number): number => m2 / M2_PER_ACRE;

/** The BCP 47 locale used for each UI language. */
export const localeFor = (lang: UnitLang): string => (lang === 'zh' ? 'zh-CN' : 'en-US');

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: UnitLang, decimals: number): Intl.NumberFormat {
  const key = `${lang}|${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeFor(lang), { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, f);
  }
  return f;
}

/**
 * A number with exactly `decimals` decimals and the language's digit grouping ("12,345.6").
 * Values that round to zero print without a minus sign; non-finite values print as "—".
 */
export function formatNumber(n: number, lang: UnitLang, decimals = 0): string {
  if (!Number.isFinite(n)) return '—';
  const f = 10 ** decimals;
  const rounded = Math.round(n * f) / f;
  return numberFormat(lang, decimals).format(rounded === 0 ? 0 : rounded);
}

const withUnit = (num: string, unit: string, lang: UnitLang, si: boolean) => (si || lang === 'en' ? `${num} ${unit}` : `${num}${unit}`);

/**
 * A length: metric "12.0 m" (`decimals`, default 1), imperial "39 ft 4 in" / "39英尺4英寸"
 * to the nearest inch (whole feet drop the inches: "40 ft"; under a foot: "5 in").
 */
export function formatLength(m: number, system: UnitSystem, lang: UnitLang, decimals = 1): string {
  if (!Number.isFinite(m)) return '—';
  if (system === 'metric') return withUnit(formatNumber(m, lang, decimals), 'm', lang, true);
  const totalIn = Math.round(Math.abs(m) / M_PER_IN);
  const sign = m < 0 && totalIn > 0 ? '-' : '';
  const ft = Math.floor(totalIn / 12);
  const inch = totalIn % 12;
  const [ftUnit, inUnit] = lang === 'zh' ? ['英尺', '英寸'] : ['ft', 'in'];
  const parts: string[] = [];
  if (ft > 0) parts.push(withUnit(formatNumber(ft, lang), ftUnit, lang, false));
  if (inch > 0 || ft === 0) parts.push(withUnit(String(inch), inUnit, lang, false));
  return sign + parts.join(lang === 'zh' ? '' : ' ');
}

/** An area: metric "1,200 m²", imperial "12,917 ft²" / "12,917平方英尺". */
export function formatArea(m2: number, system: UnitSystem, lang: UnitLang, decimals = 0): string {
  if (!Number.isFinite(m2)) return '—';
  if (system === 'metric') return withUnit(formatNumber(m2, lang, decimals), 'm²', lang, true);
  return lang === 'zh' ? `${formatNumber(m2ToFt2(m2), lang, decimals)}平方英尺` : `${formatNumber(m2ToFt2(m2), lang, decimals)} ft²`;
}

/** An area in mu, the land unit Chinese bases quote: "12.5亩" / "12.5 mu". */
export function formatMu(m2: number, lang: UnitLang, decimals = 1): string {
  return withUnit(formatNumber(m2ToMu(m2), lang, decimals), lang === 'zh' ? '亩' : 'mu', lang, false);
}

/** An area in acres: "3.09 acres" / "3.09英亩". */
export function formatAcres(m2: number, lang: UnitLang, decimals = 2): string {
  return withUnit(formatNumber(m2ToAcres(m2), lang, decimals), lang === 'zh' ? '英亩' : 'acres', lang, false);
}

/**
 * Apparent power of one supply in kVA. Three-phase: √3 · V · I with V the line-to-line voltage
 * (380/400 V in China); single-phase: V · I.
 */
export function apparentPowerKva(amps: number, phases: 1 | 3, volts: number): number {
  return ((phases === 3 ? Math.sqrt(3) : 1) * volts * amps) / 1000;
}

/** A power supply: "4 × 63 A, 3-phase 380 V" / "4 × 63 A，三相 380 V"; one drop omits "1 ×". */
export function formatPower(supply: { drops?: number; amps: number; phases: 1 | 3; volts?: number }, lang: UnitLang): string {
  const count = supply.drops !== undefined && supply.drops !== 1 ? `${formatNumber(supply.drops, lang)} × ` : '';
  const amps = `${count}${formatNumber(supply.amps, lang, Number.isInteger(supply.amps) ? 0 : 1)} A`;
  const phase = lang === 'zh' ? (supply.phases === 3 ? '三相' : '单相') : supply.phases === 3 ? '3-phase' : 'single-phase';
  const volts = supply.volts !== undefined ? ` ${formatNumber(supply.volts, lang)} V` : '';
  return `${amps}${lang === 'zh' ? '，' : ', '}${phase}${volts}`;
}

/** Apparent power, "41.5 kVA". */
export function formatKva(kva: number, lang: UnitLang, decimals = 1): string {
  return withUnit(formatNumber(kva, lang, decimals), 'kVA', lang, true);
}

/**
 * Money with Intl's currency style for the language: CNY 12000 → "¥12,000" (zh) /
 * "CN¥12,000" (en). Whole amounts print without decimals. A currency code Intl rejects falls
 * back to "XYZ 12,000" rather than throwing.
 */
export function formatCurrency(amount: number, currency: string, lang: UnitLang, compact = false): string {
  if (!Number.isFinite(amount)) return '—';
  // Compact ("CN¥600M", "¥6亿") for headline sums that would not fit a fact card.
  const short = compact && Math.abs(amount) >= 100_000;
  const decimals = short || Number.isInteger(amount) ? 0 : 2;
  try {
    return new Intl.NumberFormat(localeFor(lang), {
      style: 'currency',
      currency,
      notation: short ? 'compact' : 'standard',
      minimumFractionDigits: decimals,
      maximumFractionDigits: short ? 1 : decimals,
    }).format(amount);
  } catch {
    return `${currency} ${formatNumber(amount, lang, decimals)}`;
  }
}
