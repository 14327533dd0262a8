import { Link } from 'wouter';
import type { Catalog, CatalogSet } from '../../data/load';
import { findBase } from '../../data/load';
import { usePrefs } from '../../state/prefs';
import { Dialog } from '../common/Dialog';
import { useLocal, useT } from '../i18n/useT';
import { LazySaveOffline } from '../offline/LazySaveOffline';
import { SetFacts } from './SetFacts';
import { LazySetIllustration } from './LazySetIllustration';
import { categoryAccent, useTaxonomyNames } from './taxonomy';
import { useFactRows } from './useFactRows';

/** Props of the set detail panel. */
export interface SetDetailProps {
  catalog: Catalog;
  set: CatalogSet | null;
  onClose: () => void;
  shortlisted: boolean;
  onToggleShortlist: (id: string) => void;
  viewerHref: string | null;
}

/** Every metadata field of one set, over the catalog. */
export function SetDetail({ catalog, set, onClose, shortlisted, onToggleShortlist, viewerHref }: SetDetailProps) {
  const t = useT();
  const local = useLocal();
  const lang = usePrefs((s) => s.lang);
  const rows = useFactRows(catalog, set);
  const names = useTaxonomyNames(catalog);
  if (!set) return null;
  const base = findBase(catalog, set.baseId);
  const category = names.get(set.category);
  const era = names.get(set.era);
  return (
    <Dialog open onClose={onClose} title={local(set.name)} className="dialog-side" testId="set-detail">
      <p className="detail-kicker">
        {category ? local(category) : set.category}
        {era ? ` · ${local(era)}` : ''}
        {base ? ` · ${local(base.base.shortName)}` : ''}
      </p>
      <div className="detail-media">
        {set.still ? (
          <img src={set.still} alt={t('catalog.stillAlt', { name: local(set.name) })} width={640} height={400} />
        ) : (
          <LazySetIllustration
            width={set.dimensions.width}
            depth={set.dimensions.depth}
            height={set.dimensions.height}
            accent={categoryAccent(set.category)}
            label={category ? local(category) : set.category}
            alt={t('catalog.planAlt', { name: local(set.name), w: set.dimensions.width, d: set.dimensions.depth })}
          />
        )}
      </div>
      <div className="detail-actions">
        {viewerHref ? (
          <Link className="btn btn-primary" href={viewerHref} data-testid="detail-open-3d">
            {t('common.open3d')}
          </Link>
        ) : (
          <span className="card-no-model">{t('catalog.noModel')}</span>
        )}
        <button type="button" className="btn" aria-pressed={shortlisted} onClick={() => onToggleShortlist(set.id)} data-testid="detail-shortlist">
          {shortlisted ? `★ ${t('catalog.shortlistRemove')}` : `☆ ${t('catalog.shortlistAdd')}`}
        </button>
      </div>
      {set.model ? <LazySaveOffline setId={set.id} /> : null}
      <p className="detail-summary">{local(set.summary)}</p>
      <h3>{t('detail.description')}</h3>
      <p className="detail-description">{local(set.description)}</p>
      <SetFacts rows={rows} />
      {set.tags[lang].length ? (
        <p className="tags">
          <span className="sr-only">{t('catalog.tags')}: </span>
          {set.tags[lang].map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </p>
      ) : null}
    </Dialog>
  );
}
