/**
 * The inquiry from the shortlist: the form checks what was typed, then produces a ready email
 * per base (a mailto: link to the base's contact, properly encoded and short enough for mail
 * apps) and a PDF one-pager of the chosen sets.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const scene = (rel: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../scenes/${rel}`, import.meta.url)), 'utf8'));
const quzhou = scene('quzhou/base.json') as { contact: { email: string } };
const chongqing = scene('chongqing/base.json') as { contact: { email: string } };
const name = (rel: string) => (scene(rel) as { name: { zh: string; en: string } }).name;

const iso = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

test.describe('inquiry', () => {
  test.use({ acceptDownloads: true });

  test('from the shortlist: checks the form, then gives one mailto per base and a PDF', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('setscout.shortlist.v1', JSON.stringify(['courtroom', 'subway-platform', 'cq-villa'])));
    await page.goto('/?lang=zh');
    await page.getByTestId('shortlist-open').click();
    await page.getByTestId('inquiry-open').click();
    const form = page.getByTestId('inquiry-form');
    await expect(form.getByTestId('inquiry-set')).toHaveCount(3);

    // Empty: every required field is marked, and focus goes to the first.
    await form.getByTestId('inquiry-prepare').click();
    await expect(form.getByTestId('inquiry-from')).toBeFocused();
    for (const f of ['from', 'to', 'crew', 'name', 'company', 'email']) await expect(form.getByTestId(`inquiry-${f}`)).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByTestId('inquiry-phone')).not.toHaveAttribute('aria-invalid', 'true');

    // Wrong values are caught: end before start, crew out of range, a bad address.
    await form.getByTestId('inquiry-from').fill(iso(40));
    await form.getByTestId('inquiry-to').fill(iso(38));
    await form.getByTestId('inquiry-crew').fill('501');
    await form.getByTestId('inquiry-email').fill('zhang@');
    await expect(form.getByTestId('inquiry-error-to')).toBeVisible();
    await expect(form.getByTestId('inquiry-error-crew')).toBeVisible();
    await expect(form.getByTestId('inquiry-error-email')).toBeVisible();

    await form.getByTestId('inquiry-to').fill(iso(43));
    await form.getByTestId('inquiry-crew').fill('30');
    await form.getByTestId('inquiry-name').fill('张伟');
    await form.getByTestId('inquiry-company').fill('星河影视');
    await form.getByTestId('inquiry-email').fill('zhang.wei@xinghe.example');
    await form.getByTestId('inquiry-notes').fill('第二天拍夜戏 & 自带灯光');
    await form.getByTestId('inquiry-prepare').click();

    const result = page.getByTestId('inquiry-result');
    await expect(result).toBeVisible();
    const links = result.getByTestId('inquiry-mailto');
    await expect(links).toHaveCount(2);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs[0]).toMatch(new RegExp(`^mailto:${quzhou.contact.email.replace(/[.]/g, '\\.')}\\?subject=[^&]+&body=`));
    expect(hrefs[1]).toMatch(new RegExp(`^mailto:${chongqing.contact.email.replace(/[.]/g, '\\.')}\\?`));
    for (const href of hrefs) {
      expect(href.length).toBeLessThanOrEqual(2000);
      expect(href).not.toMatch(/[\s+]/);
      expect(href).toContain('%0D%0A');
    }
    const body = decodeURIComponent(hrefs[0]!.split('&body=')[1]!);
    const subject = decodeURIComponent(hrefs[0]!.split('?subject=')[1]!.split('&')[0]!);
    expect(subject).toContain(name('quzhou/sets/courtroom.json').zh);
    expect(body).toContain(name('quzhou/sets/courtroom.json').zh);
    expect(body).toContain(name('quzhou/sets/subway-platform.json').zh);
    expect(body).not.toContain(name('chongqing/sets/cq-villa.json').zh);
    expect(body).toContain(`${iso(40)} 至 ${iso(43)}（共 4 天）`);
    expect(body).toContain('剧组人数：30 人');
    expect(body).toContain('第二天拍夜戏 & 自带灯光');
    expect(body).toMatch(/日租|¥/);

    // The PDF one-pager downloads and is a PDF.
    const [download] = await Promise.all([page.waitForEvent('download'), result.getByTestId('inquiry-pdf').click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  test('writes the email in the language chosen for the inquiry', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('setscout.shortlist.v1', JSON.stringify(['palace-throne-hall'])));
    await page.goto('/?lang=zh');
    await page.getByTestId('shortlist-open').click();
    await page.getByTestId('inquiry-open').click();
    const form = page.getByTestId('inquiry-form');
    await form.getByTestId('inquiry-lang-en').click();
    await form.getByTestId('inquiry-from').fill(iso(10));
    await form.getByTestId('inquiry-to').fill(iso(10));
    await form.getByTestId('inquiry-crew').fill('12');
    await form.getByTestId('inquiry-name').fill('Jane Doe');
    await form.getByTestId('inquiry-company').fill('Harbour Pictures');
    await form.getByTestId('inquiry-email').fill('jane@harbour.example');
    await form.getByTestId('inquiry-phone').fill('+44 20 7946 0000');
    await form.getByTestId('inquiry-prepare').click();
    const href = (await page.getByTestId('inquiry-mailto').getAttribute('href')) ?? '';
    const body = decodeURIComponent(href.split('&body=')[1]!);
    expect(body.startsWith('Hello,\r\n')).toBe(true);
    expect(body).toContain(name('quzhou/sets/palace-throne-hall.json').en);
    expect(body).toContain('Crew: 12 people');
    expect(body).toContain('Phone: +44 20 7946 0000');
    expect(body).toContain(`Dates: ${iso(10)} to ${iso(10)} (1 day)`);
  });
});
