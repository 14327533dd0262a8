/**
 * The sales presentation (/present): a clicker or the keyboard moves through the slides, the
 * slide number is in the URL (a link opens that slide), and language and units switch live.
 * The live 3D view is not what is tested here: model files are not served, so software WebGL
 * (slow, and main-thread heavy while a model loads) does not set the pace; slides work without it.
 * One test serves the models, to check the live shot draws its preset's stand-ins.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const scene = (rel: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../scenes/${rel}`, import.meta.url)), 'utf8'));
const base = scene('quzhou/base.json') as { name: { zh: string; en: string }; tour: { set: string }[]; contact: { email: string } };
const setName = (id: string) => (scene(`quzhou/sets/${id}.json`) as { name: { zh: string; en: string } }).name;
const [first, second, third] = base.tour.map((l) => l.set) as [string, string, string];
/** The base's sets with a 3D model: one slide each, between the title and the closing slide. */
const with3d = readdirSync(fileURLToPath(new URL('../../scenes/quzhou/sets/', import.meta.url))).filter((f) => f.endsWith('.json') && scene(`quzhou/sets/${f}`).model).length;
const SLIDES = with3d + 2;

test.beforeEach(async ({ page }) => {
  await page.route('**/models/**/*.glb', (route) => route.abort());
});

test('advances with the keyboard, keeps the slide in the URL, and switches language and units live', async ({ page }) => {
  await page.goto('/present?base=quzhou&lang=zh');
  const slide = page.getByTestId('present-slide');
  const heading = page.getByTestId('present-heading');
  await expect(heading).toHaveText(base.name.zh);
  await expect(page.getByTestId('present-counter')).toContainText(`1 / ${SLIDES}`);
  await expect(page.getByTestId('present-facts')).toContainText('200+');

  // Clicker keys: → / PageDown / Space forward, ← / PageUp back, Home / End.
  await page.keyboard.press('ArrowRight');
  await expect(slide).toHaveAttribute('data-kind', 'set');
  await expect(heading).toHaveText(setName(first).zh);
  await expect(page).toHaveURL(/slide=2/);
  await page.keyboard.press('PageDown');
  await expect(heading).toHaveText(setName(second).zh);
  await page.keyboard.press(' ');
  await expect(heading).toHaveText(setName(third).zh);
  await page.keyboard.press('PageUp');
  await expect(heading).toHaveText(setName(second).zh);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/slide=2/);
  await page.keyboard.press('End');
  await expect(slide).toHaveAttribute('data-kind', 'closing');
  await expect(page.getByTestId('present-contact')).toContainText(base.contact.email);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`slide=${SLIDES}`));
  await page.keyboard.press('Home');
  await expect(heading).toHaveText(base.name.zh);

  // A set slide: its figures (representative ones marked), its preset shots and "Open in 3D" at a shot.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-figures').getByTestId('representative').first()).toBeVisible();
  const shots = page.getByTestId('present-shot');
  await expect(shots.first()).toHaveAttribute('aria-pressed', 'true');
  await shots.nth(1).click();
  await expect(shots.nth(1)).toHaveAttribute('aria-pressed', 'true');
  const shotId = await shots.nth(1).getAttribute('data-shot-id');
  await expect(page.getByTestId('present-open3d')).toHaveAttribute('href', new RegExp(`/sets/${first}\\?lang=zh&mode=frame&shot=${shotId}$`));

  // Language and units switch live; imperial goes into the URL.
  await page.getByTestId('lang-switch').click();
  await expect(heading).toHaveText(setName(first).en);
  await page.getByTestId('present-units-imperial').click();
  await expect(page).toHaveURL(/units=imperial/);
  await expect(page.getByTestId('present-figures')).toContainText('ft');
});

test('a link opens its slide, in imperial units, and the close offers an inquiry', async ({ page }) => {
  await page.goto('/present?base=quzhou&slide=3&units=imperial&lang=en');
  await expect(page.getByTestId('present-heading')).toHaveText(setName(second).en);
  await expect(page.getByTestId('present-figures')).toContainText('ft');
  for (let n = 3; n < SLIDES; n++) await page.getByTestId('present-next').click();
  await expect(page.getByTestId('present-slide')).toHaveAttribute('data-kind', 'closing');
  await page.getByTestId('present-inquiry').click();
  const dialog = page.getByTestId('present-inquiry-dialog');
  await expect(dialog.getByTestId('inquiry-set')).toHaveCount(with3d);
  // Keys typed in the dialog stay there.
  await dialog.getByTestId('inquiry-name').fill('Jane');
  await dialog.getByTestId('inquiry-name').press('ArrowLeft');
  await expect(page.getByTestId('present-slide')).toHaveAttribute('data-kind', 'closing');
});

test("a set slide's live shot draws the preset's stand-ins (the verdict's judge with the emblem)", async ({ page }) => {
  await page.unroute('**/models/**/*.glb');
  const shots = (scene(`quzhou/sets/${first}.json`) as { shots: { id: string; figures?: unknown[] }[] }).shots;
  const other = shots.findIndex((s) => (s.figures?.length ?? 0) !== (shots[0]!.figures?.length ?? 0));
  expect(shots[0]!.figures?.length).toBeGreaterThan(0);
  await page.goto('/present?base=quzhou&slide=2&lang=en');
  await expect(page.getByTestId('present-shot').first()).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('canvas[data-testid="set-canvas"]')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  const figures = () => page.evaluate(() => window.__scout?.standIns() ?? -1);
  await expect.poll(figures).toBe(shots[0]!.figures!.length);
  // Another shot of the same slide brings its own figures.
  await page.getByTestId('present-shot').nth(other).click();
  await expect.poll(figures).toBe(shots[other]!.figures?.length ?? 0);
});
