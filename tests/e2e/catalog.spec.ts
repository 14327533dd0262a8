/**
 * The catalog (route "/"), compare and not-found views on the built site, checked
 * against the catalog's own JSON files under scenes/ (read from disk by the test):
 * every set of every base in both languages, filters and search that survive a
 * reload through the URL, the shortlist across reloads, compare, the detail panel,
 * and precise, contained errors when a catalog file is broken (served broken by
 * the test with page.route; the files on disk are never touched).
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { Lang, SetJson } from './helpers';
import {
  cardIds,
  cardTitles,
  catalogOracle,
  imperialArea,
  metricArea,
  readSceneText,
  searchMatches,
  setJson,
  sizeLine,
  watchPageErrors,
} from './helpers';

const LANG_TAG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Opens a base's tab and returns id → title of its cards. */
async function titlesOfBase(page: Page, baseId: string): Promise<Map<string, string>> {
  await page.locator(`[data-testid="base-tab"][data-base-id="${baseId}"]`).click();
  await expect(page.getByTestId('base-panel')).toHaveAttribute('data-base-id', baseId);
  return cardTitles(page);
}

function expectedTitles(sets: SetJson[], lang: Lang): Map<string, string> {
  return new Map(sets.map((s) => [s.id, s.name[lang]]));
}

/** Sorted entries, so a mismatch prints as a readable diff. */
const entries = (m: Map<string, string>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));

test.describe('catalog', () => {
  test('lists every set of each base in both languages (switch and ?lang=)', async ({ page }) => {
    const { bases } = catalogOracle();
    const errors = watchPageErrors(page);
    await page.goto('/?lang=zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByTestId('base-tab')).toHaveCount(bases.length);

    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') {
        // The switch: <html lang>, the URL and every card follow.
        await page.getByTestId('lang-switch').click();
        await expect(page.locator('html')).toHaveAttribute('lang', LANG_TAG.en);
        await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
      }
      for (const { base, sets } of bases) {
        const shown = await titlesOfBase(page, base.id);
        expect(entries(shown), `${base.id} in ${lang}`).toEqual(entries(expectedTitles(sets, lang)));
        // Every card of a set with a model carries the 3D badge, and only those.
        const with3d = await page.getByTestId('set-card').evaluateAll((els) =>
          els.filter((e) => e.querySelector('[data-testid="badge-3d"]')).map((e) => e.getAttribute('data-set-id')),
        );
        expect(with3d.sort(), `${base.id}: 3D badges`).toEqual(sets.filter((s) => s.model).map((s) => s.id).sort());
      }
    }

    // A link in each language opens in it, whatever was chosen before.
    for (const lang of ['zh', 'en'] as const) {
      const { base, sets } = bases[bases.length - 1]!;
      await page.goto(`/?lang=${lang}&base=${base.id}`);
      await expect(page.locator('html')).toHaveAttribute('lang', LANG_TAG[lang]);
      await expect(page.getByTestId('base-panel')).toHaveAttribute('data-base-id', base.id);
      expect(entries(await cardTitles(page)), `${base.id} via ?lang=${lang}`).toEqual(entries(expectedTitles(sets, lang)));
    }
    expect(errors).toEqual([]);
  });

  test('a category plus a search narrows correctly and survives a reload through the URL', async ({ page }) => {
    const { bases } = catalogOracle();
    const first = bases[0]!;
    const expectFor = (sets: SetJson[], cat: string | null, q: string) =>
      sets
        .filter((s) => (cat ? s.category === cat : true) && searchMatches(s, q))
        .map((s) => s.id)
        .sort();

    await page.goto('/?lang=zh');
    await expect(page.getByTestId('base-panel')).toHaveAttribute('data-base-id', first.base.id);
    expect((await cardIds(page)).sort()).toEqual(first.sets.map((s) => s.id).sort());

    // Search alone first ("court" also finds the palaces' court scenes), then the category narrows it.
    await page.getByTestId('filter-search').fill('court');
    await expect(page).toHaveURL(/[?&]q=court(&|$)/);
    const courtAll = expectFor(first.sets, null, 'court');
    expect(courtAll.length, 'the data still makes "court" a search that needs the category to narrow it').toBeGreaterThan(1);
    await expect.poll(async () => (await cardIds(page)).sort()).toEqual(courtAll);

    await page.getByTestId('filter-cat-legal').click();
    await expect(page.getByTestId('filter-cat-legal')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('filter-search').fill('法庭');
    const expected = expectFor(first.sets, 'legal', '法庭');
    expect(expected.length).toBeGreaterThan(0);
    await expect(page).toHaveURL(/[?&]cat=legal(&|$)/);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent('法庭')}(&|$)`));
    await expect.poll(async () => (await cardIds(page)).sort()).toEqual(expected);
    await expect(page.getByTestId('sets-count')).toContainText(`${expected.length} / ${first.sets.length}`);
    const before = await cardIds(page);
    const url = page.url();

    await page.reload();
    expect(page.url()).toBe(url);
    expect(await cardIds(page)).toEqual(before);
    await expect(page.getByTestId('filter-search')).toHaveValue('法庭');
    await expect(page.getByTestId('filter-cat-legal')).toHaveAttribute('aria-pressed', 'true');

    // The same filter as a shared link on the other base, in English.
    const other = bases[1]!;
    await page.goto(`/?lang=en&base=${other.base.id}&cat=legal&q=court`);
    await expect(page.getByTestId('base-panel')).toHaveAttribute('data-base-id', other.base.id);
    expect((await cardIds(page)).sort()).toEqual(expectFor(other.sets, 'legal', 'court'));

    // Nothing matches: the empty state, and "clear" brings everything back.
    await page.getByTestId('filter-search').fill('no-such-thing-anywhere');
    await expect(page.getByTestId('sets-empty')).toBeVisible();
    await page.getByTestId('filter-clear').click();
    await expect.poll(async () => (await cardIds(page)).sort()).toEqual(other.sets.map((s) => s.id).sort());
    await expect(page).not.toHaveURL(/[?&](q|cat)=/);
  });

  test('the shortlist survives a reload', async ({ page }) => {
    const picks = ['courtroom', 'banquet-hall'];
    await page.goto('/?lang=zh');
    await expect(page.getByTestId('shortlist-count')).toHaveText('0');
    for (const id of picks) {
      const toggle = page.locator(`[data-testid="set-card"][data-set-id="${id}"] [data-testid="shortlist-toggle"]`);
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    }
    await expect(page.getByTestId('shortlist-count')).toHaveText('2');

    await page.reload();
    await expect(page.getByTestId('shortlist-count')).toHaveText('2');
    for (const id of picks) {
      await expect(page.locator(`[data-testid="set-card"][data-set-id="${id}"] [data-testid="shortlist-toggle"]`)).toHaveAttribute('aria-pressed', 'true');
    }
    await page.getByTestId('shortlist-open').click();
    const panel = page.getByTestId('shortlist-panel');
    await expect(panel).toBeVisible();
    const items = panel.getByTestId('shortlist-item');
    await expect(items).toHaveCount(2);
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-set-id')))).toEqual(picks);
    for (const id of picks) await expect(panel.locator(`[data-set-id="${id}"]`)).toContainText(setJson(id).name.zh);
  });

  test('compare shows the chosen sets with their sizes', async ({ page }) => {
    // One set from each base and the largest: compare works across bases.
    const picks = ['courtroom', 'cq-trial-room', 'palace-throne-hall'];
    await page.goto('/?lang=en');
    for (const id of picks) {
      const base = catalogOracle().bases.find((b) => b.sets.some((s) => s.id === id))!;
      await page.locator(`[data-testid="base-tab"][data-base-id="${base.base.id}"]`).click();
      await page.locator(`[data-testid="set-card"][data-set-id="${id}"] [data-testid="shortlist-toggle"]`).click();
    }
    await expect(page.getByTestId('shortlist-count')).toHaveText(String(picks.length));
    await page.getByTestId('shortlist-open').click();
    const panel = page.getByTestId('shortlist-panel');
    await expect(panel.getByTestId('compare-go')).toBeDisabled();
    for (const id of picks) await panel.locator(`[data-testid="shortlist-item"][data-set-id="${id}"] [data-testid="compare-pick"]`).check();
    await panel.getByTestId('compare-go').click();

    await expect(page).toHaveURL(new RegExp(`/compare\\?.*ids=${picks.join('(,|%2C)')}`));
    await expect(page.getByTestId('compare-table')).toBeVisible();
    const cols = page.getByTestId('compare-col');
    await expect(cols).toHaveCount(picks.length);
    expect(await cols.evaluateAll((els) => els.map((e) => e.getAttribute('data-set-id')))).toEqual(picks);

    const cells = async (fact: string) =>
      page.locator(`[data-testid="compare-table"] tr[data-fact="${fact}"] td`).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    const size = await cells('size');
    const area = await cells('area');
    picks.forEach((id, i) => {
      const s = setJson(id);
      expect(size[i], `${id} size, metric`).toContain(sizeLine(s, 'metric', 'en'));
      expect(size[i], `${id} size, imperial`).toContain(sizeLine(s, 'imperial', 'en'));
      expect(area[i], `${id} floor area`).toContain(metricArea(s.floorArea.value, 'en'));
    });
    for (const [i, id] of picks.entries()) await expect(cols.nth(i)).toContainText(setJson(id).name.en);

    // Imperial first when chosen.
    await page.getByTestId('units-imperial').click();
    const sizeImperial = await cells('size');
    picks.forEach((id, i) => expect(sizeImperial[i]!.startsWith(sizeLine(setJson(id), 'imperial', 'en')), `${id}: imperial first`).toBe(true));
  });

  test('an unknown set id shows not-found with a way back', async ({ page }) => {
    const errors = watchPageErrors(page);
    await page.goto('/sets/no-such-set');
    const nf = page.getByTestId('not-found');
    await expect(nf).toBeVisible();
    await expect(nf).toContainText('no-such-set');
    await page.getByTestId('back-home').click();
    await expect(page).toHaveURL((u) => u.pathname === '/');
    await expect(page.getByTestId('set-card').first()).toBeVisible();
    expect(await cardIds(page)).toHaveLength(catalogOracle().bases[0]!.sets.length);
    expect(errors).toEqual([]);
  });

  test('on a phone the first set card is on the first screen, the base facts a tap away', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(`/?lang=${lang}`);
      const card = page.getByTestId('set-card').first();
      await expect(card).toBeVisible();
      const box = await card.boundingBox();
      expect(box, lang).not.toBeNull();
      expect(box!.y, `${lang}: the first card's top is within the viewport`).toBeLessThan(844);
      // The facts are collapsed behind one control, and open with a tap.
      const facts = page.locator('.base-facts-box');
      const toggle = facts.locator('summary');
      await expect(facts.locator('.base-fact').first()).toBeHidden();
      await toggle.click();
      await expect(facts.locator('.base-fact')).toHaveCount((catalogOracle().bases[0]!.base as unknown as { facts: unknown[] }).facts.length);
      await expect(facts.locator('.base-fact').first()).toBeVisible();
    }
  });

  test.describe('broken catalog files', () => {
    test('invalid JSON in a base file: the error names the file, the other base still works', async ({ page }) => {
      const errors = watchPageErrors(page);
      const [broken, other] = catalogOracle().bases;
      const text = readSceneText(broken!.file);
      // Cut off mid-file: no longer JSON.
      await page.route(`**/scenes/${broken!.file}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: text.slice(0, 200) }));
      await page.goto('/?lang=en');
      const panel = page.getByTestId('base-error');
      await expect(panel).toBeVisible();
      const problems = panel.getByTestId('catalog-problems');
      await expect(problems).toContainText(`scenes/${broken!.file}`);
      await expect(problems).toContainText('$');
      await expect(problems).toContainText(/JSON/);

      await page.locator(`[data-testid="base-tab"][data-base-id="${other!.base.id}"]`).click();
      await expect(page.getByTestId('base-error')).toHaveCount(0);
      expect((await cardIds(page)).sort()).toEqual(other!.sets.map((s) => s.id).sort());
      expect(errors).toEqual([]);
    });

    test('a wrong type in a base file: the error names the file and the JSON path', async ({ page }) => {
      const [broken, other] = catalogOracle().bases;
      const json = JSON.parse(readSceneText(broken!.file)) as { name: { en: unknown } };
      json.name.en = 42;
      await page.route(`**/scenes/${broken!.file}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(json) }));
      await page.goto('/?lang=en');
      const problems = page.getByTestId('base-error').getByTestId('catalog-problems');
      await expect(problems).toContainText(`scenes/${broken!.file}`);
      await expect(problems).toContainText('$.name.en');
      await page.locator(`[data-testid="base-tab"][data-base-id="${other!.base.id}"]`).click();
      expect((await cardIds(page)).sort()).toEqual(other!.sets.map((s) => s.id).sort());
    });

    test('a wrong type in a set file: that set is left out with file and path, the others are listed', async ({ page }) => {
      const base = catalogOracle().bases[0]!;
      const file = `${base.file.slice(0, base.file.lastIndexOf('/') + 1)}sets/banquet-hall.json`;
      const json = JSON.parse(readSceneText(file)) as { dimensions: { width: unknown } };
      json.dimensions.width = 'wide';
      await page.route(`**/scenes/${file}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(json) }));
      await page.goto('/?lang=en');
      const problems = page.getByTestId('set-problems');
      await expect(problems).toBeVisible();
      await expect(problems).toContainText(`scenes/${file}`);
      await expect(problems).toContainText('$.dimensions.width');
      expect((await cardIds(page)).sort()).toEqual(
        base.sets
          .filter((s) => s.id !== 'banquet-hall')
          .map((s) => s.id)
          .sort(),
      );
      // The set is gone from the routes too, and says so plainly.
      await page.goto('/sets/banquet-hall?lang=en');
      await expect(page.getByTestId('not-found')).toBeVisible();
    });

    test('a broken scenes/index.json shows the catalog error naming the file', async ({ page }) => {
      const errors = watchPageErrors(page);
      await page.route('**/scenes/index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1, "bases": [' }));
      await page.goto('/?lang=en');
      const view = page.getByTestId('catalog-error');
      await expect(view).toBeVisible();
      await expect(view.getByTestId('catalog-problems')).toContainText('scenes/index.json');

      // A wrong type there names the path too.
      const json = JSON.parse(readSceneText('index.json')) as { bases: unknown };
      json.bases = 'quzhou/base.json';
      await page.unroute('**/scenes/index.json');
      await page.route('**/scenes/index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(json) }));
      await page.reload();
      await expect(page.getByTestId('catalog-error').getByTestId('catalog-problems')).toContainText('scenes/index.json');
      await expect(page.getByTestId('catalog-error').getByTestId('catalog-problems')).toContainText('$.bases');
      expect(errors).toEqual([]);
    });
  });

  test.describe('detail panel', () => {
    /** The facts the panel shows for a set, keyed by row (data-fact). */
    async function factsOf(page: Page): Promise<Map<string, { text: string; lines: string[]; representative: boolean }>> {
      const rows = await page
        .getByTestId('set-detail')
        .locator('[data-testid="set-facts"] [data-fact]')
        .evaluateAll((els) =>
          els.map((e) => ({
            key: e.getAttribute('data-fact') ?? '',
            text: e.textContent ?? '',
            lines: [...e.querySelectorAll('dd')].map((d) => d.textContent ?? ''),
            representative: Boolean(e.querySelector('[data-testid="representative"]')),
          })),
        );
      return new Map(rows.map((r) => [r.key, r]));
    }

    const FLAGS: [string, (s: SetJson) => boolean][] = [
      ['size', (s) => Boolean(s.dimensions.representative)],
      ['area', (s) => Boolean(s.floorArea.representative)],
      ['grid', (s) => Boolean(s.gridHeight.representative)],
      ['power', (s) => Boolean(s.power.representative)],
      ['sound', (s) => Boolean(s.sound.representative)],
      ['loadIn', (s) => Boolean(s.loadIn.representative)],
      ['crew', (s) => Boolean(s.maxCrew.representative)],
      ['rates', (s) => Boolean(s.rates.representative)],
      ['availability', (s) => Boolean(s.availability.representative)],
      ['dramas', (s) => Boolean(s.dramas.representative) && s.dramas.ids.length > 0],
      ['genres', () => false],
    ];

    /** Every metadata field of `s` as the panel must show it (en). */
    async function expectAllFields(page: Page, s: SetJson) {
      const detail = page.getByTestId('set-detail');
      await expect(detail).toBeVisible();
      await expect(detail).toContainText(s.name.en);
      await expect(detail).toContainText(s.summary.en);
      await expect(detail).toContainText(s.description.en);
      const { names } = catalogOracle();
      await expect(detail).toContainText(names.get(s.category)!.en);
      await expect(detail).toContainText(names.get(s.era)!.en);
      for (const tag of s.tags.en) await expect(detail).toContainText(tag);

      const facts = await factsOf(page);
      expect([...facts.keys()].sort()).toEqual(FLAGS.map(([k]) => k).sort());
      const f = (k: string) => facts.get(k)!;
      expect(f('size').lines[0]).toBe(sizeLine(s, 'metric', 'en'));
      expect(f('size').lines[1]).toBe(sizeLine(s, 'imperial', 'en'));
      expect(f('area').text).toContain(metricArea(s.floorArea.value, 'en'));
      expect(f('area').text).toContain(imperialArea(s.floorArea.value, 'en'));
      expect(f('grid').text).toContain(`${s.gridHeight.value.toFixed(1)} m`);
      expect(f('power').text).toContain(`${s.power.drops} drops × ${s.power.amps} A, ${s.power.phases}-phase ${s.power.volts} V`);
      expect(f('sound').text).toContain(s.sound.notes.en);
      expect(f('loadIn').text).toContain(s.loadIn.route.en);
      expect(f('loadIn').text).toContain(`door ${s.loadIn.doorWidth.toFixed(1)} m × ${s.loadIn.doorHeight.toFixed(1)} m`);
      expect(f('crew').text).toContain(`${s.maxCrew.value} people`);
      // Amounts with their grouping; the currency sign's spelling is the browser's business.
      expect(f('rates').lines[0]).toContain(new Intl.NumberFormat('en').format(s.rates.day));
      expect(f('rates').lines[1]).toContain(new Intl.NumberFormat('en').format(s.rates.halfDay));
      const today = new Date().toISOString().slice(0, 10);
      const upcoming = s.availability.booked.filter((b) => b.to >= today);
      expect(f('availability').lines).toHaveLength(Math.max(1, upcoming.length));
      for (const b of upcoming) if (b.note) expect(f('availability').text).toContain(b.note.en);
      const dramas = catalogOracle().bases.flatMap((b) => b.base.dramas);
      for (const id of s.dramas.ids) expect(f('dramas').text).toContain(dramas.find((d) => d.id === id)!.title.en);
      for (const g of s.genres) expect(f('genres').text).toContain(names.get(g)!.en);
      for (const [key, flagged] of FLAGS) expect(f(key).representative, `representative mark on "${key}"`).toBe(flagged(s));
    }

    test('shows every metadata field, in metric and imperial, with representative marks where flagged', async ({ page }) => {
      const s = setJson('courtroom');
      await page.goto('/?lang=en');
      await page.locator('[data-testid="set-card"][data-set-id="courtroom"] [data-testid="card-details"]').click();
      await expect(page).toHaveURL(/[?&]set=courtroom(&|$)/);
      await expectAllFields(page, s);

      // Imperial first after the switch, metric still beside it.
      await page.getByTestId('set-detail').press('Escape');
      await expect(page.getByTestId('set-detail')).toHaveCount(0);
      await page.getByTestId('units-imperial').click();
      await page.locator('[data-testid="set-card"][data-set-id="courtroom"] [data-testid="card-details"]').click();
      const facts = await factsOf(page);
      expect(facts.get('size')!.lines).toEqual([sizeLine(s, 'imperial', 'en'), sizeLine(s, 'metric', 'en')]);
      expect(facts.get('area')!.lines[0]!.startsWith(imperialArea(s.floorArea.value, 'en'))).toBe(true);

      // The open panel is in the URL: a reload (units kept) shows it again.
      await page.reload();
      await expect(page.getByTestId('set-detail')).toBeVisible();
      expect((await factsOf(page)).get('size')!.lines[0]).toBe(sizeLine(s, 'imperial', 'en'));
    });

    test('marks only the figures flagged representative', async ({ page }) => {
      // The shipped catalog flags everything: serve a copy with some flags off.
      const file = 'quzhou/sets/courtroom.json';
      const json = JSON.parse(readSceneText(file)) as SetJson;
      json.dimensions.representative = false;
      json.power.representative = false;
      delete json.rates.representative;
      await page.route(`**/scenes/${file}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(json) }));
      await page.goto('/?lang=en&set=courtroom');
      await expectAllFields(page, json);
    });
  });
});
