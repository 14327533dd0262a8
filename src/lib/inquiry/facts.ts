/**
 * A set's key figures as short labelled lines, in the inquiry's language and the chosen unit
 * system: the same lines for the email, the PDF one-pager and the presentation. Figures the
 * catalog flags as representative carry `representative: true` (shown with an asterisk).
 */
import type { LocalText } from '../i18n/define';
import type { UnitSystem } from '../catalog/units';
import { formatArea, formatCurrency, formatLength, formatNumber, formatPower } from '../catalog/units';
import type { Lang } from './words';
import { word } from './words';

type Flag = { representative?: boolean | undefined };

/** A set's key figures as the catalog gives them (src/data/schema.ts's SetEntry satisfies it). */
export interface SetFacts {
  dimensions: { width: number; depth: number; height: number } & Flag;
  floorArea: { value: number } & Flag;
  gridHeight: { value: number } & Flag;
  power: { drops: number; amps: number; phases: 1 | 3; volts: number; notes?: LocalText | undefined } & Flag;
  sound: { dialogueClean: boolean; notes: LocalText } & Flag;
  loadIn: { route: LocalText; doorWidth: number; doorHeight: number } & Flag;
  maxCrew: { value: number } & Flag;
  rates: { currency: string; day: number; halfDay: number } & Flag;
}

/** The parts of a catalog set an inquiry reads. */
export interface InquirySet extends SetFacts {
  id: string;
  name: LocalText;
  summary: LocalText;
  still?: string | undefined;
  category: string;
  baseId: string;
}

export interface FactLine {
  key: 'size' | 'area' | 'grid' | 'power' | 'sound' | 'door' | 'crew' | 'rate';
  label: string;
  value: string;
  representative: boolean;
}

export function sizeText(set: Pick<SetFacts, 'dimensions'>, lang: Lang, units: UnitSystem): string {
  const { width, depth, height } = set.dimensions;
  return `${formatLength(width, units, lang)} × ${formatLength(depth, units, lang)} × ${formatLength(height, units, lang)}`;
}

export function rateText(set: Pick<SetFacts, 'rates'>, lang: Lang): string {
  const r = set.rates;
  return word(lang, 'rate', { day: formatCurrency(r.day, r.currency, lang), half: formatCurrency(r.halfDay, r.currency, lang) });
}

/** Every key figure of a set, in a fixed order. */
export function factLines(set: InquirySet, lang: Lang, units: UnitSystem): FactLine[] {
  const rep = (x: { representative?: boolean | undefined }) => Boolean(x.representative);
  return [
    { key: 'size', label: word(lang, 'size'), value: sizeText(set, lang, units), representative: rep(set.dimensions) },
    { key: 'area', label: word(lang, 'area'), value: formatArea(set.floorArea.value, units, lang), representative: rep(set.floorArea) },
    { key: 'grid', label: word(lang, 'grid'), value: formatLength(set.gridHeight.value, units, lang), representative: rep(set.gridHeight) },
    { key: 'power', label: word(lang, 'power'), value: formatPower(set.power, lang), representative: rep(set.power) },
    { key: 'sound', label: word(lang, 'sound'), value: word(lang, set.sound.dialogueClean ? 'soundClean' : 'soundNotClean'), representative: rep(set.sound) },
    {
      key: 'door',
      label: word(lang, 'door'),
      value: `${formatLength(set.loadIn.doorWidth, units, lang)} × ${formatLength(set.loadIn.doorHeight, units, lang)}`,
      representative: rep(set.loadIn),
    },
    { key: 'crew', label: word(lang, 'maxCrew'), value: word(lang, 'people', { n: formatNumber(set.maxCrew.value, lang) }), representative: rep(set.maxCrew) },
    { key: 'rate', label: word(lang, 'dayRate'), value: rateText(set, lang), representative: rep(set.rates) },
  ];
}

/** Sets grouped by base, in the order the bases first appear: one inquiry goes to each base. */
export function groupByBase<S extends { baseId: string }>(sets: readonly S[]): { baseId: string; sets: S[] }[] {
  const groups: { baseId: string; sets: S[] }[] = [];
  for (const s of sets) {
    const g = groups.find((x) => x.baseId === s.baseId);
    if (g) g.sets.push(s);
    else groups.push({ baseId: s.baseId, sets: [s] });
  }
  return groups;
}

/** Day rates × days per currency (sets in different currencies are not added together). */
export function estimate(sets: readonly Pick<SetFacts, 'rates'>[], days: number): { currency: string; total: number; representative: boolean }[] {
  const out: { currency: string; total: number; representative: boolean }[] = [];
  for (const s of sets) {
    const e = out.find((x) => x.currency === s.rates.currency);
    if (e) {
      e.total += s.rates.day * days;
      e.representative ||= Boolean(s.rates.representative);
    } else out.push({ currency: s.rates.currency, total: s.rates.day * days, representative: Boolean(s.rates.representative) });
  }
  return out;
}
