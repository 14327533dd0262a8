import { useEffect, useRef } from 'react';
import { onTourTick, tourClock } from '../../state/tour';

/** Props of the tour's progress bar. */
export interface TourProgressProps {
  /** Number of steps (cards) in this set's tour. */
  count: number;
  /** The current step. */
  current: number;
  /** Accessible name of the whole bar ("Tour progress"). */
  label: string;
  /** Accessible name of the current step's timer. */
  stepLabel: string;
  /** The tour is at its end: every segment shows as done. Default false. */
  complete?: boolean | undefined;
}

/**
 * One segment per step: done, current (filling as its time runs) and to come. The fill is
 * written straight to the DOM on every clock tick: per-frame values never go through React.
 */
export function TourProgress({ count, current, label, stepLabel, complete = false }: TourProgressProps) {
  const fill = useRef<HTMLSpanElement>(null);
  const bar = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let shown = -1;
    let announced = -1;
    const update = () => {
      const p = complete ? 1 : Math.min(1, Math.max(0, tourClock.elapsed / Math.max(0.001, tourClock.duration)));
      const k = Math.round(p * 500) / 500;
      if (k !== shown && fill.current) {
        shown = k;
        fill.current.style.transform = `scaleX(${k})`;
      }
      // Assistive tech hears tenths, not sixty updates a second.
      const left = Math.round((1 - p) * 10) * 10;
      if (left !== announced && bar.current) {
        announced = left;
        bar.current.setAttribute('aria-valuenow', String(left));
      }
    };
    update();
    return onTourTick(update);
  }, [current, complete]);

  const items = [];
  for (let i = 0; i < count; i++) {
    const state = i < current ? 'is-done' : i === current ? 'is-current' : '';
    items.push(
      i === current ? (
        <span key={i} ref={bar} className={`tour-seg ${state}`} role="progressbar" aria-label={stepLabel} aria-valuemin={0} aria-valuemax={100}>
          <span ref={fill} className="tour-fill" />
        </span>
      ) : (
        <span key={i} className={`tour-seg ${state}`} aria-hidden="true" />
      ),
    );
  }
  return (
    <div className="tour-progress" role="group" aria-label={label} data-testid="tour-progress" data-current={current} data-count={count}>
      {items}
    </div>
  );
}
