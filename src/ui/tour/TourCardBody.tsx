import { Link } from 'wouter';
import type { CatalogSet } from '../../data/load';
import type { BaseEntry, LocalText } from '../../data/schema';
import type { TourPlan } from '../../lib/tour/sequence';
import { usePrefs } from '../../state/prefs';
import { formatFact } from '../catalog/BasePanel';
import { useLocal, useT } from '../i18n/useT';
import type { ChapterText } from './tourText';

/** Props of the narration card's text. */
export interface TourCardBodyProps {
  set: CatalogSet;
  plan: TourPlan;
  step: number;
  base: BaseEntry | null;
  chapter: ChapterText;
  /** Names of the base tour's sets, in order. */
  legNames: readonly LocalText[];
  playing: boolean;
  onContinue: () => void;
  onReplay: () => void;
  catalogHref: string;
  presentHref: string | null;
  /** The base tour from its first set (replay, or "take the base tour" after a set's own tour). */
  baseTourHref: string | null;
}

/** How many base facts the closing card shows. */
const CLOSING_FACTS = 4;

/**
 * What the card says at a step: the chapter (base-tour narration and a part of the base's
 * story), a stop (title and narration), or the finale (next set, closing card, or end).
 * Everything is read from the catalog in the current language, so a language switch
 * re-words the card at once.
 */
export function TourCardBody(props: TourCardBodyProps) {
  const { set, plan, step, base, chapter, legNames, playing, onContinue, onReplay, catalogHref, presentHref, baseTourHref } = props;
  const t = useT();
  const local = useLocal();
  const lang = usePrefs((s) => s.lang);
  const units = usePrefs((s) => s.units);
  const s = plan.steps[step];
  const leg = plan.leg;
  const legLine = leg ? t('tour.legOf', { n: leg.index + 1, of: leg.sets.length }) : null;

  if (!s) return null;

  if (s.kind === 'chapter') {
    return (
      <>
        <p className="tour-kicker" data-testid="tour-position">
          {legLine}
        </p>
        <div className="tour-live" aria-live="polite">
          <h2 className="tour-title" data-testid="tour-title">
            {local(set.name)}
          </h2>
          <p className="tour-narration" data-testid="tour-narration">
            {chapter.narration ? local(chapter.narration) : local(set.summary)}
          </p>
        </div>
        {chapter.story ? (
          <section className="tour-story" data-testid="tour-story">
            <h3>{t('tour.aboutBase')}</h3>
            <p>{local(chapter.story)}</p>
          </section>
        ) : null}
      </>
    );
  }

  if (s.kind === 'stop') {
    const stop = set.tour[s.stop];
    if (!stop) return null;
    return (
      <>
        <p className="tour-kicker" data-testid="tour-position">
          {t('tour.stopOf', { n: s.stop + 1, of: plan.stopCount })}
          {legLine ? <span className="tour-kicker-leg"> · {legLine}</span> : null}
        </p>
        <div className="tour-live" aria-live="polite">
          <h2 className="tour-title" data-testid="tour-title">
            {local(stop.title)}
          </h2>
          <p className="tour-narration" data-testid="tour-narration">
            {local(stop.narration)}
          </p>
        </div>
      </>
    );
  }

  // Finale: hand over to the next set of the base tour…
  if (leg && leg.index < leg.sets.length - 1) {
    const nextName = legNames[leg.index + 1];
    const name = nextName ? local(nextName) : '';
    return (
      <>
        <p className="tour-kicker" data-testid="tour-position">
          {t('tour.handoff.kicker', { n: leg.index + 1, of: leg.sets.length })}
        </p>
        <div className="tour-live" aria-live="polite">
          <h2 className="tour-title" data-testid="tour-title">
            {t('tour.handoff.title', { name })}
          </h2>
          <p className="tour-narration" data-testid="tour-narration">
            {t('tour.handoff.body', { done: local(set.name), name })}
          </p>
        </div>
        <div className="tour-actions">
          <button type="button" className="btn btn-primary" onClick={onContinue} data-testid="tour-continue">
            {t('tour.continue', { name })} →
          </button>
        </div>
        {playing ? <p className="tour-hint">{t('tour.handoff.auto')}</p> : null}
      </>
    );
  }

  // …close the base tour…
  if (leg && base) {
    return (
      <div data-testid="tour-closing">
        <p className="tour-kicker" data-testid="tour-position">
          {t('tour.closing.kicker')}
        </p>
        <div className="tour-live" aria-live="polite">
          <h2 className="tour-title" data-testid="tour-title">
            {t('tour.closing.title', { name: local(base.name) })}
          </h2>
          <p className="tour-narration" data-testid="tour-narration">
            {t('tour.closing.body', { count: leg.sets.length })}
          </p>
        </div>
        <h3 className="tour-subhead">{t('tour.closing.facts')}</h3>
        <ul className="tour-facts">
          {base.facts.slice(0, CLOSING_FACTS).map((f) => (
            <li key={f.id}>
              <strong>{formatFact(f, lang, units)}</strong>
              <span>{local(f.label)}</span>
            </li>
          ))}
        </ul>
        <div className="tour-actions">
          <Link className="btn btn-primary" href={catalogHref} data-testid="tour-to-catalog">
            {t('tour.closing.catalog')}
          </Link>
          {presentHref ? (
            <Link className="btn" href={presentHref} data-testid="tour-to-present">
              {t('tour.closing.present')}
            </Link>
          ) : null}
          {baseTourHref ? (
            <Link className="btn btn-ghost" href={baseTourHref}>
              {t('tour.closing.replay')}
            </Link>
          ) : null}
        </div>
        {chapter.closing[lang].length ? (
          <section className="tour-story">
            <h3>{t('tour.aboutBase')}</h3>
            {chapter.closing[lang].map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </section>
        ) : null}
      </div>
    );
  }

  // …or end a set's own tour.
  return (
    <>
      <p className="tour-kicker" data-testid="tour-position">
        {t('tour.finale.kicker')}
      </p>
      <div className="tour-live" aria-live="polite">
        <h2 className="tour-title" data-testid="tour-title">
          {t('tour.finale.title', { name: local(set.name) })}
        </h2>
        <p className="tour-narration" data-testid="tour-narration">
          {t('tour.finale.body')}
        </p>
      </div>
      <div className="tour-actions">
        <button type="button" className="btn btn-primary" onClick={onReplay} data-testid="tour-replay">
          {t('tour.replay')}
        </button>
        {baseTourHref ? (
          <Link className="btn" href={baseTourHref} data-testid="tour-take-base">
            {t('tour.takeBaseTour')}
          </Link>
        ) : null}
      </div>
    </>
  );
}
