import { comparePath, setPath } from '../lib/url/routes';
import { usePrefs } from '../state/prefs';

/** Internal links carry the current language so a copied link opens as seen. */
function withLang(path: string, params = new URLSearchParams()): string {
  params.set('lang', usePrefs.getState().lang);
  return `${path}?${params.toString()}`;
}

export function viewerHref(setId: string): string {
  return withLang(setPath(setId));
}

export function compareHref(ids: string[]): string {
  return withLang(comparePath(), new URLSearchParams({ ids: ids.join(',') }));
}
