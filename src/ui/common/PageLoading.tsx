import { AppHeader } from './AppHeader';
import { useT } from '../i18n/useT';

/** Shown while the catalog files arrive (they are small; this is usually a blink). */
export function PageLoading({ homeHref }: { homeHref: string }) {
  const t = useT();
  return (
    <div className="page">
      <AppHeader homeHref={homeHref} />
      <main id="main" className="center-panel" aria-busy="true" data-testid="page-loading">
        <div className="spinner" aria-hidden="true" />
        <p role="status">{t('common.loading')}</p>
      </main>
    </div>
  );
}
