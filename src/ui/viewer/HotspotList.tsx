import type { Hotspot } from '../../data/schema';
import { useViewer } from '../../state/viewer';
import { viewerActions } from '../../state/viewerActions';
import { useLocal, useT } from '../i18n/useT';

/** Every hotspot as a list: reachable by keyboard and screen readers, and without WebGL. */
export function HotspotList({ hotspots, interactive }: { hotspots: readonly Hotspot[]; /** Fly to hotspots on open. */ interactive: boolean }) {
  const t = useT();
  const local = useLocal();
  const open = useViewer((s) => s.openHotspot);
  const openId = useViewer((s) => s.hotspotId);
  if (!hotspots.length) return null;
  return (
    <section aria-labelledby="hotspots-title" className="panel-section">
      <h2 id="hotspots-title">{t('viewer.hotspots')}</h2>
      <ul className="hotspot-list" data-testid="hotspot-list">
        {hotspots.map((h) => (
          <li key={h.id}>
            <button
              type="button"
              className={`hotspot-item${openId === h.id ? ' is-on' : ''}`}
              aria-expanded={openId === h.id}
              onClick={() => {
                open(openId === h.id ? null : h.id);
                if (interactive && openId !== h.id) viewerActions.lookAt(...h.position);
              }}
              data-testid="hotspot-item"
            >
              <strong>{local(h.title)}</strong>
              <span>{local(h.description)}</span>
            </button>
            {!interactive && openId === h.id && h.notes.length ? (
              <ul className="hotspot-notes">
                {h.notes.map((n, i) => (
                  <li key={i}>{local(n)}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
