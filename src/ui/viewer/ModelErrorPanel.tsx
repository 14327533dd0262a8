import { useViewer } from '../../state/viewer';
import { registerStrings } from '../../lib/i18n';
import modelStrings from '../../lib/i18n/strings/model';
import { useT } from '../i18n/useT';

registerStrings(modelStrings);

/** The model could not be shown: which file, why, a retry; the rest of the page keeps working. */
export function ModelErrorPanel({ file }: { file: string }) {
  const t = useT();
  const status = useViewer((s) => s.status);
  const failure = useViewer((s) => s.failure);
  const detail = useViewer((s) => s.failureDetail);
  const retry = useViewer((s) => s.retry);
  if (status !== 'error' || !failure) return null;
  const key = `viewer.error.${failure}` as const;
  return (
    <div className="model-error" role="alert" data-testid="model-error">
      <h2>{t('viewer.error.title')}</h2>
      <p>{t(key, { file })}</p>
      {detail ? <p className="hint">{t('viewer.error.detail', { detail: detail.slice(0, 200) })}</p> : null}
      <p>{t('viewer.error.stillWorks')}</p>
      {failure !== 'webgl' ? (
        <button type="button" className="btn btn-primary" onClick={retry} data-testid="model-retry">
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
