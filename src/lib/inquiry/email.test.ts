import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CRLF, MAILTO_MAX, cutText, emailBody, emailSubject, fitMailto, mailtoHref } from './email';
import type { EmailInput } from './email';
import { estimate, groupByBase } from './facts';
import { QUZHOU, SETS_3D, inquiry, quzhouSet } from '../../../tests/fixtures/inquiry';

const input = (patch: Partial<EmailInput> = {}, inq = inquiry()): EmailInput => ({
  inquiry: inq,
  sets: [quzhouSet('courtroom')],
  baseName: QUZHOU.name[inq.lang],
  to: QUZHOU.contact.email,
  units: 'metric',
  ...patch,
});

/** Splits a mailto link back into address, subject and body. */
function parse(href: string) {
  const m = /^mailto:([^?]+)\?subject=([^&]*)&body=(.*)$/.exec(href);
  if (!m) throw new Error(`not a mailto link: ${href.slice(0, 80)}`);
  return { to: decodeURIComponent(m[1]!), subject: decodeURIComponent(m[2]!), body: decodeURIComponent(m[3]!) };
}

describe('mailto encoding', () => {
  it('percent-encodes UTF-8, spaces as %20 and line breaks as %0D%0A', () => {
    const href = mailtoHref('bookings@quzhou-base.example', '询价 & more', `第一行${CRLF}second line?=&#`);
    expect(href).toBe(
      'mailto:bookings@quzhou-base.example?subject=%E8%AF%A2%E4%BB%B7%20%26%20more&body=%E7%AC%AC%E4%B8%80%E8%A1%8C%0D%0Asecond%20line%3F%3D%26%23',
    );
    expect(href).not.toMatch(/[\s+]/);
  });
  it('survives lone surrogates', () => {
    expect(() => mailtoHref('a@b.example', '\uD800', 'x\uDC00')).not.toThrow();
  });
});

describe('the email (English)', () => {
  it('lists each set with its key facts and day rate, the dates, crew, contact and notes, with CRLF lines', () => {
    const body = emailBody(input({ sets: SETS_3D }), 0);
    expect(body).not.toMatch(/[^\r]\n/);
    for (const s of SETS_3D) expect(body).toContain(`. ${s.name.en}`);
    expect(body).toContain('Day rate: CN¥6,800/day, half day CN¥4,000*');
    expect(body).toContain('Floor area: 192 m²*; Grid / ceiling: 5.0 m*');
    expect(body).toContain('12.0 m × 16.0 m × 5.0 m*');
    expect(body).toContain('Dates: 2027-05-01 to 2027-05-04 (4 days)');
    expect(body).toContain('Crew: 30 people');
    expect(body).toContain('Jane Doe, Harbour Pictures');
    expect(body).toContain('Phone: +44 20 7946 0000');
    expect(body).toContain('Night shoot on day 2');
    expect(body).toContain('* Representative figure');
    const total = estimate(SETS_3D, 4)[0]!.total;
    expect(total).toBe(SETS_3D.reduce((a, s) => a + s.rates.day * 4, 0));
  });

  it('fits three sets in full, to the base’s address', () => {
    const f = fitMailto(input({ sets: SETS_3D }));
    expect(f.href.length).toBeLessThanOrEqual(MAILTO_MAX);
    const back = parse(f.href);
    expect(back.to).toBe(QUZHOU.contact.email);
    expect(back.subject).toBe('Shoot inquiry: Courtroom, Subway platform, Han–Tang throne hall | 2027-05-01 to 2027-05-04 (Harbour Pictures)'.replace('Subway platform', SETS_3D[1]!.name.en).replace('Han–Tang throne hall', SETS_3D[2]!.name.en));
    expect(back.body).toBe(f.body);
    expect(f.cut).toBe(false);
  });

  it('uses imperial units when asked', () => {
    expect(emailBody(input({ units: 'imperial' }), 0)).toContain('39 ft 4 in × 52 ft 6 in × 16 ft 5 in*');
  });
});

describe('the email (Chinese)', () => {
  const zh = inquiry({ lang: 'zh', name: '张伟', company: '星河影视', notes: '第二天拍夜戏，自带灯光。' });
  it('is written in Chinese and shortened to one line per set to fit', () => {
    const f = fitMailto(input({ sets: SETS_3D }, zh));
    expect(f.href.length).toBeLessThanOrEqual(MAILTO_MAX);
    expect(f.detail).toBeGreaterThanOrEqual(1);
    const back = parse(f.href);
    expect(back.subject.startsWith('拍摄询价：法庭、')).toBe(true);
    expect(back.body).toContain('您好，');
    expect(back.body).toContain('日期：2027-05-01 至 2027-05-04（共 4 天）');
    expect(back.body).toContain('剧组人数：30 人');
    for (const s of SETS_3D) expect(back.body).toContain(s.name.zh);
    // The full text keeps every fact for copying.
    expect(f.full.body).toContain('面积：192 m²*；');
  });

  it('cuts long notes before dropping anything else', () => {
    const f = fitMailto(input({}, { ...zh, notes: '夜戏'.repeat(400) }));
    expect(f.href.length).toBeLessThanOrEqual(MAILTO_MAX);
    expect(f.cut).toBe(true);
    const back = parse(f.href);
    expect(back.body).toMatch(/备注：\r\n(夜戏)+夜?…/);
    expect(back.body).toContain('张伟，星河影视');
    expect(back.body).toContain('jane@harbour.example');
  });
});

describe('fitting (property)', () => {
  it('never exceeds the limit and always decodes, whatever is typed', () => {
    const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
    fc.assert(
      fc.property(
        fc.constantFrom('zh' as const, 'en' as const),
        text(80),
        text(120),
        text(1000),
        fc.integer({ min: 1, max: 24 }),
        (lang, name, company, notes, count) => {
          const sets = Array.from({ length: count }, (_, i) => SETS_3D[i % 3]!);
          const f = fitMailto(input({ sets }, inquiry({ lang, name, company, notes })));
          expect(f.href.length).toBeLessThanOrEqual(MAILTO_MAX);
          const back = parse(f.href);
          expect(back.body).toBe(f.body);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('helpers', () => {
  it('cuts by characters with an ellipsis', () => {
    expect(cutText('abcdef', 4)).toBe('abc…');
    expect(cutText('abc', 4)).toBe('abc');
    expect(cutText('😀😀😀', 2)).toBe('😀…');
  });
  it('groups sets by base in first-seen order', () => {
    const g = groupByBase([{ id: 'a', baseId: 'q' }, { id: 'b', baseId: 'c' }, { id: 'c', baseId: 'q' }]);
    expect(g.map((x) => [x.baseId, x.sets.map((s) => s.id)])).toEqual([['q', ['a', 'c']], ['c', ['b']]]);
  });
  it('shortens a subject with many sets', () => {
    expect(emailSubject(inquiry({ lang: 'en' }), ['A', 'B', 'C', 'D', 'E'])).toContain('A, B, C +2 more');
    expect(emailSubject(inquiry({ lang: 'zh', company: '星河' }), ['甲', '乙', '丙', '丁'])).toBe('拍摄询价：甲、乙、丙等4个场景｜2027-05-01 至 2027-05-04（星河）');
  });
});
