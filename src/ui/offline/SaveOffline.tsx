import { useEffect } from 'react';
import { fitsInQuota } from '../../lib/offline/progress';
import { useOffline } from '../../state/offline/store';
import { usePrefs } from '../../state/prefs';
import { registerStrings } from '../../lib/i18n';
import offlineStrings from '../../lib/i18n/strings/offline';
import { useT } from '../i18n/useT';
import { Icon } from '../common/Icon';
import { formatBytes } from './bytes';
import { linkOfflineCss } from './css';

registerStrings(offlineStrings);
linkOfflineCss();

/**
 * "Save for offline" for one set (docs/ARCHITECTURE.md §8): the size before it starts and
 * the browser's storage estimate, a progress bar while it downloads, then "saved" with a
 * way to remove it. `compact` (the viewer's header) keeps the estimate in the tooltip.
 */
export default function SaveOffline({ setId, compact = false }: { setId: string; compact?: boolean }) {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const supported = useOffline((s) => s.supported);
  const record = useOffline((s) => s.saved.find((r) => r.id === setId));
  const job = useOffline((s) => s.jobs[setId]);
  const size = useOffline((s) => s.sizes[setId]);
  const estimate = useOffline((s) => s.estimate);
  const { measure, save, cancel, remove, refresh } = useOffline.getState();
  useEffect(() => {
    void refresh().then(() => measure(setId));
  }, [setId, measure, refresh]);

  if (!supported) return compact ? null : <p className="offline-note">{t('offline.unsupported')}</p>;
  const fmt = (n: number) => formatBytes(n, lang);
  const estimateText =
    estimate?.quota != null ? t('offline.estimate', { usage: fmt(estimate.usage ?? 0), quota: fmt(estimate.quota) }) : '';
  const cls = `offline-save${compact ? ' is-compact' : ''}`;

  if (job?.phase === 'saving') {
    return (
      <div className={cls} data-testid="offline-saving">
        <progress max={1} value={job.fraction} aria-label={t('offline.progressLabel')} data-testid="offline-progress" />
        <span className="offline-line">{t('offline.saving', { done: fmt(job.received), total: fmt(job.expected) })}</span>
        <button type="button" className="btn btn-small" onClick={() => cancel(setId)}>
          {t('offline.cancel')}
        </button>
      </div>
    );
  }
  if (record) {
    return (
      <div className={cls} data-testid="offline-saved">
        <span className="offline-line">✓ {t('offline.saved')} · {fmt(record.bytes)}</span>
        <button type="button" className="btn btn-small" onClick={() => void remove(setId)} data-testid="offline-remove">
          {t('offline.remove')}
        </button>
      </div>
    );
  }
  const free = estimate?.quota != null ? Math.max(0, estimate.quota - (estimate.usage ?? 0)) : null;
  const fits = size == null || fitsInQuota(size, estimate);
  return (
    <div className={cls}>
      <button
        type="button"
        className="btn"
        onClick={() => void save(setId)}
        disabled={!fits}
        title={[t('offline.saveHint'), size ? t('offline.saveSize', { size: fmt(size) }) : '', compact ? estimateText : ''].filter(Boolean).join(' · ')}
        data-testid="offline-save"
      >
        {size ? (
          <>
            {/* On a phone's header an icon keeps the header's buttons on one row; the size stays in the title. */}
            <span className="offline-label-full">{t('offline.saveSize', { size: fmt(size) })}</span>
            <span className="offline-label-short">
              <Icon name="download" />
              <span className="sr-only">{t('offline.save')}</span>
            </span>
          </>
        ) : (
          t('offline.save')
        )}
      </button>
      {!compact && estimateText ? (
        <span className="offline-line" data-testid="offline-estimate">
          {estimateText}
        </span>
      ) : null}
      {!fits && free != null ? <span className="offline-line offline-bad">{t('offline.noRoom', { size: fmt(size ?? 0), free: fmt(free) })}</span> : null}
      {job?.phase === 'error' ? (
        <span className="offline-line offline-bad" role="alert">
          {t('offline.failed', { message: job.message ?? '' })}
        </span>
      ) : null}
    </div>
  );
}
