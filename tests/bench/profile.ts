/**
 * Where the time goes in one cold load (diagnosis for the bench's findings):
 * a CPU profile of the page's main thread (CDP Profiler), the resource timeline and,
 * optionally, a Chromium trace with GPU-process events.
 *
 *   tsx tests/bench/profile.ts [--page setscout|plain|peer] [--set courtroom] [--viewport 1920x1080]
 *                              [--query env=room&lights=setscout] [--trace] [--out node_modules/.cache/setscout-bench/profile]
 *
 * Serves the site the bench assembled last (node_modules/.cache/setscout-bench/site;
 * run `npm run bench -- --quick` first). Prints the top self-time functions and the
 * resource timeline; writes the .cpuprofile (and trace JSON) for DevTools.
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHROMIUM_ARGS } from '../playwright.config';
import { ensureChromium } from '../tools/find-browser';
import { startStaticServer } from '../tools/static-server';
import type { PageKind } from './lib/measure';
import { INIT_SCRIPT, urlFor } from './lib/measure';
import { CACHE, REPO } from './lib/site';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Self time per function (ms), from a CDP CPU profile. */
export function selfTimes(p: CpuProfile): { name: string; ms: number }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const [id, us] of self) {
    const f = byId.get(id)?.callFrame;
    if (!f) continue;
    const file = f.url ? f.url.slice(f.url.lastIndexOf('/') + 1) : '';
    const name = `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
    byName.set(name, (byName.get(name) ?? 0) + us / 1000);
  }
  return [...byName].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

async function main(argv: string[]) {
  const arg = (name: string, dflt: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : dflt;
  };
  const kind = arg('--page', 'setscout') as PageKind;
  const setId = arg('--set', 'courtroom');
  const [w, h] = arg('--viewport', '1920x1080').split('x').map(Number) as [number, number];
  const out = arg('--out', join(CACHE, 'profile'));
  const site = join(CACHE, 'site');
  if (!existsSync(join(site, 'index.html'))) throw new Error(`${relative(REPO, site)} is missing: run \`npm run bench -- --quick\` first`);
  mkdirSync(out, { recursive: true });
  const server = await startStaticServer({ root: site, port: 0, gzip: true });
  const browser = await chromium.launch({ executablePath: (await ensureChromium({ install: false })).path, headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: 1, locale: 'zh-CN' });
    await context.addInitScript({ content: INIT_SCRIPT });
    const page = await context.newPage();
    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    const tracing = argv.includes('--trace');
    const traceEvents: unknown[] = [];
    if (tracing) {
      cdp.on('Tracing.dataCollected', (e: { value: unknown[] }) => traceEvents.push(...e.value));
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'gpu', 'toplevel', 'blink', 'loading'] },
      });
    }
    await cdp.send('Profiler.start');
    await page.goto(urlFor(server.url, kind, setId, arg('--query', '')), { waitUntil: 'commit' });
    await page.waitForFunction(() => typeof window.__benchReadyAt === 'number', undefined, { timeout: 180_000, polling: 100 });
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    if (tracing) {
      const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      await cdp.send('Tracing.end');
      await done;
      writeFileSync(join(out, `${kind}-${setId}.trace.json`), JSON.stringify({ traceEvents }));
    }
    const readyAt = await page.evaluate(() => window.__benchReadyAt as number);
    const timeline = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
        name: r.name.replace(location.origin, ''),
        start: r.startTime,
        end: r.responseEnd,
        bytes: r.transferSize,
      })),
    );
    writeFileSync(join(out, `${kind}-${setId}.cpuprofile`), JSON.stringify(profile));
    const measures = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => `${m.name} ${m.duration.toFixed(0)} ms`));
    console.log(`${kind} ${setId} ${w}×${h}: data-ready at ${readyAt.toFixed(0)} ms${measures.length ? ` (${measures.join(', ')})` : ''}`);
    console.log('\nResources (start → end ms, bytes):');
    for (const r of timeline) console.log(`  ${r.start.toFixed(0).padStart(6)} → ${r.end.toFixed(0).padStart(6)}  ${String(r.bytes).padStart(8)}  ${r.name}`);
    const total = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
    console.log(`\nMain-thread CPU profile: ${total.toFixed(0)} ms sampled. Top self time:`);
    for (const f of selfTimes(profile).slice(0, 30)) console.log(`  ${f.ms.toFixed(0).padStart(7)} ms  ${f.name}`);
    if (consoleLines.length) console.log(`\nConsole:\n${consoleLines.map((l) => `  ${l}`).join('\n')}`);
    console.log(`\nWrote ${relative(REPO, out)}/${kind}-${setId}.cpuprofile${tracing ? ' and .trace.json' : ''}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
