import { Suspense, lazy, useState } from 'react';
import type { CatalogSet } from '../../data/load';
import { useCatalog } from '../../state/catalog';
import { Icon } from '../common/Icon';
import { registerStrings } from '../../lib/i18n';
import inquiryStrings from '../../lib/i18n/strings/inquiry';
import { useT } from '../i18n/useT';

registerStrings(inquiryStrings);

// The form, its checks and the email/PDF builders load when the person asks for them.
const InquiryForm = lazy(() => import('./InquiryForm').then((m) => ({ default: m.InquiryForm })));

/** Props of the inquiry launcher shown in the shortlist. */
export interface InquiryLauncherProps {
  /** The shortlisted sets (the inquiry's default selection). */
  sets: readonly CatalogSet[];
}

/**
 * "Send an inquiry" in the shortlist panel: opens the inquiry form in place (the panel is
 * already a dialog; a dialog on a dialog would fight over focus), with the shortlist chosen.
 */
export function InquiryLauncher({ sets }: InquiryLauncherProps) {
  const t = useT();
  const catalog = useCatalog((s) => s.catalog);
  const [open, setOpen] = useState(false);
  if (!catalog || sets.length === 0) return null;
  return (
    <section className="inquiry-launcher" data-testid="inquiry-launcher">
      {open ? (
        <Suspense fallback={<p className="hint">{t('common.loading')}</p>}>
          <InquiryForm catalog={catalog} sets={sets} onClose={() => setOpen(false)} />
        </Suspense>
      ) : (
        <button type="button" className="btn btn-primary" onClick={() => setOpen(true)} data-testid="inquiry-open">
          <Icon name="mail" /> {t('inquiry.open')}
        </button>
      )}
    </section>
  );
}
