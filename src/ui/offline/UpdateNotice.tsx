import { useState } from 'react';
import { useOffline } from '../../state/offline/store';
import { useT } from '../i18n/useT';

/** A quiet "reload to update" when a new version of the app is installed and waiting. */
export function UpdateNotice() {
  const t = useT();
  const waiting = useOffline((s) => s.waiting);
  const apply = useOffline((s) => s.applyUpdate);
  const [later, setLater] = useState<ServiceWorker | null>(null);
  if (!waiting || later === waiting) return null;
  return (
    <div className="offline-update notice" role="status" data-testid="update-notice">
      <span>{t('offline.update')}</span>
      <button type="button" className="btn btn-small btn-primary" onClick={apply} data-testid="update-reload">
        {t('offline.reload')}
      </button>
      <button type="button" className="btn btn-small btn-ghost" onClick={() => setLater(waiting)}>
        {t('offline.later')}
      </button>
    </div>
  );
}
