import { useId, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Catalog, CatalogSet } from '../../data/load';
import type { Inquiry, InquiryDraft, InquiryField, InquiryProblem } from '../../lib/inquiry/validate';
import { CREW_MAX, CREW_MIN, LIMITS, firstProblem, localToday, validateInquiry } from '../../lib/inquiry/validate';
import { usePrefs } from '../../state/prefs';
import { Icon } from '../common/Icon';
import type { MessageKey } from '../../lib/i18n';
import { registerStrings } from '../../lib/i18n';
import inquiryStrings from '../../lib/i18n/strings/inquiry';
import { InquiryResult } from './InquiryResult';
import { useLocal, useT } from '../i18n/useT';
import './inquiry.css';
import { loadDraft, saveDraft } from '../../state/inquiryDraft';

registerStrings(inquiryStrings);

/** Props of the inquiry form. */
export interface InquiryFormProps {
  catalog: Catalog;
  /** The sets offered, each with a checkbox. */
  sets: readonly CatalogSet[];
  /** Ids checked at first. Default: every set offered. */
  initial?: readonly string[] | undefined;
  /** Shown as a "Close" button when given. */
  onClose?: (() => void) | undefined;
  /** Whether the form shows its own title (off inside a dialog that has one). Default true. */
  heading?: boolean | undefined;
}

const ERROR_KEY: Record<InquiryProblem, MessageKey> = {
  required: 'inquiry.err.required',
  date: 'inquiry.err.date',
  past: 'inquiry.err.past',
  order: 'inquiry.err.order',
  crew: 'inquiry.err.crew',
  email: 'inquiry.err.email',
  phone: 'inquiry.err.phone',
  tooLong: 'inquiry.err.tooLong',
};

type Problems = Partial<Record<InquiryField, InquiryProblem>>;

/**
 * The shoot inquiry: which sets, when, how many, who. "Prepare" checks it and produces one
 * ready email per base (a mailto: link to the base's contact address, fitted to mail apps'
 * link limits, with the full text to copy) and a PDF one-pager of the chosen sets. There is
 * no server: nothing is sent until the person sends the email from their own mail app.
 */
export function InquiryForm({ catalog, sets, initial, onClose, heading = true }: InquiryFormProps) {
  const t = useT();
  const local = useLocal();
  const lang = usePrefs((s) => s.lang);
  const units = usePrefs((s) => s.units);
  const id = useId();
  const today = useMemo(() => localToday(), []);
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const [draft, setDraft] = useState<InquiryDraft>(() => ({
    setIds: [...(initial ?? sets.map((s) => s.id))],
    from: '',
    to: '',
    crew: '',
    name: '',
    company: '',
    email: '',
    phone: '',
    notes: '',
    ...loadDraft(),
    lang,
  }));
  const [problems, setProblems] = useState<Problems>({});
  const [submitted, setSubmitted] = useState(false);
  const [inquiry, setInquiry] = useState<Inquiry | null>(null);

  const update = (patch: Partial<InquiryDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    saveDraft(next);
    // After a first attempt, problems clear as they are fixed.
    if (submitted) {
      const r = validateInquiry(next, today);
      setProblems(r.ok ? {} : r.problems);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const r = validateInquiry(draft, today);
    if (!r.ok) {
      setProblems(r.problems);
      const first = firstProblem(r.problems);
      if (first) formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    setProblems({});
    setInquiry(r.inquiry);
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const fieldId = (f: string) => `${id}-${f}`;
  const err = (f: InquiryField) => problems[f];
  const describe = (f: InquiryField, hint?: boolean) => [hint ? `${fieldId(f)}-hint` : null, err(f) ? `${fieldId(f)}-err` : null].filter(Boolean).join(' ') || undefined;
  const errorText = (f: InquiryField) =>
    err(f) ? (
      <span className="inquiry-error" id={`${fieldId(f)}-err`} data-testid={`inquiry-error-${f}`}>
        {f === 'sets' ? t('inquiry.err.sets') : t(ERROR_KEY[err(f) as InquiryProblem])}
      </span>
    ) : null;
  const count = Object.keys(problems).length;

  if (inquiry) {
    return <InquiryResult catalog={catalog} inquiry={inquiry} units={units} headingRef={resultRef} onEdit={() => setInquiry(null)} onClose={onClose} />;
  }

  const text = (f: 'name' | 'company' | 'email' | 'phone', type: string, autoComplete: string, labelKey: MessageKey, max: number) => (
    <div className={`inquiry-field${err(f) ? ' has-error' : ''}`}>
      <label htmlFor={fieldId(f)}>{t(labelKey)}</label>
      <input
        id={fieldId(f)}
        data-field={f}
        data-testid={`inquiry-${f}`}
        type={type}
        autoComplete={autoComplete}
        maxLength={max}
        value={draft[f]}
        aria-invalid={err(f) ? true : undefined}
        aria-describedby={describe(f)}
        required={f !== 'phone'}
        onChange={(e) => update({ [f]: e.target.value })}
      />
      {errorText(f)}
    </div>
  );

  return (
    <form ref={formRef} className="inquiry-form" onSubmit={onSubmit} noValidate data-testid="inquiry-form" aria-labelledby={heading ? `${id}-title` : undefined}>
      {heading ? (
        <h3 id={`${id}-title`} className="inquiry-title">
          {t('inquiry.title')}
        </h3>
      ) : null}
      <p className="hint">{t('inquiry.intro')}</p>
      {count ? (
        <p className="inquiry-summary-error" role="alert">
          {t('inquiry.problems', { count })}
        </p>
      ) : null}

      <fieldset className={`inquiry-sets${err('sets') ? ' has-error' : ''}`} aria-describedby={describe('sets', true)}>
        <legend>{t('inquiry.sets')}</legend>
        <p className="hint" id={`${fieldId('sets')}-hint`}>
          {t('inquiry.setsHint')}
        </p>
        {sets.map((s, i) => (
          <label key={s.id} className="check inquiry-set">
            <input
              type="checkbox"
              data-field={i === 0 ? 'sets' : undefined}
              data-testid="inquiry-set"
              data-set-id={s.id}
              checked={draft.setIds.includes(s.id)}
              onChange={(e) => update({ setIds: e.target.checked ? [...draft.setIds, s.id] : draft.setIds.filter((x) => x !== s.id) })}
            />
            <span>{local(s.name)}</span>
          </label>
        ))}
        {errorText('sets')}
      </fieldset>

      <div className="inquiry-row">
        {(['from', 'to'] as const).map((f) => (
          <div key={f} className={`inquiry-field${err(f) ? ' has-error' : ''}`}>
            <label htmlFor={fieldId(f)}>{t(f === 'from' ? 'inquiry.from' : 'inquiry.to')}</label>
            <input
              id={fieldId(f)}
              data-field={f}
              data-testid={`inquiry-${f}`}
              type="date"
              min={f === 'to' && draft.from >= today ? draft.from : today}
              value={draft[f]}
              required
              aria-invalid={err(f) ? true : undefined}
              aria-describedby={describe(f)}
              onChange={(e) => update({ [f]: e.target.value })}
            />
            {errorText(f)}
          </div>
        ))}
      </div>

      <div className="inquiry-row">
        <div className={`inquiry-field${err('crew') ? ' has-error' : ''}`}>
          <label htmlFor={fieldId('crew')}>{t('inquiry.crew')}</label>
          <input
            id={fieldId('crew')}
            data-field="crew"
            data-testid="inquiry-crew"
            type="number"
            inputMode="numeric"
            min={CREW_MIN}
            max={CREW_MAX}
            step={1}
            value={draft.crew}
            required
            aria-invalid={err('crew') ? true : undefined}
            aria-describedby={describe('crew', true)}
            onChange={(e) => update({ crew: e.target.value })}
          />
          <span className="hint" id={`${fieldId('crew')}-hint`}>
            {t('inquiry.crewHint')}
          </span>
          {errorText('crew')}
        </div>
        <fieldset className="inquiry-field inquiry-lang" aria-describedby={`${id}-lang-hint`}>
          <legend>{t('inquiry.lang')}</legend>
          <div className="segmented" role="group">
            {(['zh', 'en'] as const).map((l) => (
              <button key={l} type="button" aria-pressed={draft.lang === l} lang={l === 'zh' ? 'zh-CN' : 'en'} onClick={() => update({ lang: l })} data-testid={`inquiry-lang-${l}`}>
                {l === 'zh' ? '中文' : 'English'}
              </button>
            ))}
          </div>
          <span className="hint" id={`${id}-lang-hint`}>
            {t('inquiry.langHint')}
          </span>
        </fieldset>
      </div>

      {text('name', 'text', 'name', 'inquiry.name', LIMITS.name)}
      {text('company', 'text', 'organization', 'inquiry.company', LIMITS.company)}
      <div className="inquiry-row">
        {text('email', 'email', 'email', 'inquiry.email', LIMITS.email)}
        {text('phone', 'tel', 'tel', 'inquiry.phone', LIMITS.phone)}
      </div>
      <div className={`inquiry-field${err('notes') ? ' has-error' : ''}`}>
        <label htmlFor={fieldId('notes')}>{t('inquiry.notes')}</label>
        <textarea
          id={fieldId('notes')}
          data-field="notes"
          data-testid="inquiry-notes"
          maxLength={LIMITS.notes}
          rows={3}
          value={draft.notes}
          aria-invalid={err('notes') ? true : undefined}
          aria-describedby={describe('notes')}
          onChange={(e) => update({ notes: e.target.value })}
        />
        {errorText('notes')}
      </div>

      <div className="inquiry-actions">
        <button type="submit" className="btn btn-primary" data-testid="inquiry-prepare">
          <Icon name="mail" /> {t('inquiry.prepare')}
        </button>
        {onClose ? (
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            {t('inquiry.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
