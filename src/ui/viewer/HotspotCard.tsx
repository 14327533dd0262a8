import type { Hotspot } from '../../data/schema';
import { useViewer } from '../../state/viewer';
import { viewerActions } from '../../state/viewerActions';
import { useLocal, useT } from '../i18n/useT';

/** The open hotspot: title, description and production notes in the current language. */
export function HotspotCard({ hotspots }: { hotspots: readonly Hotspot[] }) {
  const t = useT();
  const local = useLocal();
  const id = useViewer((s) => s.hotspotId);
  const close = useViewer((s) => s.openHotspot);
  const h = hotspots.find((x) => x.id === id);
  if (!h) return null;
  return (
    <section className="hotspot-card" role="dialog" aria-labelledby="hotspot-title" data-testid="hotspot-card" data-hotspot-id={h.id}>
      <div className="hotspot-card-head">
        <h2 id="hotspot-title">{local(h.title)}</h2>
        <button type="button" className="btn btn-icon" onClick={() => close(null)} aria-label={t('common.close')} data-testid="hotspot-close">
          ✕
        </button>
      </div>
      <p>{local(h.description)}</p>
      {h.notes.length ? (
        <>
          <h3>{t('viewer.hotspotNotes')}</h3>
          <ul className="hotspot-notes">
            {h.notes.map((n, i) => (
              <li key={i}>{local(n)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" className="btn btn-small" onClick={() => viewerActions.lookAt(...h.position)}>
        {t('viewer.hotspotGo')}
      </button>
    </section>
  );
}
