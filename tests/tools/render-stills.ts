/**
 * Renders the catalog-card picture of every 3D set from the built site, the way a
 * visitor first sees it (the overview), into models/stills/<id>.jpg.
 *
 *   npm run build && npm run stills            (or: npm run stills -- <set-id> …)
 *
 * With `--readme` it renders the README's screenshots instead, into public/readme/: the
 * catalog, the courtroom viewer, and the courtroom's verdict preset framed on a phone (it
 * waits until the preset's stand-in is in the scene, window.__scout.standIns()).
 *
 * Not part of the tests: run it after a model or the look changes and commit the pictures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { chromium } from '@playwright/test';
import { ensureChromium } from './find-browser';
import { startStaticServer } from './static-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface SetFile {
  id: string;
  model: { file: string } | null;
  tour?: { camera: { position: number[]; yawDeg: number; pitchDeg: number } }[];
}

/** Where the picture is taken from: the set's first tour stop (an aimed, eye-level view), else the overview. */
function viewQuery(set: SetFile): string {
  const stop = set.tour?.[0];
  if (!stop) return 'mode=orbit';
  const c = stop.camera;
  return `mode=walk&cam=${[...c.position, c.yawDeg, c.pitchDeg].map((v) => Number(v.toFixed(3))).join(',')}`;
}

function modelSets(): SetFile[] {
  const index = JSON.parse(readFileSync(resolve(ROOT, 'scenes/index.json'), 'utf8')) as { bases: string[] };
  const ids: SetFile[] = [];
  for (const baseRel of index.bases) {
    const baseFile = resolve(ROOT, 'scenes', baseRel);
    const base = JSON.parse(readFileSync(baseFile, 'utf8')) as { sets: string[] };
    for (const rel of base.sets) {
      const set = JSON.parse(readFileSync(resolve(dirname(baseFile), rel), 'utf8')) as SetFile;
      if (set.model) ids.push(set);
    }
  }
  return ids;
}

/** The README's screenshots: file, viewport, page, and whether to wait for a 3D view (and how many stand-ins). */
const README_SHOTS = [
  { file: 'catalog.jpg', width: 1440, height: 900, path: '?lang=en', canvas: false, figures: 0 },
  { file: 'viewer.jpg', width: 1440, height: 900, path: 'sets/courtroom?lang=en', canvas: true, figures: 0 },
  { file: 'frame-phone.jpg', width: 390, height: 844, path: 'sets/courtroom?lang=en&shot=verdict-low-angle', canvas: true, figures: 1 },
] as const;

async function readmeShots(browser: Browser, url: string): Promise<void> {
  for (const r of README_SHOTS) {
    const page = await browser.newPage({ viewport: { width: r.width, height: r.height }, deviceScaleFactor: 1 });
    await page.goto(url + r.path);
    if (r.canvas) {
      await page.waitForSelector('canvas[data-ready="true"]', { timeout: 90_000 });
      if (r.figures) await page.waitForFunction((n) => (window.__scout?.standIns() ?? 0) >= n, r.figures, { timeout: 30_000 });
    } else {
      await page.getByTestId('set-card').first().waitFor();
    }
    await page.addStyleTag({ content: '.notices { display: none !important; }' });
    await page.waitForTimeout(800);
    const out = resolve(ROOT, 'public/readme', r.file);
    writeFileSync(out, await page.screenshot({ type: 'jpeg', quality: 80 }));
    console.log(`${r.file} → ${out}`);
    await page.close();
  }
}

async function main(): Promise<void> {
  const browserPath = (await ensureChromium({ install: true })).path;
  const server = await startStaticServer({ root: resolve(ROOT, 'dist'), port: 0 });
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--disable-background-networking'],
  });
  try {
    if (process.argv.includes('--readme')) {
      await readmeShots(browser, server.url);
      return;
    }
    // The stage is 960 × 600 (16:10, the card's shape) beside the 380 px side panel.
    const page = await browser.newPage({ viewport: { width: 1341, height: 661 }, deviceScaleFactor: 1 });
    // Ids given on the command line (`npm run stills -- <id> …`) render only those sets.
    const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
    for (const set of modelSets().filter((s) => only.length === 0 || only.includes(s.id))) {
      const id = set.id;
      await page.goto(`${server.url}sets/${id}?lang=en&${viewQuery(set)}`);
      await page.waitForSelector('canvas[data-ready="true"]', { timeout: 90_000 });
      await page.addStyleTag({ content: '.hotspot-anchor, .stage-top, .stage-bottom, .stage-minimap, .notices { display: none !important; }' });
      await page.waitForTimeout(300);
      const shot = await page.locator('canvas[data-testid="set-canvas"]').screenshot({ type: 'jpeg', quality: 80 });
      const out = resolve(ROOT, 'models/stills', `${id}.jpg`);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, shot);
      console.log(`${id}: ${shot.byteLength} bytes → ${out}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
