// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../../data/load';
import { loadCatalog } from '../../data/load';
import { repoFetcher } from '../../../tests/fixtures/catalog';
import { EMPTY_FILTER } from '../../lib/catalog/filterSets';
import type { SetFilter } from '../../lib/catalog/filterSets';
import { usePrefs } from '../../state/prefs';
import { CatalogPage } from './CatalogPage';

let catalog: Catalog;
beforeAll(async () => {
  const r = await loadCatalog(repoFetcher());
  if (!r.ok) throw new Error('catalog failed to load');
  catalog = r.catalog;
});
afterEach(cleanup);

function renderPage(filter: SetFilter = EMPTY_FILTER, baseId = 'quzhou') {
  const onFilterChange = vi.fn();
  const onDetailChange = vi.fn();
  render(
    <CatalogPage
      catalog={catalog}
      baseId={baseId}
      onBaseChange={() => {}}
      filter={filter}
      onFilterChange={onFilterChange}
      detailId={null}
      onDetailChange={onDetailChange}
      viewerHref={(id) => `/sets/${id}`}
      compareHref={(ids) => `/compare?ids=${ids.join(',')}`}
      homeHref="/"
    />,
  );
  return { onFilterChange, onDetailChange };
}

describe('CatalogPage', () => {
  it('lists every set of the base, 3D ones badged, in the chosen language', () => {
    usePrefs.setState({ lang: 'en' });
    renderPage();
    const base = catalog.bases.find((b) => b.status === 'ok' && b.base.id === 'quzhou');
    if (base?.status !== 'ok') throw new Error('no quzhou');
    const cards = screen.getAllByTestId('set-card');
    expect(cards.map((c) => c.dataset.setId).sort()).toEqual(base.sets.map((s) => s.id).sort());
    const court = cards.find((c) => c.dataset.setId === 'courtroom')!;
    expect(within(court).getByTestId('badge-3d')).toBeTruthy();
    expect(within(court).getByRole('heading').textContent).toBe(base.sets.find((s) => s.id === 'courtroom')!.name.en);
  });

  it('shows names in Chinese when the language is zh', () => {
    usePrefs.setState({ lang: 'zh' });
    renderPage();
    const court = screen.getAllByTestId('set-card').find((c) => c.dataset.setId === 'courtroom')!;
    expect(within(court).getByRole('heading').textContent).toMatch(/法庭/);
  });

  it('applies the filter it is given and reports chip changes', () => {
    usePrefs.setState({ lang: 'en' });
    const { onFilterChange } = renderPage({ ...EMPTY_FILTER, categories: ['legal'] });
    const ids = screen.getAllByTestId('set-card').map((c) => c.dataset.setId);
    expect(ids).toContain('courtroom');
    expect(ids).not.toContain('subway-platform');
    fireEvent.click(screen.getByTestId('filter-cat-transport'));
    expect(onFilterChange).toHaveBeenCalledWith(expect.objectContaining({ categories: ['legal', 'transport'] }));
  });

  it('says so when nothing matches', () => {
    renderPage({ ...EMPTY_FILTER, q: 'zzzz-no-such-set' });
    expect(screen.getByTestId('sets-empty')).toBeTruthy();
  });

  it('opens details through the callback', () => {
    const { onDetailChange } = renderPage();
    const court = screen.getAllByTestId('set-card').find((c) => c.dataset.setId === 'courtroom')!;
    fireEvent.click(within(court).getByTestId('card-details'));
    expect(onDetailChange).toHaveBeenCalledWith('courtroom');
  });

  it('marks representative figures on the base facts', () => {
    renderPage();
    expect(screen.getByTestId('base-panel').querySelectorAll('[data-testid="representative"]').length).toBeGreaterThan(0);
  });
});
