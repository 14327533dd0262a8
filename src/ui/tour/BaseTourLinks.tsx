import { Link } from 'wouter';
import { findSet } from '../../data/load';
import type { BaseEntry } from '../../data/schema';
import { presentPath } from '../../lib/url/routes';
import { tourHref } from '../../lib/tour/links';
import { useCatalog } from '../../state/catalog';
import { usePrefs } from '../../state/prefs';
import { Icon } from '../common/Icon';
import { registerStrings } from '../../lib/i18n';
import { baseLinks } from '../../lib/i18n/strings/tour';
import { useT } from '../i18n/useT';
import './baseLinks.css';

registerStrings(baseLinks);

/**
 * On the catalog's base panel: "Take the virtual tour" (the base tour's first set in tour mode,
 * `basetour=<baseId>`) and the sales presentation. The tour link appears only when the base
 * has a tour whose first set can be toured in 3D.
 */
export function BaseTourLinks({ base }: { base: BaseEntry }) {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const catalog = useCatalog((s) => s.catalog);
  const legs = base.tour.filter((l) => {
    const s = catalog ? findSet(catalog, l.set) : undefined;
    return Boolean(s?.model && s.tour.length);
  });
  const first = legs[0];
  return (
    <div className="base-links" data-testid="base-links">
      {first ? (
        <Link className="btn btn-primary" href={tourHref(first.set, { lang, baseId: base.id })} data-testid="base-tour-link">
          <Icon name="play" /> {t('baseLinks.tour')}
        </Link>
      ) : null}
      <Link className="btn" href={presentPath(`?base=${encodeURIComponent(base.id)}&lang=${lang}`)} data-testid="present-link">
        <Icon name="present" /> {t('baseLinks.present')}
      </Link>
      {first ? <p className="hint">{t('baseLinks.tourHint', { count: legs.length })}</p> : null}
    </div>
  );
}
