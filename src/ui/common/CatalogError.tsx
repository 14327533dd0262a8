import type { CatalogProblem } from '../../data/validate';
import { AppHeader } from './AppHeader';
import { ProblemList } from './ProblemList';
import { registerStrings } from '../../lib/i18n';
import problems from '../../lib/i18n/strings/problems';
import { useT } from '../i18n/useT';

registerStrings(problems);

/** The whole catalog is unreadable (its index file): name the file and what is wrong. */
export function CatalogError({ problems, homeHref, onRetry }: { problems: CatalogProblem[]; homeHref: string; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="page">
      <AppHeader homeHref={homeHref} />
      <main id="main" className="center-panel" role="alert" data-testid="catalog-error" tabIndex={-1}>
        <h1>{t('error.catalogTitle')}</h1>
        <p>{t('error.catalogBody')}</p>
        <ProblemList problems={problems} />
        <button type="button" className="btn btn-primary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </main>
    </div>
  );
}
