import { useViewer } from '../../state/viewer';
import { useT } from '../i18n/useT';

/** Tells the person when the 3D view was lost, and whether it came back. */
export function ContextNotice() {
  const t = useT();
  const context = useViewer((s) => s.context);
  if (context === 'ok') return null;
  return (
    <div className="model-error" role="alert" data-testid="context-notice" data-context={context}>
      <p>{t(context === 'lost' ? 'viewer.context.lost' : 'viewer.context.failed')}</p>
      {context === 'failed' ? (
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {t('viewer.reload')}
        </button>
      ) : null}
    </div>
  );
}
