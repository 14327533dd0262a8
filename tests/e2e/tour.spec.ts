/**
 * Guided tours (mode=tour): a set's stops play one after another with narration that follows
 * the language switch, and the base tour leads from the catalog through the headline sets to
 * its closing card, keeping one canvas. Steps are taken with Next (autoplay is only checked
 * to be counting): a stop lasts 10–12 s. Reduced motion turns flights into cuts, which is
 * part of the contract and keeps software WebGL (a frame every second or two here) quick.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Text {
  zh: string;
  en: string;
}
interface Stop {
  id: string;
  title: Text;
  narration: Text;
  camera: { position: [number, number, number]; yawDeg: number; pitchDeg: number };
  hotspot?: string;
}
const scene = <T,>(rel: string): T => JSON.parse(readFileSync(fileURLToPath(new URL(`../../scenes/${rel}`, import.meta.url)), 'utf8')) as T;
const courtroom = scene<{ tour: Stop[] }>('quzhou/sets/courtroom.json');
const base = scene<{ id: string; name: Text; story: Text; tour: { set: string; narration: Text }[] }>('quzhou/base.json');
const setName = (id: string) => scene<{ name: Text }>(`quzhou/sets/${id}.json`).name;

async function ready(page: Page, setId: string) {
  await expect(page.locator(`canvas[data-testid="set-canvas"][data-set-id="${setId}"][data-ready="true"]`)).toBeVisible({ timeout: 90_000 });
}

const card = (page: Page) => page.getByTestId('tour-card');

test.describe('guided tour', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('plays a set’s stops, goes to each, opens their hotspots, and re-words live with the language', async ({ page, context }) => {
    test.setTimeout(150_000);
    // Reduced motion: each stop is a cut (flyTo's contract), which also keeps software WebGL quick.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/sets/courtroom?mode=tour&lang=zh');
    await ready(page, 'courtroom');
    const [s0, s1, s2] = courtroom.tour as [Stop, Stop, Stop];

    // ?mode=tour opens at stop 1, and autoplay is counting.
    await expect(card(page)).toHaveAttribute('data-step-kind', 'stop');
    await expect(page.getByTestId('tour-title')).toHaveText(s0.title.zh);
    await expect(page.getByTestId('tour-position')).toContainText(`共 ${courtroom.tour.length} 站`);
    await expect(card(page)).toHaveAttribute('data-playing', 'true');
    const cam0 = await page.evaluate(() => window.__scout!.camera().position);
    expect(Math.hypot(cam0[0] - s0.camera.position[0], cam0[1] - s0.camera.position[1], cam0[2] - s0.camera.position[2])).toBeLessThan(0.05);

    // Next: the second stop's words, its hotspot card, and the camera cuts to its pose.
    await page.getByTestId('tour-next').click();
    await expect(page.getByTestId('tour-title')).toHaveText(s1.title.zh);
    await expect(page.getByTestId('tour-narration')).toHaveText(s1.narration.zh);
    await expect(page.getByTestId('hotspot-card')).toHaveAttribute('data-hotspot-id', s1.hotspot!);
    await expect
      .poll(
        async () => {
          const p = await page.evaluate(() => window.__scout!.camera().position);
          return Math.hypot(p[0] - s1.camera.position[0], p[1] - s1.camera.position[1], p[2] - s1.camera.position[2]);
        },
        { timeout: 20_000 },
      )
      .toBeLessThan(0.001);
    await expect(page.getByTestId('tour-progress')).toHaveAttribute('data-current', '1');

    // The language switch re-words the same stop at once.
    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('tour-narration')).toHaveText(s1.narration.en);
    await expect(page.getByTestId('tour-position')).toContainText(`Stop 2 of ${courtroom.tour.length}`);

    // Keyboard: → next, ← previous, Space pauses and plays (focus on the page, not on a button).
    const blur = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await blur();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('tour-title')).toHaveText(s2.title.en);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('tour-title')).toHaveText(s1.title.en);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('tour-title')).toHaveText(s2.title.en);

    // Share: the link names the stop (the tour places the camera), and opens there.
    await page.getByTestId('share-button').click();
    const shared = new URL(await page.getByTestId('share-url').inputValue());
    expect(shared.searchParams.get('mode')).toBe('tour');
    expect(shared.searchParams.get('stop')).toBe(s2.id);
    expect(shared.searchParams.get('cam')).toBeNull();
    const other = await context.newPage();
    await other.emulateMedia({ reducedMotion: 'reduce' });
    await other.goto(shared.href);
    await ready(other, 'courtroom');
    await expect(other.getByTestId('tour-title')).toHaveText(s2.title.en);
    await other.close();
    await page.keyboard.press('Escape');

    // Autoplay counts the stop's time (the bar fills) …
    await expect(card(page)).toHaveAttribute('data-playing', 'true');
    const fill = page.locator('.tour-seg.is-current .tour-fill');
    await expect.poll(async () => fill.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a), { timeout: 30_000 }).toBeGreaterThan(0.05);
    // … and a pointer on the 3D view pauses it; Play resumes.
    const box = (await page.locator('canvas[data-testid="set-canvas"]').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.25);
    await expect(card(page)).toHaveAttribute('data-playing', 'false');
    await blur();
    await page.keyboard.press('Space');
    await expect(card(page)).toHaveAttribute('data-playing', 'true');
    await page.keyboard.press('Space');
    await expect(card(page)).toHaveAttribute('data-playing', 'false');
  });

  test('the base tour runs from the catalog through the headline sets to the closing card on one canvas', async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/?lang=zh');
    await page.getByTestId('base-tour-link').click();
    await expect(page).toHaveURL(/\/sets\/courtroom\?.*mode=tour.*basetour=quzhou/);
    await ready(page, 'courtroom');
    const [leg0, leg1, leg2] = base.tour as [{ set: string; narration: Text }, { set: string; narration: Text }, { set: string; narration: Text }];
    const paras = base.story.zh.split(/\n+/).filter(Boolean);

    // The first set opens with the base tour's narration and the first part of the base's story.
    await expect(card(page)).toHaveAttribute('data-step-kind', 'chapter');
    await expect(page.getByTestId('tour-narration')).toHaveText(leg0.narration.zh);
    await expect(page.getByTestId('tour-story')).toContainText(paras[0]!.slice(0, 20));
    await page.locator('canvas[data-testid="set-canvas"]').evaluate((el) => ((el as HTMLCanvasElement & { __mark?: number }).__mark = 1));

    // Jump to the end of the set: the card offers the next set of the base tour.
    await page.getByTestId('tour-step').last().click();
    await expect(card(page)).toHaveAttribute('data-step-kind', 'finale');
    await expect(page.getByTestId('tour-title')).toContainText(setName(leg1.set).zh);
    await page.getByTestId('tour-continue').click();
    await expect(page).toHaveURL(new RegExp(`/sets/${leg1.set}\\?.*basetour=quzhou`));
    await expect(page.getByTestId('tour-narration')).toHaveText(leg1.narration.zh);
    await ready(page, leg1.set);
    // A shared link keeps the base tour.
    await page.getByTestId('share-button').click();
    expect(new URL(await page.getByTestId('share-url').inputValue()).searchParams.get('basetour')).toBe('quzhou');
    await page.keyboard.press('Escape');
    // Same canvas element: only the model was swapped.
    expect(await page.locator('canvas[data-testid="set-canvas"]').evaluate((el) => (el as HTMLCanvasElement & { __mark?: number }).__mark)).toBe(1);

    // On to the last set; its chapter tells of Jianglang Mountain and Nianbadu, written into plots.
    await page.getByTestId('tour-step').last().click();
    await page.getByTestId('tour-continue').click();
    await expect(page).toHaveURL(new RegExp(`/sets/${leg2.set}\\?`));
    await expect(page.getByTestId('tour-narration')).toHaveText(leg2.narration.zh);
    await expect(page.getByTestId('tour-story')).toContainText('江郎山');
    await page.getByTestId('tour-step').last().click();
    const closing = page.getByTestId('tour-closing');
    await expect(closing).toContainText(base.name.zh);
    await expect(closing.getByTestId('tour-to-present')).toHaveAttribute('href', /\/present\?base=quzhou/);
    await expect(page.getByTestId('tour-next')).toBeDisabled();
    await closing.getByTestId('tour-to-catalog').click();
    await expect(page.getByTestId('base-panel')).toBeVisible();
  });
});
