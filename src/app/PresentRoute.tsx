import { Suspense, lazy, useCallback, useEffect, useMemo } from 'react';
import { useSearch, useSearchParams } from 'wouter';
import type { CatalogSet, LoadedBase } from '../data/load';
import type { PresetShot } from '../data/schema';
import { formatCatalogParams } from '../lib/url/catalogUrl';
import { presentPath, setPath } from '../lib/url/routes';
import { tourHref } from '../lib/tour/links';
import { formatViewParams } from '../lib/url/viewUrl';
import { useCatalog } from '../state/catalog';
import { useNotices } from '../state/notices';
import type { Units } from '../state/prefs';
import { usePrefs } from '../state/prefs';
import { NotFound } from '../ui/common/NotFound';
import { registerStrings } from '../lib/i18n';
import presentStrings from '../lib/i18n/strings/present';
import { buildSlides, parsePresentParams } from '../ui/present/deck';
import { PresentDeck } from '../ui/present/PresentDeck';
import { useWebGL } from './webgl';

registerStrings(presentStrings);

// three.js and the canvas load only when a set slide is shown.
const ShotCanvas = lazy(() => import('../canvas/tour/ShotCanvas').then((m) => ({ default: m.ShotCanvas })));

/**
 * Route "/present?base=<id>&slide=<n>&units=imperial&lang=": the sales pitch of a base. The
 * slide number and units live in the URL (a link opens that slide as it was shown).
 */
export default function PresentRoute() {
  const catalog = useCatalog((s) => s.catalog);
  const search = useSearch();
  const [, setParams] = useSearchParams();
  const lang = usePrefs((s) => s.lang);
  const prefUnits = usePrefs((s) => s.units);

  const bases = useMemo(() => (catalog?.bases ?? []).filter((b): b is LoadedBase => b.status === 'ok'), [catalog]);
  const requested = new URLSearchParams(search).get('base');
  const loaded = bases.find((b) => b.base.id === requested) ?? bases[0];
  const slides = useMemo(() => (loaded ? buildSlides(loaded.sets, loaded.base.tour.map((l) => l.set)) : []), [loaded]);
  const params = useMemo(() => parsePresentParams(search, slides.length, bases.map((b) => b.base.id)), [search, slides.length, bases]);
  const index = params.slide ?? 0;
  const unitsParam = new URLSearchParams(search).get('units');
  const units: Units = unitsParam === 'imperial' ? 'imperial' : unitsParam === 'metric' ? 'metric' : prefUnits;

  const badKey = params.bad.map((b) => `${b.param}=${b.value}`).join('&');
  useEffect(() => {
    const push = useNotices.getState().push;
    for (const b of params.bad) push({ key: 'notice.badParam', vars: { param: b.param, value: b.value.slice(0, 40) }, tone: 'warn' });
    // Said once per distinct problem.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [badKey]);

  const onGo = useCallback(
    (i: number) =>
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          p.set('slide', String(i + 1));
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );
  const onUnits = useCallback(
    (u: Units) => {
      usePrefs.getState().setUnits(u);
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          if (u === 'imperial') p.set('units', 'imperial');
          else p.delete('units');
          return p;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const cameras = catalog?.cameras;
  const webgl = useWebGL();
  const liveView = useMemo(
    () =>
      webgl
        ? (set: CatalogSet, shot: PresetShot) =>
            set.model ? (
              <Suspense fallback={null}>
                <ShotCanvas setId={set.id} modelFile={set.model.file} modelBytes={set.model.bytes} shot={shot} body={cameras?.bodies.find((b) => b.id === shot.body) ?? null} />
              </Suspense>
            ) : null
        : null,
    [webgl, cameras],
  );
  const viewerHref = useCallback(
    (setId: string, shotId?: string) => setPath(setId, formatViewParams(shotId ? { lang, mode: 'frame', shot: shotId } : { lang })),
    [lang],
  );

  if (!catalog || !loaded) return <NotFound homeHref="/" path={presentPath()} />;
  const base = loaded.base;
  const firstLeg = base.tour.find((l) => loaded.sets.some((s) => s.id === l.set && s.model && s.tour.length));
  return (
    <PresentDeck
      catalog={catalog}
      base={base}
      sets={loaded.sets}
      slides={slides}
      index={index}
      onGo={onGo}
      units={units}
      onUnits={onUnits}
      catalogHref={`/${formatCatalogParams({ lang, base: base.id })}`}
      tourHref={firstLeg ? tourHref(firstLeg.set, { lang, baseId: base.id }) : null}
      viewerHref={viewerHref}
      liveView={liveView}
    />
  );
}
