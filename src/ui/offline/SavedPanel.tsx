import { useState } from 'react';
import { findSet } from '../../data/load';
import { RECENT_LIMITS } from '../../lib/offline/recent';
import { useCatalog } from '../../state/catalog';
import { useOffline } from '../../state/offline/store';
import { usePrefs } from '../../state/prefs';
import { useReach } from '../../state/offline/reach';
import { useLocal, useT } from '../i18n/useT';
import { formatBytes } from './bytes';
import { setUrl } from '../../lib/url/routes';

/** Opens a page of the app without a reload (the router listens for popstate). */
function go(e: React.MouseEvent<HTMLAnchorElement>) {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  history.pushState(null, '', e.currentTarget.href);
  dispatchEvent(new PopStateEvent('popstate'));
}

/** The catalog's "Saved for offline" list, with a way to open or remove each (docs/ARCHITECTURE.md §8). */
export function SavedPanel() {
  const t = useT();
  const local = useLocal();
  const lang = usePrefs((s) => s.lang);
  const saved = useOffline((s) => s.saved);
  const estimate = useOffline((s) => s.estimate);
  const remove = useOffline((s) => s.remove);
  const catalog = useCatalog((s) => s.catalog);
  const offline = useReach((s) => s.offline);
  const [open, setOpen] = useState(false);
  const fmt = (n: number) => formatBytes(n, lang);
  return (
    <div className="offline-dock">
      {open ? (
        <section className="offline-panel" aria-label={t('offline.panel')} data-testid="saved-panel">
          <h2>{t('offline.panel')}</h2>
          {saved.length ? (
            <ul>
              {saved.map((r) => {
                const set = catalog ? findSet(catalog, r.id) : undefined;
                return (
                  <li key={r.id} data-testid="saved-item" data-set-id={r.id}>
                    <a href={setUrl(document.baseURI, r.id)} onClick={go}>
                      {set ? local(set.name) : r.id}
                    </a>
                    <span className="offline-line">{fmt(r.bytes)}</span>
                    <button type="button" className="btn btn-small" onClick={() => void remove(r.id)} data-testid="saved-remove">
                      {t('offline.remove')}
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p>{t('offline.panelEmpty')}</p>
          )}
          <p className="offline-line">{t('offline.recentRule', { sets: RECENT_LIMITS.maxSets, size: fmt(RECENT_LIMITS.maxBytes) })}</p>
          {estimate?.quota != null ? (
            <p className="offline-line">{t('offline.estimate', { usage: fmt(estimate.usage ?? 0), quota: fmt(estimate.quota) })}</p>
          ) : null}
        </section>
      ) : null}
      {offline ? (
        <p className="offline-banner" role="status" data-testid="offline-banner">
          {t('offline.youAreOffline')}
        </p>
      ) : null}
      <button type="button" className="btn btn-small" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="saved-toggle">
        {saved.length ? t('offline.panelCount', { count: saved.length }) : t('offline.panel')}
      </button>
    </div>
  );
}
