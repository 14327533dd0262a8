import { Link } from 'wouter';
import type { CatalogSet } from '../../data/load';
import type { LocalText } from '../../data/schema';
import type { TourPlan } from '../../lib/tour/sequence';
import { useTour } from '../../state/tour';
import { useLocal, useT } from '../i18n/useT';
import './tour.css';

/** Props of the tour's side-panel section. */
export interface TourPanelProps {
  set: CatalogSet;
  plan: TourPlan;
  /** Names of the base tour's sets, in order (empty outside a base tour). */
  legNames: readonly LocalText[];
  /** Link to a set of the base tour, by its index there. */
  legHref: (index: number) => string;
}

/**
 * The route in the side panel: the base tour's sets and this set's steps, each a button that
 * goes there. The current step's narration is repeated here, so the tour can be read without
 * the 3D view too.
 */
export function TourPanel({ set, plan, legNames, legHref }: TourPanelProps) {
  const t = useT();
  const local = useLocal();
  const owns = useTour((s) => s.setId === set.id);
  const step = useTour((s) => s.step);
  const goTo = useTour((s) => s.goTo);
  const current = owns ? step : 0;
  const leg = plan.leg;

  return (
    <section className="panel-section tour-panel" aria-labelledby="tour-panel-title" data-testid="tour-panel">
      <h2 id="tour-panel-title">{t('tour.panel.title')}</h2>
      {leg ? (
        <>
          <h3 className="tour-subhead">{t('tour.panel.baseTour')}</h3>
          <ol className="tour-legs">
            {legNames.map((name, i) => (
              <li key={leg.sets[i] ?? i} aria-current={i === leg.index ? 'step' : undefined}>
                {i === leg.index ? <strong>{local(name)}</strong> : <Link href={legHref(i)}>{local(name)}</Link>}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {set.tour.length === 0 ? (
        <p className="hint">{t('tour.noStops')}</p>
      ) : (
        <ol className="tour-steps">
          {plan.steps.map((s, i) => {
            const stop = s.kind === 'stop' ? set.tour[s.stop] : undefined;
            const title = stop ? local(stop.title) : s.kind === 'chapter' ? t('tour.panel.chapter') : t('tour.panel.finale');
            const on = i === current;
            return (
              <li key={i}>
                <button
                  type="button"
                  className={`tour-step-btn${on ? ' is-on' : ''}`}
                  aria-current={on ? 'step' : undefined}
                  aria-label={t('tour.panel.goStep', { title })}
                  onClick={() => goTo(i)}
                  data-testid="tour-step"
                >
                  <span className="tour-step-no" aria-hidden="true">
                    {stop ? (s.kind === 'stop' ? s.stop + 1 : '') : s.kind === 'chapter' ? '◆' : '■'}
                  </span>
                  <span>{title}</span>
                </button>
                {on && stop ? <p className="tour-step-text">{local(stop.narration)}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
