import { Link } from 'wouter';
import { AppHeader } from './AppHeader';
import { registerStrings } from '../../lib/i18n';
import problems from '../../lib/i18n/strings/problems';
import { useT } from '../i18n/useT';

registerStrings(problems);

/** Props of the not-found view. */
export interface NotFoundProps {
  homeHref: string;
  /** The unknown set id, when the route was /sets/:setId. */
  setId?: string | undefined;
  path?: string | undefined;
}

/** An unknown page or set: says so, and offers the way back. */
export function NotFound({ homeHref, setId, path }: NotFoundProps) {
  const t = useT();
  return (
    <div className="page">
      <AppHeader homeHref={homeHref} />
      <main id="main" className="center-panel" data-testid="not-found" tabIndex={-1}>
        <h1>{setId ? t('notfound.setTitle', { id: setId }) : t('notfound.title')}</h1>
        <p>{setId ? t('notfound.setBody') : t('notfound.body', { path: path ?? '' })}</p>
        <Link className="btn btn-primary" href={homeHref} data-testid="back-home">
          {t('common.toHome')}
        </Link>
      </main>
    </div>
  );
}
