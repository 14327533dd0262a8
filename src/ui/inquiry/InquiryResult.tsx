import type { RefObject } from 'react';
import { useMemo, useState } from 'react';
import type { Catalog, CatalogSet } from '../../data/load';
import { findBase } from '../../data/load';
import { fitMailto } from '../../lib/inquiry/email';
import { groupByBase } from '../../lib/inquiry/facts';
import { inquiryDoc, layoutInquiryPdf } from '../../lib/inquiry/pdfLayout';
import type { Inquiry } from '../../lib/inquiry/validate';
import { localToday } from '../../lib/inquiry/validate';
import { daysText } from '../../lib/inquiry/words';
import { usePrefs } from '../../state/prefs';
import { Icon } from '../common/Icon';
import { useLocal, useT } from '../i18n/useT';
import { EmailCard } from './EmailCard';

/** Props of the prepared inquiry. */
export interface InquiryResultProps {
  catalog: Catalog;
  inquiry: Inquiry;
  units: 'metric' | 'imperial';
  headingRef: RefObject<HTMLHeadingElement | null>;
  onEdit: () => void;
  onClose?: (() => void) | undefined;
}

/**
 * A checked inquiry, ready to go: one email per base (the mailto link, fitted to mail apps'
 * limits, and the full text to copy) and the PDF one-pager, drawn on demand.
 */
export function InquiryResult({ catalog, inquiry, units, headingRef, onEdit, onClose }: InquiryResultProps) {
  const t = useT();
  const lang = inquiry.lang;
  const pageLang = usePrefs((s) => s.lang);
  const chosen = useMemo(() => {
    const byId = new Map<string, CatalogSet>();
    for (const b of catalog.bases) if (b.status === 'ok') for (const s of b.sets) byId.set(s.id, s);
    return inquiry.setIds.map((x) => byId.get(x)).filter((s): s is CatalogSet => Boolean(s));
  }, [catalog, inquiry]);
  // One email per base: each base has its own contact address.
  const emails = useMemo(
    () =>
      groupByBase(chosen).flatMap((g) => {
        const base = findBase(catalog, g.baseId)?.base;
        if (!base) return [];
        const fitted = fitMailto({ inquiry, sets: g.sets, baseName: base.name[lang], to: base.contact.email, units });
        return [{ baseId: g.baseId, baseName: base.name, fitted }];
      }),
    [catalog, chosen, inquiry, lang, units],
  );
  const local = useLocal();
  const [pdf, setPdf] = useState<{ state: 'idle' | 'making' | 'done' | 'failed'; detail: string }>({ state: 'idle', detail: '' });

  const makePdf = async () => {
    setPdf({ state: 'making', detail: '' });
    try {
      const bases = emails.map((e) => findBase(catalog, e.baseId)!.base);
      const { canvasMeasure, loadPdfFont, renderInquiryPdf, saveBlob } = await import('./renderPdf');
      const font = await loadPdfFont((f) => setPdf({ state: 'making', detail: t('inquiry.pdfFont', { percent: Math.round(f * 100) }) }));
      const doc = inquiryDoc(inquiry, chosen, bases, units, localToday());
      const pages = layoutInquiryPdf(doc, canvasMeasure(lang));
      const blob = await renderInquiryPdf(pages, lang, { title: doc.title, subject: doc.baseName }, font);
      const file = `setscout-inquiry-${inquiry.from}-${chosen.map((s) => s.id).slice(0, 3).join('-')}.pdf`;
      saveBlob(blob, file);
      setPdf({ state: 'done', detail: file });
    } catch (err) {
      setPdf({ state: 'failed', detail: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <section className="inquiry-result" data-testid="inquiry-result" aria-labelledby="inquiry-result-title">
      <h3 id="inquiry-result-title" className="inquiry-title" ref={headingRef} tabIndex={-1}>
        {t('inquiry.ready')}
      </h3>
      <p>{t('inquiry.summary', { sets: chosen.length, from: inquiry.from, to: inquiry.to, days: daysText(pageLang, inquiry.days), crew: inquiry.crew })}</p>
      {emails.length > 1 ? <p className="hint">{t('inquiry.perBase', { count: emails.length })}</p> : null}
      {emails.map(({ baseId, baseName, fitted }) => (
        <EmailCard key={baseId} baseId={baseId} baseName={local(baseName)} fitted={fitted} lang={lang} />
      ))}
      <div className="inquiry-pdf">
        <button type="button" className="btn" onClick={() => void makePdf()} disabled={pdf.state === 'making'} data-testid="inquiry-pdf">
          <Icon name="download" /> {pdf.state === 'making' ? t('inquiry.pdfMaking') : t('inquiry.pdf')}
        </button>
        <p className="hint" role="status">
          {pdf.state === 'done' ? t('inquiry.pdfDone', { file: pdf.detail }) : pdf.state === 'failed' ? t('inquiry.pdfFailed', { message: pdf.detail }) : pdf.detail}
        </p>
        <p className="hint">{t('inquiry.pdfNote')}</p>
      </div>
      <div className="inquiry-actions">
        <button type="button" className="btn btn-ghost" onClick={onEdit} data-testid="inquiry-edit">
          {t('inquiry.edit')}
        </button>
        {onClose ? (
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            {t('inquiry.cancel')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
