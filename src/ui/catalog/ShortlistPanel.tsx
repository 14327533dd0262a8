import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { Catalog, CatalogSet } from '../../data/load';
import { findSet } from '../../data/load';
import { useShortlist } from '../../state/shortlist';
import { Dialog } from '../common/Dialog';
import { InquiryLauncher } from '../inquiry/InquiryLauncher';
import { useLocal, useT } from '../i18n/useT';

/** Props of the shortlist panel. */
export interface ShortlistPanelProps {
  catalog: Catalog;
  open: boolean;
  onClose: () => void;
  /** Builds the compare link for the chosen ids. */
  compareHref: (ids: string[]) => string;
  onOpenDetail: (id: string) => void;
}

/** The shortlist (kept across reloads) and the choice of 2–4 sets to compare. */
export function ShortlistPanel({ catalog, open, onClose, compareHref, onOpenDetail }: ShortlistPanelProps) {
  const t = useT();
  const local = useLocal();
  const ids = useShortlist((s) => s.ids);
  const remove = useShortlist((s) => s.remove);
  const clear = useShortlist((s) => s.clear);
  const sets = useMemo(() => ids.map((id) => findSet(catalog, id)).filter((s): s is CatalogSet => Boolean(s)), [catalog, ids]);
  const [picked, setPicked] = useState<string[]>([]);
  const chosen = picked.filter((id) => ids.includes(id));
  const canCompare = chosen.length >= 2 && chosen.length <= 4;

  return (
    <Dialog open={open} onClose={onClose} title={t('catalog.shortlist')} className="dialog-side" testId="shortlist-panel">
      {sets.length === 0 ? (
        <p>{t('catalog.shortlistEmpty')}</p>
      ) : (
        <>
          <p className="hint">{t('catalog.compareHint')}</p>
          <ul className="shortlist">
            {sets.map((s) => {
              const on = chosen.includes(s.id);
              return (
                <li key={s.id} data-testid="shortlist-item" data-set-id={s.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={!on && chosen.length >= 4}
                      onChange={() => setPicked(on ? chosen.filter((x) => x !== s.id) : [...chosen, s.id])}
                      data-testid="compare-pick"
                    />
                    <span className="sr-only">{t('catalog.compareSelect')}: </span>
                  </label>
                  <button type="button" className="link" onClick={() => onOpenDetail(s.id)}>
                    {local(s.name)}
                  </button>
                  <button type="button" className="btn btn-icon" onClick={() => remove(s.id)} aria-label={`${t('catalog.shortlistRemove')}: ${local(s.name)}`}>
                    ✕
                  </button>
                </li>
              );
            })}
          </ul>
          <div className="panel-actions">
            {canCompare ? (
              <Link className="btn btn-primary" href={compareHref(chosen)} data-testid="compare-go">
                {t('catalog.compare', { count: chosen.length })}
              </Link>
            ) : (
              <button type="button" className="btn btn-primary" disabled data-testid="compare-go">
                {t('catalog.compare', { count: chosen.length })}
              </button>
            )}
            <button type="button" className="btn btn-ghost" onClick={clear}>
              {t('catalog.clearShortlist')}
            </button>
          </div>
          <InquiryLauncher sets={sets} />
        </>
      )}
    </Dialog>
  );
}
