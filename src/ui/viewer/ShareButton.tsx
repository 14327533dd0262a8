import { useState } from 'react';
import { useT } from '../i18n/useT';
import { Icon } from '../common/Icon';

/** Copies a link that reopens exactly this view; shows the link when the clipboard is not available. */
export function ShareButton({ makeUrl }: { /** Builds the absolute URL of the current view. */ makeUrl: () => string }) {
  const t = useT();
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'copied'; url: string } | { kind: 'manual'; url: string }>({ kind: 'idle' });
  const share = async () => {
    const url = makeUrl();
    try {
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied', url });
    } catch {
      setState({ kind: 'manual', url });
    }
  };
  return (
    <div className="share">
      <button type="button" className="btn" onClick={() => void share()} data-testid="share-button" aria-label={t('viewer.share')}>
        <Icon name="link" /> <span className="btn-label">{t('viewer.share')}</span>
      </button>
      {state.kind !== 'idle' ? (
        <div className="share-result" role="status" data-testid="share-result">
          <p>{state.kind === 'copied' ? t('viewer.shareCopied') : t('viewer.shareManual')}</p>
          <input type="text" readOnly value={state.url} onFocus={(e) => e.currentTarget.select()} data-testid="share-url" aria-label={t('viewer.share')} />
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setState({ kind: 'idle' })}>
            {t('common.close')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
