import { useEffect, useRef } from 'react';
import type { Hotspot } from '../../data/schema';
import { useViewer } from '../../state/viewer';
import { useLocal, useT } from '../i18n/useT';
import { Pin } from './Pin';

const KIND_ICON: Record<Hotspot['kind'], string> = {
  prop: '◆',
  power: 'ϟ',
  light: '✺',
  sound: '♪',
  access: '⇥',
  story: '★',
  safety: '!',
};

/** Markers on the set's props; a wall in front hides them; labels that would overlap collapse (hotspotDeclutter.ts, lazy). */
export function HotspotMarkers({ hotspots }: { hotspots: readonly Hotspot[] }) {
  const t = useT();
  const local = useLocal();
  const openId = useViewer((s) => s.hotspotId);
  const open = useViewer((s) => s.openHotspot);
  const layer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let live = true;
    void import('./hotspotDeclutter').then((m) => {
      if (live && layer.current) stop = m.startDeclutter(layer.current);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, []);
  return (
    <div className="anchor-layer" data-testid="hotspot-layer" ref={layer}>
      {hotspots.map((h) => (
        <Pin key={h.id} id={`hotspot:${h.id}`} position={h.position} occlude className="hotspot-anchor">
          <button
            type="button"
            className={`hotspot-marker kind-${h.kind}${openId === h.id ? ' is-open' : ''}`}
            data-testid="hotspot-marker"
            data-hotspot-id={h.id}
            aria-label={t('viewer.hotspotOpen', { title: local(h.title) })}
            aria-expanded={openId === h.id}
            onClick={() => open(openId === h.id ? null : h.id)}
          >
            <span aria-hidden="true">{KIND_ICON[h.kind]}</span>
            <span className="hotspot-label">{local(h.title)}</span>
          </button>
        </Pin>
      ))}
    </div>
  );
}
