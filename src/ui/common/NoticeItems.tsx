import type { Notice } from '../../state/notices';
import { useNotices } from '../../state/notices';
import { useT } from '../i18n/useT';

/** The notices themselves: their code loads with the first notice (most visits have none). */
export function NoticeItems({ notices }: { notices: readonly Notice[] }) {
  const t = useT();
  const dismiss = useNotices((s) => s.dismiss);
  return notices.map((n) => (
    <div key={n.id} className={`notice notice-${n.tone}`} data-testid="notice">
      <span>{t(n.key, n.vars)}</span>
      <button type="button" className="btn btn-small btn-ghost" onClick={() => dismiss(n.id)}>
        {t('notice.dismiss')}
      </button>
    </div>
  ));
}
