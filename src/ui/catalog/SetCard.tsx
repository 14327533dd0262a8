import { useState } from 'react';
import { Link } from 'wouter';
import type { CatalogSet } from '../../data/load';
import type { LocalText } from '../../data/schema';
import { usePrefs } from '../../state/prefs';
import { formatArea, formatNumber } from '../format';
import { useLocal, useT } from '../i18n/useT';
import { LazySetIllustration } from './LazySetIllustration';
import { categoryAccent } from './taxonomy';

/** Props of one card in the catalog grid. */
export interface SetCardProps {
  set: CatalogSet;
  names: ReadonlyMap<string, LocalText>;
  shortlisted: boolean;
  onToggleShortlist: (id: string) => void;
  onOpenDetail: (id: string) => void;
  /** Link to the 3D viewer, when the set has a model. */
  viewerHref: string | null;
}

export function SetCard({ set, names, shortlisted, onToggleShortlist, onOpenDetail, viewerHref }: SetCardProps) {
  const t = useT();
  const local = useLocal();
  const lang = usePrefs((s) => s.lang);
  const units = usePrefs((s) => s.units);
  const [stillFailed, setStillFailed] = useState(false);
  const name = local(set.name);
  const category = names.get(set.category);
  const era = names.get(set.era);
  const { width, depth, height } = set.dimensions;
  const dims =
    units === 'metric'
      ? `${formatNumber(width, lang, 1)} × ${formatNumber(depth, lang, 1)} × ${formatNumber(height, lang, 1)} m`
      : `${formatNumber(width / 0.3048, lang)} × ${formatNumber(depth / 0.3048, lang)} × ${formatNumber(height / 0.3048, lang)} ft`;

  return (
    <article className="set-card" data-testid="set-card" data-set-id={set.id} aria-labelledby={`card-${set.id}`}>
      <button type="button" className="card-media" onClick={() => onOpenDetail(set.id)} tabIndex={-1} aria-hidden="true">
        {set.still && !stillFailed ? (
          <img
            src={set.still}
            alt=""
            loading="lazy"
            decoding="async"
            width={320}
            height={200}
            onError={() => setStillFailed(true)}
          />
        ) : (
          <LazySetIllustration
            width={width}
            depth={depth}
            height={height}
            accent={categoryAccent(set.category)}
            label={category ? local(category) : set.category}
            alt={t('catalog.planAlt', { name, w: width, d: depth })}
          />
        )}
        {set.model ? (
          <span className="badge badge-3d" data-testid="badge-3d">
            {t('common.badge3d')}
          </span>
        ) : null}
      </button>
      <div className="card-body">
        <h3 id={`card-${set.id}`} className="card-title">
          {name}
        </h3>
        <p className="card-meta">
          {category ? local(category) : set.category}
          {era ? ` · ${local(era)}` : ''}
        </p>
        <p className="card-summary">{local(set.summary)}</p>
        <p className="card-size">
          <span>{dims}</span>
          <span>{formatArea(set.floorArea.value, units, lang)}</span>
        </p>
      </div>
      <div className="card-actions">
        <button type="button" className="btn" onClick={() => onOpenDetail(set.id)} data-testid="card-details">
          {t('catalog.details')}
        </button>
        <button
          type="button"
          className={`btn btn-icon${shortlisted ? ' is-on' : ''}`}
          aria-pressed={shortlisted}
          onClick={() => onToggleShortlist(set.id)}
          data-testid="shortlist-toggle"
          title={t(shortlisted ? 'catalog.shortlistRemove' : 'catalog.shortlistAdd')}
        >
          <span aria-hidden="true">{shortlisted ? '★' : '☆'}</span>
          <span className="sr-only">{t(shortlisted ? 'catalog.shortlistRemove' : 'catalog.shortlistAdd')}</span>
        </button>
        {viewerHref ? (
          <Link className="btn btn-primary" href={viewerHref} data-testid="open-3d">
            {t('common.open3d')}
          </Link>
        ) : (
          <span className="card-no-model">{t('catalog.noModel')}</span>
        )}
      </div>
    </article>
  );
}
