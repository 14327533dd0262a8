import { useNotices } from '../../state/notices';
import { useT } from '../i18n/useT';

/** Dismissible notices (e.g. an ignored URL parameter), announced politely. */
export function Notices() {
  const t = useT();
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <div className="notices" role="status" aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} data-testid="notice">
          <span>{t(n.key, n.vars)}</span>
          <button type="button" className="btn btn-small btn-ghost" onClick={() => dismiss(n.id)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
