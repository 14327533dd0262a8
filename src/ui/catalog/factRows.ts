import type { CatalogSet } from '../../data/load';
import type { Drama, LocalText } from '../../data/schema';
import type { Units } from '../../state/prefs';
import type { Lang, MessageKey, Vars } from '../../lib/i18n';
import { registerStrings } from '../../lib/i18n';
import details from '../../lib/i18n/strings/details';
import { formatAreaBoth, formatDate, formatLength, formatLengthBoth, formatMoney } from '../format';

registerStrings(details);

export interface FactRow {
  key: string;
  label: string;
  /** Lines of text for the value (each rendered as text, never markup). */
  lines: string[];
  representative: boolean;
}

export interface FactContext {
  lang: Lang;
  units: Units;
  t: (key: MessageKey, vars?: Vars) => string;
  names: ReadonlyMap<string, LocalText>;
  dramas: ReadonlyMap<string, Drama>;
  /** Today's date (YYYY-MM-DD): bookings that ended earlier are not listed. */
  today: string;
}

/**
 * Every metadata field of a set as labelled lines, in both unit systems. One source
 * for the detail panel, the viewer's facts panel and the compare table.
 */
export function factRows(set: CatalogSet, ctx: FactContext): FactRow[] {
  const { lang, units, t } = ctx;
  const l = (x: LocalText) => x[lang];
  const len = (m: number) => formatLengthBoth(m, units, lang);
  const { width, depth, height } = set.dimensions;
  const other: Units = units === 'metric' ? 'imperial' : 'metric';
  const upcoming = set.availability.booked.filter((b) => b.to >= ctx.today);
  const genreNames = set.genres.map((g) => (ctx.names.get(g) ? l(ctx.names.get(g) as LocalText) : g));
  return [
    {
      key: 'size',
      label: t('detail.size'),
      lines: [
        `${formatLength(width, units, lang)} × ${formatLength(depth, units, lang)} × ${formatLength(height, units, lang)}`,
        `${formatLength(width, other, lang)} × ${formatLength(depth, other, lang)} × ${formatLength(height, other, lang)}`,
      ],
      representative: Boolean(set.dimensions.representative),
    },
    { key: 'area', label: t('detail.area'), lines: [formatAreaBoth(set.floorArea.value, units, lang)], representative: Boolean(set.floorArea.representative) },
    { key: 'grid', label: t('detail.grid'), lines: [len(set.gridHeight.value)], representative: Boolean(set.gridHeight.representative) },
    {
      key: 'power',
      label: t('detail.power'),
      lines: [
        t('detail.powerValue', { drops: set.power.drops, amps: set.power.amps, phases: set.power.phases, volts: set.power.volts }),
        ...(set.power.notes ? [l(set.power.notes)] : []),
      ],
      representative: Boolean(set.power.representative),
    },
    {
      key: 'sound',
      label: t('detail.sound'),
      lines: [t(set.sound.dialogueClean ? 'detail.soundClean' : 'detail.soundNotClean'), l(set.sound.notes)],
      representative: Boolean(set.sound.representative),
    },
    {
      key: 'loadIn',
      label: t('detail.loadIn'),
      lines: [
        l(set.loadIn.route),
        t('detail.door', { w: formatLength(set.loadIn.doorWidth, units, lang), h: formatLength(set.loadIn.doorHeight, units, lang) }),
      ],
      representative: Boolean(set.loadIn.representative),
    },
    { key: 'crew', label: t('detail.crew'), lines: [t('detail.crewValue', { count: set.maxCrew.value })], representative: Boolean(set.maxCrew.representative) },
    {
      key: 'rates',
      label: t('detail.rates'),
      lines: [
        t('detail.rateDay', { day: formatMoney(set.rates.day, set.rates.currency, lang) }),
        t('detail.rateHalf', { half: formatMoney(set.rates.halfDay, set.rates.currency, lang) }),
      ],
      representative: Boolean(set.rates.representative),
    },
    {
      key: 'availability',
      label: t('detail.availability'),
      lines: upcoming.length
        ? upcoming.map((b) => t('detail.bookedRange', { from: formatDate(b.from, lang), to: formatDate(b.to, lang) }) + (b.note ? ` · ${l(b.note)}` : ''))
        : [t('detail.free')],
      representative: Boolean(set.availability.representative),
    },
    {
      key: 'dramas',
      label: t('detail.dramas'),
      lines: set.dramas.ids.length
        ? set.dramas.ids.map((id) => {
            const d = ctx.dramas.get(id);
            return d ? (lang === 'zh' ? `《${d.title.zh}》` : d.title.en) : id;
          })
        : [t('detail.noDramas')],
      representative: Boolean(set.dramas.representative) && set.dramas.ids.length > 0,
    },
    { key: 'genres', label: t('catalog.genres'), lines: [genreNames.join(lang === 'zh' ? '、' : ', ')], representative: false },
  ];
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
