import { Suspense, lazy, useState } from 'react';
import { Link } from 'wouter';
import type { Catalog, CatalogSet } from '../../data/load';
import type { BaseEntry } from '../../data/schema';
import { Dialog } from '../common/Dialog';
import { Icon } from '../common/Icon';
import { Representative } from '../common/Representative';
import { registerStrings } from '../../lib/i18n';
import inquiryStrings from '../../lib/i18n/strings/inquiry';
import { useLocal, useT } from '../i18n/useT';

registerStrings(inquiryStrings);

const InquiryForm = lazy(() => import('../inquiry/InquiryForm').then((m) => ({ default: m.InquiryForm })));

/** Props of the closing slide. */
export interface ClosingSlideProps {
  catalog: Catalog;
  base: BaseEntry;
  /** The sets pitched: the inquiry's choice to start with. */
  sets: readonly CatalogSet[];
  catalogHref: string;
  /** The base's virtual tour, when it has one. */
  tourHref: string | null;
}

/** The close: the base's contact and "Send an inquiry" for the sets just shown. */
export function ClosingSlide({ catalog, base, sets, catalogHref, tourHref }: ClosingSlideProps) {
  const t = useT();
  const local = useLocal();
  const [asking, setAsking] = useState(false);
  return (
    <div className="present-closing">
      <p className="present-kicker">{local(base.name)}</p>
      <h1 className="present-h1" data-testid="present-heading">
        {t('present.contactTitle')}
      </h1>
      <p className="present-lead">{t('present.contactBody')}</p>
      <dl className="present-contact" data-testid="present-contact">
        <div>
          <dt>
            {t('present.email')}
            <Representative show={Boolean(base.contact.representative)} />
          </dt>
          <dd>
            <a href={`mailto:${base.contact.email}`}>{base.contact.email}</a>
          </dd>
        </div>
        {base.contact.phone ? (
          <div>
            <dt>{t('present.phone')}</dt>
            <dd>
              <a href={`tel:${base.contact.phone.replace(/[^\d+]/g, '')}`}>{base.contact.phone}</a>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('present.address')}</dt>
          <dd>{local(base.address)}</dd>
        </div>
      </dl>
      <div className="present-actions">
        <button type="button" className="btn btn-primary present-big" onClick={() => setAsking(true)} data-testid="present-inquiry">
          <Icon name="mail" /> {t('present.inquiry')}
        </button>
        {tourHref ? (
          <Link className="btn present-big" href={tourHref}>
            <Icon name="play" /> {t('present.tour')}
          </Link>
        ) : null}
        <Link className="btn btn-ghost present-big" href={catalogHref}>
          {t('present.catalog')}
        </Link>
      </div>
      <p className="hint present-note">{t('present.representativeNote')}</p>
      <Dialog open={asking} onClose={() => setAsking(false)} title={t('inquiry.title')} testId="present-inquiry-dialog">
        <Suspense fallback={<p className="hint">{t('common.loading')}</p>}>
          <InquiryForm catalog={catalog} sets={sets} onClose={() => setAsking(false)} heading={false} />
        </Suspense>
      </Dialog>
    </div>
  );
}
