import { findSet } from '../../data/load';
import { useCatalog } from '../../state/catalog';
import { useReach } from '../../state/offline/reach';
import { usePrefs } from '../../state/prefs';
import { translate } from '../../lib/i18n';

/**
 * Offline, marks each catalog card of a 3D set that would not open ("needs network"): not
 * saved and not among the recent sets (docs/ARCHITECTURE.md §8). A decoration added from
 * here, after the first frame, rather than by the card itself: the catalog route's bundle
 * has no room left for it. The badge sits beside the card's "3D" badge, in the same
 * (aria-hidden) picture button; the card's text and links are unchanged.
 */
export function watchCardBadges(root: HTMLElement): () => void {
  let queued = 0;
  const apply = () => {
    queued = 0;
    const { offline, ready } = useReach.getState();
    const catalog = useCatalog.getState().catalog;
    const label = translate(usePrefs.getState().lang, 'offline.needsNetwork');
    for (const card of root.querySelectorAll<HTMLElement>('[data-testid="set-card"][data-set-id]')) {
      const id = card.dataset.setId ?? '';
      const need = offline && !!(catalog && findSet(catalog, id)?.model) && !ready.includes(id);
      let badge = card.querySelector<HTMLElement>('.badge-net');
      if (!need) {
        badge?.remove();
        continue;
      }
      if (!badge) {
        badge = document.createElement('span');
        badge.className = 'badge badge-net';
        badge.dataset.testid = 'needs-network';
        card.querySelector('.card-media')?.appendChild(badge);
      }
      if (badge.textContent !== label) badge.textContent = label;
    }
  };
  const queue = () => {
    if (!queued) queued = requestAnimationFrame(apply);
  };
  const observer = new MutationObserver(queue);
  observer.observe(root, { childList: true, subtree: true });
  const stops = [useReach.subscribe(queue), usePrefs.subscribe(queue), useCatalog.subscribe(queue)];
  queue();
  return () => {
    observer.disconnect();
    stops.forEach((stop) => stop());
    if (queued) cancelAnimationFrame(queued);
  };
}
