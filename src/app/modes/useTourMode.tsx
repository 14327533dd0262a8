import { Suspense, useCallback, useEffect, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { Catalog } from '../../data/load';
import { findBase, findSet } from '../../data/load';
import { poseFromDeg } from '../../lib/motion/pose';
import { isId, joinQuery } from '../../lib/url/query';
import { presentPath } from '../../lib/url/routes';
import { BASETOUR_PARAM, STOP_PARAM, readTourParams, tourHref } from '../../lib/tour/links';
import type { TourLeg } from '../../lib/tour/sequence';
import { planTour, resolveLeg, startIndex } from '../../lib/tour/sequence';
import { useNotices } from '../../state/notices';
import { usePrefs } from '../../state/prefs';
import { useTour } from '../../state/tour';
import { TourLookAround, TourOverlay, TourPanel } from './lazyParts';
import type { ModeArgs, ModeParts } from './types';

/** A set can be toured when it has a 3D model and at least one stop. */
function canTour(catalog: Catalog, id: string): boolean {
  const s = findSet(catalog, id);
  return Boolean(s?.model && s.tour.length > 0);
}

/** The base tour of a base as seen from a set; null when the set is not one of its legs. */
function legOf(catalog: Catalog, baseId: string | null, setId: string): TourLeg | null {
  const base = baseId ? findBase(catalog, baseId) : undefined;
  return base ? resolveLeg(base.base.id, base.base.tour, setId, (id) => canTour(catalog, id)) : null;
}

/**
 * Guided tours (issue 6). The set's catalog stops one after another, with narration in the
 * current language; with `basetour=<baseId>` the set is a leg of its base's tour, which
 * opens each set with the base tour's narration and moves on to the next set at the end.
 * `stop=<stopId>` opens the tour at a stop. The camera starts at that stop (or the first).
 */
export function useTourMode({ catalog, set, active }: ModeArgs): ModeParts {
  const search = useSearch();
  const [, navigate] = useLocation();
  const lang = usePrefs((s) => s.lang);
  const { baseTour: baseTourParam, stop: stopParam } = readTourParams(search);

  const leg = useMemo(() => legOf(catalog, baseTourParam, set.id), [catalog, baseTourParam, set.id]);
  const plan = useMemo(() => planTour(set.id, set.tour.length, leg), [set.id, set.tour.length, leg]);
  const startStop = useMemo(() => {
    const i = stopParam ? set.tour.findIndex((s) => s.id === stopParam) : -1;
    return i < 0 ? 0 : i;
  }, [set.tour, stopParam]);
  const startPose = useMemo(() => {
    const stop = set.tour[startStop];
    return stop ? poseFromDeg(stop.camera) : null;
  }, [set.tour, startStop]);

  // Begin when tour mode comes on or the set changes; carry autoplay across a base tour.
  useEffect(() => {
    if (!active) return;
    const st = useTour.getState();
    const carried = st.carry && st.carry.setId === set.id ? st.carry.playing : null;
    if (st.setId === set.id && carried === null) {
      // Back to tour mode in the same set: carry on from the same step.
      st.begin(set.id, Math.min(st.step, plan.steps.length - 1), true);
      return;
    }
    st.begin(set.id, startStop > 0 ? startIndex(plan, { stop: startStop }) : 0, carried ?? true);
  }, [active, set.id, plan, startStop]);

  // Parameters that could not be used are said once, then ignored.
  useEffect(() => {
    if (!active) return;
    const push = useNotices.getState().push;
    if (baseTourParam && !leg) push({ key: 'notice.badParam', vars: { param: BASETOUR_PARAM, value: baseTourParam.slice(0, 40) }, tone: 'warn' });
    if (stopParam && !set.tour.some((s) => s.id === stopParam)) push({ key: 'notice.badParam', vars: { param: STOP_PARAM, value: stopParam.slice(0, 40) }, tone: 'warn' });
  }, [active, set.id, set.tour, baseTourParam, stopParam, leg]);

  const onSetMove = useCallback(
    (id: string, at: 'start' | 'end') => {
      const target = findSet(catalog, id);
      const stopId = at === 'end' ? (target?.tour[target.tour.length - 1]?.id ?? null) : null;
      navigate(tourHref(id, { lang: usePrefs.getState().lang, baseId: leg?.baseId ?? null, stopId }));
    },
    [catalog, leg, navigate],
  );

  // The base whose tour this is (its narration, story and facts), else the set's own base.
  const ownBase = findBase(catalog, leg?.baseId ?? set.baseId);
  // The base tour this set belongs to, from its first set ("replay", or "take the base tour").
  const ownLeg = useMemo(() => leg ?? legOf(catalog, set.baseId, set.id), [leg, catalog, set.baseId, set.id]);
  const firstLeg = ownLeg?.sets[0];
  const baseTourHref = firstLeg ? tourHref(firstLeg, { lang, baseId: ownLeg.baseId }) : null;
  const legSets = leg?.sets;
  const legNames = useMemo(() => (legSets ?? []).map((id) => findSet(catalog, id)?.name ?? { zh: id, en: id }), [legSets, catalog]);
  const legHref = useCallback((i: number) => (legSets?.[i] ? tourHref(legSets[i], { lang, baseId: leg?.baseId ?? null }) : '/'), [legSets, lang, leg]);

  // Shared from a tour: the stop being shown (and the base tour), so the link opens there.
  const shareInstead = useCallback((): [string, string][] => {
    const step = plan.steps[useTour.getState().step];
    const stop = step?.kind === 'stop' ? set.tour[step.stop] : undefined;
    const out: [string, string][] = [];
    if (leg) out.push([BASETOUR_PARAM, leg.baseId]);
    if (stop) out.push([STOP_PARAM, stop.id]);
    return out;
  }, [plan, set.tour, leg]);

  if (!active) return { startPose };
  const baseId = ownBase?.base.id;
  return {
    startPose,
    shareInstead,
    overlay: (
      <Suspense fallback={null}>
        <TourOverlay
        set={set}
        plan={plan}
        base={ownBase?.base ?? null}
        legNames={legNames}
        onSetMove={onSetMove}
        catalogHref={`/${joinQuery(baseId && isId(baseId) ? [['lang', lang], ['base', baseId]] : [['lang', lang]])}`}
        presentHref={baseId ? presentPath(`?base=${encodeURIComponent(baseId)}&lang=${lang}`) : null}
          baseTourHref={baseTourHref}
        />
      </Suspense>
    ),
    panel: (
      <Suspense fallback={null}>
        <TourPanel set={set} plan={plan} legNames={legNames} legHref={legHref} />
      </Suspense>
    ),
    canvasChildren: (
      <Suspense fallback={null}>
        <TourLookAround />
      </Suspense>
    ),
  };
}

export const TOUR_MODE_READY = true;
