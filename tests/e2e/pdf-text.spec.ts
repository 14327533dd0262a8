/**
 * The PDFs carry real text (docs/ARCHITECTURE.md §7): the inquiry one-pager and the
 * storyboard, exported in Chinese, are read back with pdf.js and contain the set's Chinese
 * name, the typed Chinese text and the labels; the embedded font is a small subset; and the
 * font is fetched from the site itself only once a PDF is asked for.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeShot } from '../fixtures/shots';
import { pdfText } from '../tools/pdf-text';

const scene = (rel: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../scenes/${rel}`, import.meta.url)), 'utf8')) as { name: { zh: string; en: string } };
const iso = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

/** Every request the page makes, by URL. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Content-security-policy complaints in the console (the built site has a strict CSP). */
function recordCsp(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) lines.push(m.text());
  });
  return lines;
}

async function downloadPdf(page: Page, testId: string): Promise<Uint8Array> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId(testId).click()]);
  return new Uint8Array(readFileSync(await download.path()));
}

test.describe('PDF text', () => {
  test.use({ acceptDownloads: true });
  test.describe.configure({ timeout: 240_000 });

  test('the Chinese inquiry one-pager is searchable and embeds a subset fetched on demand', async ({ page, baseURL }) => {
    const requests = recordRequests(page);
    const csp = recordCsp(page);
    await page.addInitScript(() => localStorage.setItem('setscout.shortlist.v1', JSON.stringify(['palace-throne-hall'])));
    await page.goto('/?lang=zh');
    await page.getByTestId('shortlist-open').click();
    await page.getByTestId('inquiry-open').click();
    const form = page.getByTestId('inquiry-form');
    await form.getByTestId('inquiry-lang-zh').click();
    await form.getByTestId('inquiry-from').fill(iso(20));
    await form.getByTestId('inquiry-to').fill(iso(22));
    await form.getByTestId('inquiry-crew').fill('18');
    await form.getByTestId('inquiry-name').fill('张伟');
    await form.getByTestId('inquiry-company').fill('星河影视');
    await form.getByTestId('inquiry-email').fill('zhang.wei@xinghe.example');
    await form.getByTestId('inquiry-notes').fill('夜戏需要自带灯光');
    await form.getByTestId('inquiry-prepare').click();
    await expect(page.getByTestId('inquiry-result')).toBeVisible();
    expect(requests.filter((u) => /\.(ttf|wasm)(\?|$)/.test(u))).toEqual([]);

    const bytes = await downloadPdf(page, 'inquiry-pdf');
    const { all, embeddedFonts } = await pdfText(bytes);
    expect(all).toContain(scene('quzhou/sets/palace-throne-hall.json').name.zh);
    expect(all).toContain('张伟');
    expect(all).toContain('星河影视');
    expect(all).toContain('夜戏需要自带灯光');
    // One font, cut to the characters used: kilobytes, not the 10 MB face.
    expect(embeddedFonts).toHaveLength(1);
    expect(embeddedFonts[0]).toBeGreaterThan(1_000);
    expect(embeddedFonts[0]).toBeLessThan(400_000);
    const fetched = requests.filter((u) => /\.(ttf|wasm)(\?|$)/.test(u));
    expect(fetched.some((u) => u.endsWith('.ttf'))).toBe(true);
    expect(fetched.some((u) => u.endsWith('.wasm'))).toBe(true);
    for (const u of fetched) expect(u.startsWith(baseURL!)).toBe(true);
    // The face was registered for measuring (FontFace from bytes, allowed by the CSP).
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'SetScout PDF Sans' && f.status === 'loaded'))).toBe(true);
    expect(csp).toEqual([]);
  });

  test('the Chinese storyboard is searchable: set name, shot name, note, lens and labels', async ({ page }) => {
    const shots = [
      makeShot({ id: 'pdf-1', name: '审判长特写', note: '逆光，从旁听席一侧斜拍', createdAt: '2026-01-05T09:30:00.000Z', figures: [], still: null, move: null }),
      makeShot({ id: 'pdf-2', name: 'Wide from the gallery', createdAt: '2026-01-05T09:31:00.000Z', camera: { position: [0, 1.5, 6], yawDeg: 0, pitchDeg: 0, rollDeg: 0 }, lens: 24, hfovDeg: 45, vfovDeg: 73, shotSize: null, figures: [], still: null, move: null }),
    ];
    await page.addInitScript((list) => localStorage.setItem('setscout.shots.v1', JSON.stringify({ version: 1, shots: list })), shots);
    await page.goto('/sets/courtroom?lang=zh&mode=frame');
    await expect(page.locator('canvas[data-testid="set-canvas"]')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
    await expect(page.getByTestId('shot-item')).toHaveCount(2);
    const bytes = await downloadPdf(page, 'shots-export-pdf');
    const { all, embeddedFonts } = await pdfText(bytes);
    expect(all).toContain(scene('quzhou/sets/courtroom.json').name.zh);
    expect(all).toContain('审判长特写');
    expect(all).toContain('Wide from the gallery');
    expect(all).toContain('逆光');
    expect(all).toContain('分镜表');
    expect(all).toMatch(/32\s*mm/);
    expect(embeddedFonts).toHaveLength(1);
    expect(embeddedFonts[0]).toBeLessThan(400_000);
  });
});
