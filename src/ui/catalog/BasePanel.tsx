import { Suspense, lazy } from 'react';
import type { BaseEntry, BaseFact } from '../../data/schema';
import type { Units } from '../../state/prefs';
import { usePrefs } from '../../state/prefs';
import type { Lang } from '../../lib/i18n';
import { formatArea, formatMoney, formatNumber } from '../format';
import { Representative } from '../common/Representative';
import { useLocal, useT } from '../i18n/useT';
// The tour and pitch links load after the page: their strings stay out of the first load.
const BaseTourLinks = lazy(() => import('../tour/BaseTourLinks').then((m) => ({ default: m.BaseTourLinks })));

const MU_M2 = 10_000 / 15;

/** A base fact's value with its unit, in the chosen unit system. */
export function formatFact(f: BaseFact, lang: Lang, units: Units): string {
  const plus = f.plus ? '+' : '';
  switch (f.unit) {
    case 'm2':
      return formatArea(f.value, units, lang) + plus;
    case 'mu':
      return lang === 'zh'
        ? `${formatNumber(f.value, lang)}${plus} 亩（${formatArea(f.value * MU_M2, units, lang)}）`
        : `${formatNumber(f.value, lang)}${plus} mu (${formatArea(f.value * MU_M2, units, lang)})`;
    case 'cny':
      return formatMoney(f.value, 'CNY', lang, true) + plus;
    case 'percent':
      return `${formatNumber(f.value, lang)}%${plus}`;
    default:
      return formatNumber(f.value, lang) + plus;
  }
}

/** The chosen base: name, address, key facts and its story. */
export function BasePanel({ base }: { base: BaseEntry }) {
  const t = useT();
  const local = useLocal();
  const lang = usePrefs((s) => s.lang);
  const units = usePrefs((s) => s.units);
  return (
    <section className="base-panel" aria-labelledby="base-title" data-testid="base-panel" data-base-id={base.id}>
      <div className="base-head">
        <h1 id="base-title">{local(base.name)}</h1>
        <p className="base-summary">{local(base.summary)}</p>
        <p className="base-address">
          <span className="sr-only">{t('catalog.address')}: </span>
          {local(base.address)}
        </p>
        <Suspense fallback={null}>
          <BaseTourLinks base={base} />
        </Suspense>
      </div>
      {/* Always open on a wide screen (styles.css); on a phone the set cards come first, the facts a tap away. */}
      <details className="base-facts-box">
        <summary>{t('catalog.facts')}</summary>
        <ul className="base-facts" aria-label={t('catalog.facts')}>
          {base.facts.map((f) => (
            <li key={f.id} className="base-fact" title={f.note ? local(f.note) : undefined}>
              <strong>{formatFact(f, lang, units)}</strong>
              <span>{local(f.label)}</span>
              <Representative show={Boolean(f.representative)} />
            </li>
          ))}
        </ul>
      </details>
      <details className="base-story">
        <summary>{t('catalog.story')}</summary>
        {local(base.story)
          .split(/\n+/)
          .map((para, i) => (
            <p key={i}>{para}</p>
          ))}
      </details>
    </section>
  );
}
