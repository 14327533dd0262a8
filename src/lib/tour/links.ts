/**
 * Links into tour mode. `basetour=<baseId>` marks a set opened as a leg of its base's tour;
 * `stop=<stopId>` opens the tour at one of the set's stops (used when "previous" goes back to
 * the end of the previous set, and handy for sharing one stop).
 */
import { formatViewParams } from '../url/viewUrl';
import { isId } from '../url/query';
import type { Lang } from '../url/query';
import { setPath } from '../url/routes';

export const BASETOUR_PARAM = 'basetour';
export const STOP_PARAM = 'stop';

/** Path and query of a set in tour mode (relative to the app root, for the router). */
export function tourHref(setId: string, opts: { lang: Lang; baseId?: string | null; stopId?: string | null }): string {
  const others: [string, string][] = [];
  if (opts.baseId && isId(opts.baseId)) others.push([BASETOUR_PARAM, opts.baseId]);
  if (opts.stopId && isId(opts.stopId)) others.push([STOP_PARAM, opts.stopId]);
  return setPath(setId, formatViewParams({ lang: opts.lang, mode: 'tour' }, others));
}

/** The tour's own parameters from a query string: raw values, or null when absent. */
export function readTourParams(search: string): { baseTour: string | null; stop: string | null } {
  const p = new URLSearchParams(search);
  return { baseTour: p.get(BASETOUR_PARAM), stop: p.get(STOP_PARAM) };
}
