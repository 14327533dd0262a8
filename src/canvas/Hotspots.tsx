import { Html } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import type { Hotspot } from '../data/schema';
import { rig } from '../state/rig';
import { useViewer } from '../state/viewer';
import { useModel } from './ModelContext';

/** Props of the hotspot markers. */
export interface HotspotsProps {
  hotspots: readonly Hotspot[];
  /** Marker label per hotspot (already in the current language). */
  labels: readonly string[];
  /** Accessible name of a marker button ("Open: {title}"). */
  openLabel: (title: string) => string;
}

const KIND_ICON: Record<Hotspot['kind'], string> = {
  prop: '◆',
  power: 'ϟ',
  light: '✺',
  sound: '♪',
  access: '⇥',
  story: '★',
  safety: '!',
};

/**
 * Markers anchored to props in 3D. A marker behind a wall is hidden: the check
 * runs against the collision proxies whenever the camera has moved (throttled),
 * not every frame.
 */
export function Hotspots({ hotspots, labels, openLabel }: HotspotsProps) {
  const model = useModel();
  const invalidate = useThree((s) => s.invalidate);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const last = useRef({ version: -1, time: 0 });
  const openId = useViewer((s) => s.hotspotId);

  useFrame((state) => {
    const now = state.clock.elapsedTime;
    if (rig.version === last.current.version) return;
    if (now - last.current.time < 0.12 && rig.flight) {
      invalidate();
      return;
    }
    last.current.version = rig.version;
    last.current.time = now;
    const p = rig.pose;
    for (let i = 0; i < hotspots.length; i++) {
      const el = refs.current[i];
      const h = hotspots[i];
      if (!el || !h) continue;
      const hidden = model.world.segmentBlocked(p.x, p.y, p.z, h.position[0], h.position[1], h.position[2], 0.9);
      el.dataset.occluded = hidden ? 'true' : 'false';
      el.style.visibility = hidden ? 'hidden' : 'visible';
    }
  });

  return (
    <>
      {hotspots.map((h, i) => (
        <Html key={h.id} position={h.position} center zIndexRange={[30, 10]} wrapperClass="hotspot-anchor">
          <button
            ref={(el) => {
              refs.current[i] = el;
              // drei mounts each marker in its own root, after the frame that judged the
              // opening view: judge again on the next frame so no marker goes unjudged.
              if (el && !el.dataset.occluded) {
                last.current.version = -1;
                invalidate();
              }
            }}
            type="button"
            className={`hotspot-marker kind-${h.kind}${openId === h.id ? ' is-open' : ''}`}
            data-testid="hotspot-marker"
            data-hotspot-id={h.id}
            aria-label={openLabel(labels[i] ?? h.id)}
            aria-expanded={openId === h.id}
            onClick={(e) => {
              e.stopPropagation();
              useViewer.getState().openHotspot(openId === h.id ? null : h.id);
            }}
          >
            <span aria-hidden="true">{KIND_ICON[h.kind]}</span>
            <span className="hotspot-label">{labels[i]}</span>
          </button>
        </Html>
      ))}
    </>
  );
}
