import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { basePathOf } from '../../lib/offline/scope';
import { registerStrings } from '../../lib/i18n';
import offlineStrings from '../../lib/i18n/strings/offline';
import { SavedPanel } from './SavedPanel';
import { Slots } from './Slots';
import { watchCardBadges } from './cardBadges';
import { UpdateNotice } from './UpdateNotice';
import { linkOfflineCss } from './css';

registerStrings(offlineStrings);
linkOfflineCss();

/** Mounted once, after the first frame, in its own root (src/app/offline.tsx). */
export function OfflineLayer() {
  // Outside the app's router: the browser's full path. The saved list belongs to the catalog.
  const [path] = useLocation();
  const onCatalog = basePathOf(path) === path || path.endsWith('/index.html');
  useEffect(() => {
    const root = document.getElementById('root');
    return root ? watchCardBadges(root) : undefined;
  }, []);
  return (
    <>
      {onCatalog ? <SavedPanel /> : null}
      <Slots />
      <UpdateNotice />
    </>
  );
}
