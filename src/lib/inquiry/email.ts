/**
 * The inquiry email to one base, and the `mailto:` link that opens it in the person's mail
 * app (RFC 6068: percent-encoded UTF-8, CRLF line breaks as %0D%0A, spaces as %20).
 *
 * Mail apps and browsers truncate or refuse long mailto links: about 2,000 characters is the
 * practical ceiling, and one Chinese character costs nine once percent-encoded. The link is
 * therefore fitted: the full text first; then each set on one line with its day rate; then the
 * notes shortened; then the sets as a list of names pointing to the PDF; as a last resort the
 * body is cut. The full text is always available separately (to copy, and in the PDF).
 */
import type { UnitSystem } from '../catalog/units';
import { formatCurrency } from '../catalog/units';
import type { FactLine, InquirySet } from './facts';
import { estimate, factLines, rateText } from './facts';
import type { Inquiry } from './validate';
import { daysText, word } from './words';

export const CRLF = '\r\n';
/** Longest mailto link produced (characters, encoded). */
export const MAILTO_MAX = 2000;

/** How much detail the email carries: 0 full facts, 1 one line per set, 2 names only. */
export type Detail = 0 | 1 | 2;

export interface EmailInput {
  inquiry: Inquiry;
  /** The chosen sets of this base, in order. */
  sets: readonly InquirySet[];
  baseName: string;
  /** The base's contact address. */
  to: string;
  units: UnitSystem;
}

export interface Email {
  to: string;
  subject: string;
  body: string;
}

export interface FittedEmail extends Email {
  href: string;
  detail: Detail;
  /** The notes or the body had to be cut to fit. */
  cut: boolean;
  /** The email with everything (for copying). */
  full: Email;
}

const mark = (rep: boolean) => (rep ? '*' : '');
/** The figures an email carries per set (the PDF has them all). */
const EMAIL_FACTS: readonly FactLine['key'][] = ['size', 'area', 'grid', 'power', 'crew', 'rate'];

/** The subject: kind, up to three set names, dates and company. */
export function emailSubject(inq: Inquiry, names: readonly string[]): string {
  const lang = inq.lang;
  const shown = names.slice(0, 3).join(word(lang, 'listSep'));
  const more = names.length > 3 ? (lang === 'zh' ? word(lang, 'more', { count: names.length }) : ` ${word(lang, 'more', { count: names.length - 3 })}`) : '';
  const sep = word(lang, 'subjectSep');
  const who = lang === 'zh' ? `（${inq.company}）` : ` (${inq.company})`;
  return `${word(lang, 'subject')}${lang === 'zh' ? '：' : ': '}${shown}${more}${sep}${inq.from} ${word(lang, 'to')} ${inq.to}${who}`;
}

function setLines(input: EmailInput, detail: Detail): string[] {
  const { inquiry: inq, sets, units } = input;
  const lang = inq.lang;
  const colon = lang === 'zh' ? '：' : ': ';
  if (detail === 2) {
    return [`${word(lang, 'setsHead', { count: sets.length })} ${sets.map((s) => s.name[lang]).join(word(lang, 'listSep'))}`, word(lang, 'seePdf')];
  }
  const lines = [word(lang, 'setsHead', { count: sets.length })];
  const sep = lang === 'zh' ? '；' : '; ';
  sets.forEach((s, i) => {
    const head = `${i + 1}. ${s.name[lang]}`;
    if (detail === 1) {
      lines.push(`${head}${colon}${rateText(s, lang)}${mark(Boolean(s.rates.representative))}`);
      return;
    }
    const facts = factLines(s, lang, units)
      .filter((f) => EMAIL_FACTS.includes(f.key))
      .map((f) => `${f.label}${colon}${f.value}${mark(f.representative)}`);
    lines.push(head, `   ${facts.join(sep)}`);
  });
  return lines;
}

/** The body at a level of detail, with the notes cut to `notesMax` characters. */
export function emailBody(input: EmailInput, detail: Detail, notesMax = Infinity): string {
  const { inquiry: inq, sets } = input;
  const lang = inq.lang;
  const lines: string[] = [word(lang, 'greeting'), '', word(lang, 'intro', { base: input.baseName }), ''];
  lines.push(...setLines(input, detail), '');
  lines.push(word(lang, 'dates', { from: inq.from, to: inq.to, days: daysText(lang, inq.days) }));
  lines.push(word(lang, 'crew', { crew: inq.crew }));
  const totals = estimate(sets, inq.days);
  if (totals.length) {
    const total = totals.map((t) => `${formatCurrency(t.total, t.currency, lang)}${mark(t.representative)}`).join(' + ');
    lines.push(word(lang, 'estimate', { total, days: daysText(lang, inq.days) }));
  }
  lines.push('', word(lang, 'contactHead'));
  lines.push(lang === 'zh' ? `${inq.name}，${inq.company}` : `${inq.name}, ${inq.company}`);
  lines.push(`${word(lang, 'email')}${lang === 'zh' ? '：' : ': '}${inq.email}`);
  if (inq.phone) lines.push(`${word(lang, 'phone')}${lang === 'zh' ? '：' : ': '}${inq.phone}`);
  const notes = cutText(inq.notes, notesMax);
  if (notes) lines.push('', word(lang, 'notesHead'), ...notes.split(/\r?\n/));
  const anyRep = sets.some((s) => factLines(s, lang, input.units).some((f) => f.representative));
  if (anyRep) lines.push('', word(lang, 'representative'));
  lines.push('', word(lang, 'signoff'));
  return lines.join(CRLF);
}

/** Cuts text to at most `max` characters (code points), ending with "…" when cut. */
export function cutText(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  if (max <= 0) return '';
  return `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/** Percent-encodes for a mailto header value: UTF-8, %20 for spaces, CRLF kept as %0D%0A. */
export function encodeMailtoValue(s: string): string {
  // Lone surrogates cannot be encoded; they become U+FFFD rather than throwing.
  return encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

/** mailto:address?subject=…&body=… */
export function mailtoHref(to: string, subject: string, body: string): string {
  const at = to.lastIndexOf('@');
  const addr = at < 0 ? encodeURIComponent(to) : `${encodeURIComponent(to.slice(0, at))}@${encodeURIComponent(to.slice(at + 1))}`;
  return `mailto:${addr}?subject=${encodeMailtoValue(subject)}&body=${encodeMailtoValue(body)}`;
}

/** The whole email as text to paste into any mail app: subject line, blank line, body (CRLF). */
export function emailAsText(email: Email, lang: 'zh' | 'en'): string {
  return `${word(lang, 'subjectLabel')}${lang === 'zh' ? '：' : ': '}${email.subject}${CRLF}${CRLF}${email.body}`;
}

/** Longest prefix (in code points) of `text` whose mailto link, built by `make`, fits `max`. */
function longestFitting(text: string, make: (n: number) => string, max: number): number {
  let lo = 0;
  let hi = [...text].length;
  if (make(hi).length <= max) return hi;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (make(mid).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The email for one base, fitted into a mailto link of at most `max` characters. */
export function fitMailto(input: EmailInput, max = MAILTO_MAX): FittedEmail {
  const names = input.sets.map((s) => s.name[input.inquiry.lang]);
  let subject = emailSubject(input.inquiry, names);
  // A subject alone must leave room for a body.
  const subjectRoom = Math.floor(max / 3);
  if (encodeMailtoValue(subject).length > subjectRoom) {
    const n = longestFitting(subject, (k) => encodeMailtoValue(cutText(subject, k)), subjectRoom);
    subject = cutText(subject, n);
  }
  const full: Email = { to: input.to, subject: emailSubject(input.inquiry, names), body: emailBody(input, 0) };
  const href = (body: string) => mailtoHref(input.to, subject, body);
  const result = (body: string, detail: Detail, cut: boolean): FittedEmail => ({ to: input.to, subject, body, href: href(body), detail, cut, full });

  for (const detail of [0, 1] as const) {
    const body = emailBody(input, detail);
    if (href(body).length <= max) return result(body, detail, false);
  }
  for (const detail of [1, 2] as const) {
    const notes = input.inquiry.notes;
    const n = longestFitting(notes, (k) => href(emailBody(input, detail, k)), max);
    const body = emailBody(input, detail, n);
    if (href(body).length <= max && (n > 0 || detail === 2 || !notes)) return result(body, detail, n < [...notes].length);
  }
  // Still too long (very many sets, very long names): cut the body itself.
  const body = emailBody(input, 2, 0);
  const n = longestFitting(body, (k) => href(cutText(body, k)), max);
  return result(cutText(body, n), 2, true);
}
