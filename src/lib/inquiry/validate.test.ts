import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { InquiryDraft } from './validate';
import { dayNumber, firstProblem, isEmail, isPhone, localToday, validateInquiry } from './validate';

const TODAY = '2027-03-10';
const draft = (patch: Partial<InquiryDraft> = {}): InquiryDraft => ({
  setIds: ['courtroom', 'subway-platform'],
  from: '2027-03-10',
  to: '2027-03-13',
  crew: '25',
  name: '张伟',
  company: '星河影视',
  email: 'zhang.wei@xinghe.example',
  phone: '',
  notes: '',
  lang: 'zh',
  ...patch,
});

describe('validateInquiry', () => {
  it('accepts a complete inquiry starting today and counts both ends', () => {
    const r = validateInquiry(draft(), TODAY);
    expect(r).toMatchObject({ ok: true, inquiry: { days: 4, crew: 25, phone: '', setIds: ['courtroom', 'subway-platform'] } });
  });

  it('accepts a one-day shoot (from = to)', () => {
    expect(validateInquiry(draft({ to: '2027-03-10' }), TODAY)).toMatchObject({ ok: true, inquiry: { days: 1 } });
  });

  it('rejects dates in the past, out of order, or not on the calendar', () => {
    const p = (d: Partial<InquiryDraft>) => (validateInquiry(draft(d), TODAY) as { problems: object }).problems;
    expect(p({ from: '2027-03-09' })).toEqual({ from: 'past' });
    expect(p({ from: '2027-03-12', to: '2027-03-11' })).toEqual({ to: 'order' });
    expect(p({ from: '2027-02-30' })).toEqual({ from: 'date' });
    expect(p({ to: '13/03/2027' })).toEqual({ to: 'date' });
    expect(p({ from: '', to: '' })).toEqual({ from: 'required', to: 'required' });
    expect(p({ from: '2027-01-01', to: '2027-01-02' })).toEqual({ from: 'past', to: 'past' });
  });

  it('wants a whole crew of 1 to 500', () => {
    const crew = (c: string) => (validateInquiry(draft({ crew: c }), TODAY) as { problems?: { crew?: string } }).problems?.crew;
    expect(crew('1')).toBeUndefined();
    expect(crew('500')).toBeUndefined();
    for (const bad of ['0', '501', '12.5', '-3', 'abc', '1e2']) expect(crew(bad)).toBe('crew');
    expect(crew('')).toBe('required');
  });

  it('checks the contact: name, company and email required, phone optional but sane', () => {
    const r = validateInquiry(draft({ name: ' ', company: '', email: 'zhang.wei@', phone: 'call me' }), TODAY);
    expect(r).toEqual({ ok: false, problems: { name: 'required', company: 'required', email: 'email', phone: 'phone' } });
    expect(validateInquiry(draft({ setIds: [] }), TODAY)).toEqual({ ok: false, problems: { sets: 'required' } });
    expect(validateInquiry(draft({ notes: 'x'.repeat(1001) }), TODAY)).toEqual({ ok: false, problems: { notes: 'tooLong' } });
  });

  it('names the first problem in form order', () => {
    expect(firstProblem({ email: 'email', crew: 'crew' })).toBe('crew');
    expect(firstProblem({})).toBeNull();
  });

  it('accepts any ordered pair of future dates (property)', () => {
    const base = dayNumber(TODAY)!;
    const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 400 }), (start, len) => {
        const r = validateInquiry(draft({ from: iso(base + start), to: iso(base + start + len) }), TODAY);
        expect(r.ok && r.inquiry.days).toBe(len + 1);
      }),
    );
  });
});

describe('field checks', () => {
  it('emails', () => {
    for (const ok of ['a@b.co', 'first.last+film@studio.example', '王@例子.example'.replace('例子', 'li-zi')]) expect(isEmail(ok)).toBe(true);
    for (const bad of ['', 'a@b', 'a b@c.com', 'a@@b.com', 'a@b.c', '<a@b.com>', 'a@-b.com']) expect(isEmail(bad)).toBe(false);
  });
  it('phones', () => {
    for (const ok of ['+86 177 0833 9062', '(020) 7946-0000', '12345']) expect(isPhone(ok)).toBe(true);
    for (const bad of ['1234', 'phone', '+86 177 0833 9062 ext 5', '1'.repeat(21)]) expect(isPhone(bad)).toBe(false);
  });
  it('dates and today', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2028-02-29')).not.toBeNull();
    expect(dayNumber('2027-02-29')).toBeNull();
    expect(localToday(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
  });
});
