// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalog, CatalogSet } from '../../data/load';
import { findBase, findSet, loadCatalog } from '../../data/load';
import { repoFetcher } from '../../../tests/fixtures/catalog';
import { planTour, resolveLeg } from '../../lib/tour/sequence';
import type { TourPlan } from '../../lib/tour/sequence';
import { usePrefs } from '../../state/prefs';
import { rig } from '../../state/rig';
import { notifyTourTick, tourClock, useTour } from '../../state/tour';
import { useViewer } from '../../state/viewer';
import { registerStrings } from '../../lib/i18n';
import tourStrings from '../../lib/i18n/strings/tour';
import { TourOverlay } from './TourOverlay';

registerStrings(tourStrings);

let catalog: Catalog;
let court: CatalogSet;
beforeAll(async () => {
  const r = await loadCatalog(repoFetcher());
  if (!r.ok) throw new Error('catalog failed to load');
  catalog = r.catalog;
  court = findSet(catalog, 'courtroom')!;
});
beforeEach(() => {
  usePrefs.setState({ lang: 'zh' });
  useViewer.setState({ ready: true, hotspotId: null });
  rig.flight = null;
});
afterEach(cleanup);

function show(plan: TourPlan, onSetMove = vi.fn()) {
  useTour.getState().begin(court.id, 0, false);
  render(
    <div className="viewer-stage" data-testid="stage">
      <canvas data-testid="canvas" />
      <TourOverlay
        set={court}
        plan={plan}
        base={findBase(catalog, 'quzhou')!.base}
        legNames={(plan.leg?.sets ?? []).map((id) => findSet(catalog, id)!.name)}
        onSetMove={onSetMove}
        catalogHref="/"
        presentHref="/present?base=quzhou"
        baseTourHref="/sets/courtroom?mode=tour&basetour=quzhou"
      />
    </div>,
  );
  return onSetMove;
}

describe('TourOverlay', () => {
  it('steps through the stops, flying to each and opening its hotspot, re-worded live by the language', () => {
    show(planTour(court.id, court.tour.length, null));
    const [s0, s1] = court.tour;
    expect(screen.getByTestId('tour-title').textContent).toBe(s0!.title.zh);
    fireEvent.click(screen.getByTestId('tour-next'));
    expect(screen.getByTestId('tour-title').textContent).toBe(s1!.title.zh);
    expect(rig.flight?.to.x).toBeCloseTo(s1!.camera.position[0]);
    expect(useViewer.getState().hotspotId).toBe(s1!.hotspot);
    act(() => usePrefs.setState({ lang: 'en' }));
    expect(screen.getByTestId('tour-narration').textContent).toBe(s1!.narration.en);
    expect(screen.getByTestId('tour-position').textContent).toBe(`Stop 2 of ${court.tour.length}`);
  });

  it('takes Space and the arrows as its shortcuts, and any other input pauses', () => {
    show(planTour(court.id, court.tour.length, null));
    const card = screen.getByTestId('tour-card');
    fireEvent.keyDown(window, { key: ' ' });
    expect(card.dataset.playing).toBe('true');
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(card.dataset.step).toBe('1');
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(card.dataset.step).toBe('0');
    fireEvent.keyDown(window, { key: 'w' });
    expect(card.dataset.playing).toBe('false');
    fireEvent.keyDown(window, { key: ' ' });
    expect(card.dataset.playing).toBe('true');
    fireEvent.pointerDown(screen.getByTestId('canvas'));
    expect(card.dataset.playing).toBe('false');
    // The tour's own buttons do not count as taking over.
    fireEvent.pointerDown(screen.getByTestId('tour-play'));
    fireEvent.click(screen.getByTestId('tour-play'));
    expect(card.dataset.playing).toBe('true');
    fireEvent.wheel(screen.getByTestId('canvas'));
    expect(card.dataset.playing).toBe('false');
  });

  it('fills the progress bar from the clock without re-rendering', () => {
    show(planTour(court.id, court.tour.length, null));
    const fill = document.querySelector<HTMLElement>('.tour-seg.is-current .tour-fill')!;
    tourClock.duration = 10;
    tourClock.elapsed = 5;
    notifyTourTick();
    expect(fill.style.transform).toBe('scaleX(0.5)');
  });

  it('opens a base-tour leg with its narration and story, and hands over to the next set at the end', () => {
    const base = findBase(catalog, 'quzhou')!.base;
    const leg = resolveLeg('quzhou', base.tour, court.id, () => true);
    const onSetMove = show(planTour(court.id, court.tour.length, leg));
    expect(screen.getByTestId('tour-card').dataset.stepKind).toBe('chapter');
    expect(screen.getByTestId('tour-narration').textContent).toBe(base.tour[0]!.narration.zh);
    expect(screen.getByTestId('tour-story').textContent).toContain('2024年8月');
    act(() => useTour.getState().goTo(court.tour.length + 1));
    expect(screen.getByTestId('tour-title').textContent).toContain(findSet(catalog, base.tour[1]!.set)!.name.zh);
    fireEvent.click(screen.getByTestId('tour-continue'));
    expect(onSetMove).toHaveBeenCalledWith(base.tour[1]!.set, 'start');
  });
});
