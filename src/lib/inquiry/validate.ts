/**
 * The inquiry form's rules, as a pure check of what was typed: which sets, from/to dates
 * (real calendar dates, not in the past, from ≤ to), crew size 1–500, contact name, company,
 * an email address, an optional phone number, optional notes, and the inquiry's language.
 */
import type { Lang } from './words';

export const CREW_MIN = 1;
export const CREW_MAX = 500;
export const LIMITS = { name: 80, company: 120, email: 254, phone: 40, notes: 1000 } as const;

/** What the form holds: text as typed. */
export interface InquiryDraft {
  setIds: readonly string[];
  from: string;
  to: string;
  crew: string;
  name: string;
  company: string;
  email: string;
  phone: string;
  notes: string;
  lang: Lang;
}

/** A checked inquiry. */
export interface Inquiry {
  setIds: string[];
  /** YYYY-MM-DD. */
  from: string;
  to: string;
  /** Shooting days, both ends included. */
  days: number;
  crew: number;
  name: string;
  company: string;
  email: string;
  /** "" when not given. */
  phone: string;
  notes: string;
  lang: Lang;
}

export type InquiryField = 'sets' | 'from' | 'to' | 'crew' | 'name' | 'company' | 'email' | 'phone' | 'notes';
export type InquiryProblem = 'required' | 'date' | 'past' | 'order' | 'crew' | 'email' | 'phone' | 'tooLong';

export type Checked = { ok: true; inquiry: Inquiry } | { ok: false; problems: Partial<Record<InquiryField, InquiryProblem>> };

/** Order of the fields on the form: the first problem in this order gets the focus. */
export const FIELD_ORDER: readonly InquiryField[] = ['sets', 'from', 'to', 'crew', 'name', 'company', 'email', 'phone', 'notes'];

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a real calendar date written YYYY-MM-DD, or null. */
export function dayNumber(iso: string): number | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / 86_400_000;
}

/** Today's date in the person's own time zone, YYYY-MM-DD (the "not in the past" rule is theirs). */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

// One @, no blanks or angle brackets, a dotted domain with a 2+ letter top level. Deliberately
// plain: the mail server is the real judge; this catches typing slips.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

export function isEmail(s: string): boolean {
  return s.length <= LIMITS.email && EMAIL.test(s);
}

/** Digits with the usual separators and an optional leading +, 5–20 digits. */
export function isPhone(s: string): boolean {
  if (!/^\+?[\d\s\-().]+$/.test(s)) return false;
  const digits = s.replace(/\D/g, '').length;
  return digits >= 5 && digits <= 20;
}

/** Checks a draft against the rules; `today` is YYYY-MM-DD. */
export function validateInquiry(draft: InquiryDraft, today: string): Checked {
  const problems: Partial<Record<InquiryField, InquiryProblem>> = {};
  const setIds = [...new Set(draft.setIds)];
  if (setIds.length === 0) problems.sets = 'required';

  const from = draft.from.trim();
  const to = draft.to.trim();
  const fromDay = dayNumber(from);
  const toDay = dayNumber(to);
  const todayDay = dayNumber(today) ?? Number.NEGATIVE_INFINITY;
  if (!from) problems.from = 'required';
  else if (fromDay === null) problems.from = 'date';
  else if (fromDay < todayDay) problems.from = 'past';
  if (!to) problems.to = 'required';
  else if (toDay === null) problems.to = 'date';
  else if (toDay < todayDay) problems.to = 'past';
  else if (fromDay !== null && toDay < fromDay) problems.to = 'order';

  const crewText = draft.crew.trim();
  const crew = /^\d+$/.test(crewText) ? Number(crewText) : NaN;
  if (!crewText) problems.crew = 'required';
  else if (!Number.isInteger(crew) || crew < CREW_MIN || crew > CREW_MAX) problems.crew = 'crew';

  const name = draft.name.trim();
  const company = draft.company.trim();
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  const notes = draft.notes.trim();
  if (!name) problems.name = 'required';
  else if (name.length > LIMITS.name) problems.name = 'tooLong';
  if (!company) problems.company = 'required';
  else if (company.length > LIMITS.company) problems.company = 'tooLong';
  if (!email) problems.email = 'required';
  else if (!isEmail(email)) problems.email = 'email';
  if (phone && (phone.length > LIMITS.phone || !isPhone(phone))) problems.phone = 'phone';
  if (notes.length > LIMITS.notes) problems.notes = 'tooLong';

  if (Object.keys(problems).length) return { ok: false, problems };
  const days = (toDay as number) - (fromDay as number) + 1;
  return { ok: true, inquiry: { setIds, from, to, days, crew, name, company, email, phone, notes, lang: draft.lang } };
}

/** The first field with a problem, in form order. */
export function firstProblem(problems: Partial<Record<InquiryField, InquiryProblem>>): InquiryField | null {
  return FIELD_ORDER.find((f) => problems[f]) ?? null;
}
