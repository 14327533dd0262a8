import { useEffect, useState } from 'react';
import type { SafeZonesState } from '../../data/safeZones';
import { loadSafeZones } from '../../data/safeZones';

export type { SafeZonesState };

let cached: Promise<SafeZonesState> | null = null;

/** The platform safe zones (scenes/platform-safe-zones.json), fetched once per page. A broken file is an error state, never a throw. */
export function useSafeZones(): SafeZonesState {
  const [state, setState] = useState<SafeZonesState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    cached ??= loadSafeZones(document.baseURI).then((s) => {
      // A failed fetch may be a passing network problem: try again next time frame mode opens.
      if (s.status === 'error') cached = null;
      return s;
    });
    void cached.then((s) => {
      if (live) setState(s);
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
