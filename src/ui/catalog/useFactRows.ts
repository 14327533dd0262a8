import { useMemo } from 'react';
import type { Catalog, CatalogSet } from '../../data/load';
import type { Drama } from '../../data/schema';
import { useTaxonomyNames } from './taxonomy';
import { usePrefs } from '../../state/prefs';
import { useT } from '../i18n/useT';
import type { FactRow } from './factRows';
import { factRows, todayIso } from './factRows';

export function dramaMap(catalog: Catalog): Map<string, Drama> {
  const out = new Map<string, Drama>();
  for (const b of catalog.bases) if (b.status === 'ok') for (const d of b.base.dramas) out.set(d.id, d);
  return out;
}

/** The facts of a set in the current language and units. */
export function useFactRows(catalog: Catalog, set: CatalogSet | null | undefined): FactRow[] {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const units = usePrefs((s) => s.units);
  const names = useTaxonomyNames(catalog);
  const dramas = useMemo(() => dramaMap(catalog), [catalog]);
  return useMemo(
    () => (set ? factRows(set, { lang, units, t, names, dramas, today: todayIso() }) : []),
    [set, lang, units, t, names, dramas],
  );
}
