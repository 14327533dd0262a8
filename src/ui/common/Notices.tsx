import { Suspense, lazy } from 'react';
import { useNotices } from '../../state/notices';

const NoticeItems = lazy(() => import('./NoticeItems').then((m) => ({ default: m.NoticeItems })));

/**
 * Dismissible notices (e.g. an ignored URL parameter), announced politely. The live region is
 * always in the page, so a screen reader hears a notice added to it later.
 */
export function Notices() {
  const notices = useNotices((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite" data-testid="notices">
      {notices.length ? (
        <Suspense fallback={null}>
          <NoticeItems notices={notices} />
        </Suspense>
      ) : null}
    </div>
  );
}
