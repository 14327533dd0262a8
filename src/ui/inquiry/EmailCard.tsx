import { useState } from 'react';
import type { FittedEmail } from '../../lib/inquiry/email';
import { emailAsText } from '../../lib/inquiry/email';
import type { Lang } from '../../lib/inquiry/words';
import { Icon } from '../common/Icon';
import { useT } from '../i18n/useT';

/** One base's email: the mailto link, whether it was shortened, and the full text to copy. */
export function EmailCard({ baseId, baseName, fitted, lang }: { baseId: string; baseName: string; fitted: FittedEmail; /** The inquiry's language. */ lang: Lang }) {
  const t = useT();
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  const full = emailAsText(fitted.full, lang);
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(full);
      setCopy('done');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <div className="inquiry-email" data-base-id={baseId}>
      <a className="btn btn-primary" href={fitted.href} data-testid="inquiry-mailto" data-base-id={baseId}>
        <Icon name="mail" /> {t('inquiry.mailto', { base: baseName })}
      </a>
      <p className="hint">{t('inquiry.mailtoTo', { email: fitted.to })}</p>
      {fitted.detail > 0 || fitted.cut ? <p className="hint">{t('inquiry.shortened')}</p> : null}
      <details className="inquiry-full">
        <summary>{t('inquiry.fullText')}</summary>
        <textarea readOnly value={full} rows={10} aria-label={t('inquiry.fullText')} data-testid="inquiry-full-text" />
        <button type="button" className="btn btn-small" onClick={() => void onCopy()}>
          {t('inquiry.copy')}
        </button>
        <span className="hint" role="status">
          {copy === 'done' ? t('inquiry.copied') : copy === 'failed' ? t('inquiry.copyFailed') : ''}
        </span>
      </details>
    </div>
  );
}
