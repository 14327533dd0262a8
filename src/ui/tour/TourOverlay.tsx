import { useCallback, useMemo, useRef } from 'react';
import type { CatalogSet } from '../../data/load';
import type { BaseEntry, LocalText } from '../../data/schema';
import type { TourPlan } from '../../lib/tour/sequence';
import { isLastStop, nextMove, prevMove } from '../../lib/tour/sequence';
import { useTour } from '../../state/tour';
import { Icon } from '../common/Icon';
import { useT } from '../i18n/useT';
import { TourCardBody } from './TourCardBody';
import { TourProgress } from './TourProgress';
import { chapterReading, chapterText } from './tourText';
import { useTourController } from './useTourController';
import './tour.css';

/** Props of the tour overlay (the narration card over the 3D view). */
export interface TourOverlayProps {
  set: CatalogSet;
  plan: TourPlan;
  /** The set's base (for the base tour's narration, story and facts); null if unknown. */
  base: BaseEntry | null;
  /** Names of the base tour's sets, in order (empty outside a base tour). */
  legNames: readonly LocalText[];
  /** Opens another set of the base tour in tour mode, at its start or at its last stop. */
  onSetMove: (setId: string, at: 'start' | 'end') => void;
  catalogHref: string;
  /** The base's presentation; null when there is none. */
  presentHref: string | null;
  /** The base tour from its first set; null when the set is in no base tour. */
  baseTourHref: string | null;
}

/**
 * The guided tour over the 3D view: progress, the narration card in the current language,
 * and play / pause / previous / next / look around. Mounted only while tour mode is on.
 */
export function TourOverlay({ set, plan, base, legNames, onSetMove, catalogHref, presentHref, baseTourHref }: TourOverlayProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const chapter = useMemo(() => chapterText(plan, set, base), [plan, set, base]);
  const reading = useMemo(() => chapterReading(chapter), [chapter]);
  const stage = useCallback(() => ref.current?.closest<HTMLElement>('.viewer-stage') ?? null, []);
  const ctl = useTourController({ plan, stops: set.tour, chapterTexts: reading, onSetMove, stage });

  const owns = useTour((s) => s.setId === set.id);
  const step = useTour((s) => s.step);
  const playing = useTour((s) => s.playing);
  const lookAround = useTour((s) => s.lookAround);
  const setLookAround = useTour((s) => s.setLookAround);

  const current = owns ? Math.min(step, plan.steps.length - 1) : 0;
  const canPrev = prevMove(plan, current).kind !== 'none';
  const canNext = nextMove(plan, current).kind !== 'none';
  const kind = plan.steps[current]?.kind ?? 'stop';
  const onContinue = useCallback(() => ctl.next(), [ctl]);

  return (
    <div ref={ref} className="tour-layer" data-tour-ui data-testid="tour-overlay">
      {lookAround ? (
        <p className="tour-look-hint" role="status">
          {t('tour.lookAroundOn')}
        </p>
      ) : null}
      <section
        className={`tour-card tour-card-${kind}`}
        aria-label={t('tour.region')}
        data-testid="tour-card"
        data-step={current}
        data-step-kind={kind}
        data-playing={playing ? 'true' : 'false'}
      >
        <TourProgress
          count={plan.steps.length}
          current={current}
          label={t('tour.progress')}
          stepLabel={t('tour.stepProgress')}
          complete={isLastStop(plan, current)}
        />
        {/* Focusable: a long card scrolls from the keyboard too. */}
        <div className="tour-body" tabIndex={0}>
          <TourCardBody
            set={set}
            plan={plan}
            step={current}
            base={base}
            chapter={chapter}
            legNames={legNames}
            playing={playing}
            onContinue={onContinue}
            onReplay={ctl.replay}
            catalogHref={catalogHref}
            presentHref={presentHref}
            baseTourHref={baseTourHref}
          />
        </div>
        <div className="tour-controls" role="group" aria-label={t('viewer.mode.tour')}>
          <button type="button" className="btn btn-icon" onClick={ctl.prev} disabled={!canPrev} aria-label={t('tour.prev')} title={t('tour.prev')} data-testid="tour-prev">
            <Icon name="prev" />
          </button>
          <button
            type="button"
            className="btn btn-primary tour-play"
            onClick={ctl.toggle}
            data-testid="tour-play"
            data-state={playing ? 'playing' : 'paused'}
          >
            <Icon name={playing ? 'pause' : 'play'} />
            <span>{playing ? t('tour.pause') : lookAround ? t('tour.resume') : t('tour.play')}</span>
          </button>
          <button type="button" className="btn btn-icon" onClick={ctl.next} disabled={!canNext} aria-label={t('tour.next')} title={t('tour.next')} data-testid="tour-next">
            <Icon name="next" />
          </button>
          <button
            type="button"
            className={`btn btn-ghost tour-look${lookAround ? ' is-on' : ''}`}
            aria-pressed={lookAround}
            onClick={() => setLookAround(!lookAround)}
            data-testid="tour-look"
          >
            <Icon name="camera" />
            <span>{t('tour.lookAround')}</span>
          </button>
          <span className="tour-state" role="status">
            {playing ? t('tour.autoplay') : t('tour.paused')}
          </span>
        </div>
        <p className="tour-shortcuts">{t('tour.shortcuts')}</p>
      </section>
    </div>
  );
}
