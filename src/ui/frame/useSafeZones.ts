import { useEffect, useState } from 'react';
import type { SafeZoneCatalog } from '../../data/safeZones';
import { SAFE_ZONES_FILE, parseSafeZones } from '../../data/safeZones';
import { formatProblem, parseJson } from '../../data/validate';

export type SafeZonesState = { status: 'loading' } | { status: 'ok'; zones: SafeZoneCatalog } | { status: 'error'; detail: string };

let cached: Promise<SafeZonesState> | null = null;

async function load(): Promise<SafeZonesState> {
  try {
    const res = await fetch(new URL(SAFE_ZONES_FILE, document.baseURI).href);
    if (!res.ok) return { status: 'error', detail: `${SAFE_ZONES_FILE}: HTTP ${res.status}` };
    const json = parseJson(await res.text(), SAFE_ZONES_FILE);
    if (!json.ok) return { status: 'error', detail: json.problems.map(formatProblem).join('; ') };
    const parsed = parseSafeZones(json.value);
    if (!parsed.ok) return { status: 'error', detail: parsed.problems.slice(0, 3).map(formatProblem).join('; ') };
    return { status: 'ok', zones: parsed.value };
  } catch (err) {
    return { status: 'error', detail: `${SAFE_ZONES_FILE}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** The platform safe zones (scenes/platform-safe-zones.json), fetched once per page. A broken file is an error state, never a throw. */
export function useSafeZones(): SafeZonesState {
  const [state, setState] = useState<SafeZonesState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    cached ??= load().then((s) => {
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
