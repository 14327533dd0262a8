import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useT } from '../i18n/useT';
import { LangSwitch } from './LangSwitch';

/** Props of the page header. */
export interface AppHeaderProps {
  /** Where the brand links to (the catalog). */
  homeHref: string;
  /** Extra controls on the right, before the language switch. */
  actions?: ReactNode;
  /** A page title shown after the brand. */
  title?: ReactNode;
}

export function AppHeader({ homeHref, actions, title }: AppHeaderProps) {
  const t = useT();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Link className="brand" href={homeHref} aria-label={`${t('app.name')} — ${t('common.toHome')}`}>
        <svg className="brand-mark" viewBox="0 0 64 64" aria-hidden="true">
          <rect x="22" y="8" width="20" height="36" rx="3" fill="none" stroke="currentColor" strokeWidth="5" />
          <path d="M14 52h36M20 58h24" stroke="currentColor" strokeWidth="5" strokeLinecap="round" />
        </svg>
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </Link>
      {title ? <div className="header-title">{title}</div> : null}
      <div className="header-actions">
        {actions}
        <LangSwitch />
      </div>
    </header>
  );
}
