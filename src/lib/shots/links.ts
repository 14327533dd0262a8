/**
 * Links that reopen a shot (docs/ARCHITECTURE.md §3). A catalog preset is named by its id
 * (`shot=<id>`); a captured shot is written out in full (`cam`, `body`, `lens`, `orient`,
 * its stand-ins as `fig` and its camera move as `move`) in frame mode, since no one else knows its id.
 */
import type { Lang } from '../url/query';
import { setUrl } from '../url/routes';
import { formatViewParams } from '../url/viewUrl';
import type { Shot } from './shot';

/** An absolute URL for the set viewer with a query, resolved like the app's own links (against document.baseURI). */
export function setViewerUrl(baseURI: string, setId: string, query: string): string {
  return setUrl(baseURI, setId, query);
}

/** The link that reopens a captured shot: its camera, body, lens, orientation and stand-ins in frame mode. */
export function shotLink(baseURI: string, shot: Pick<Shot, 'setId' | 'camera' | 'body' | 'lens' | 'orient'> & Partial<Pick<Shot, 'figures' | 'move'>>, lang?: Lang): string {
  const c = shot.camera;
  const query = formatViewParams({
    ...(lang ? { lang } : {}),
    mode: 'frame',
    cam: { position: [c.position[0], c.position[1], c.position[2]], yawDeg: c.yawDeg, pitchDeg: c.pitchDeg, rollDeg: c.rollDeg },
    body: shot.body,
    lens: shot.lens,
    orient: shot.orient,
    fig: (shot.figures ?? []).map((f) => ({ kind: f.kind, pose: f.pose, position: [f.position[0], f.position[1], f.position[2]], yawDeg: f.yawDeg })),
    // A shot with a move reopens the move, at its start.
    ...(shot.move ? { move: shot.move, t: 0 } : {}),
  });
  return setViewerUrl(baseURI, shot.setId, query);
}

/** The link that opens a catalog preset shot by its id, in frame mode. */
export function presetLink(baseURI: string, setId: string, presetId: string, lang?: Lang): string {
  return setViewerUrl(baseURI, setId, formatViewParams({ ...(lang ? { lang } : {}), mode: 'frame', shot: presetId }));
}
