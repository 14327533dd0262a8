/** Turns the bench's results into a console table, a Markdown table and target verdicts. */
import type { RouteSizes } from '../../tools/budget';
import { kb } from '../../tools/budget';
import type { Bytes, InteractionSample, LoadSample, MemorySample, PageKind, RendererStats } from './measure';
import { KIND_LABEL } from './measure';
import type { Summary } from './stats';
import { median, quantile, ratio, summarize } from './stats';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  node: string;
  chromium: string;
  webgl: string;
  /** 1-minute load average when the bench started and ended (2 = both cores busy on this machine). */
  loadAvg: { start: number; end: number };
}

export interface LoadSummary {
  setId: string;
  kind: PageKind;
  viewport: string;
  readyMs: Summary;
  bytes: Record<keyof Bytes, Summary>;
  calls: number | null;
  triangles: number | null;
  canvas: [number, number] | null;
}

export interface InteractionSummary {
  setId: string;
  kind: PageKind;
  viewport: string;
  action: 'orbit' | 'walk';
  runs: number;
  /** Drawn-frame intervals of all runs pooled. */
  frames: number;
  median: number;
  p95: number;
  /** Total time over drawn frames: robust when a page draws in bursts (model-viewer). */
  mean: number;
  /** Each run's median, for the spread between runs. */
  perRunMedian: Summary;
  /** Rendered frames per second, median over runs (null when the page does not tell). */
  renderedFps: number | null;
  calls: number | null;
  triangles: number | null;
}

export interface MemorySummary {
  viewport: string;
  switches: number;
  finalSet: string;
  cold: { heapMB: number; geometries: number; textures: number; setId: string };
  warmStart: { heapMB: number; geometries: number; textures: number; setId: string };
  /** Warm reading of the set the series ends on (the like-for-like baseline). */
  warmSameSet: { heapMB: number; geometries: number; textures: number; setId: string };
  final: { heapMB: number; geometries: number; textures: number };
  heapGrowthMB: number;
  geometriesDelta: number;
  texturesDelta: number;
  /** Least-squares slope of the heap over the series, MB per switch. */
  heapSlopeMBPerSwitch: number;
  switchMs: Summary;
}

export interface Ratio {
  name: string;
  setId: string;
  viewport: string;
  value: number;
}

export interface Target {
  name: string;
  goal: string;
  /** The figure, as text. */
  actual: string;
  met: boolean | null;
}

const MB = 1024 * 1024;

export function summarizeLoads(samples: LoadSample[]): LoadSummary[] {
  const groups = new Map<string, LoadSample[]>();
  for (const s of samples) {
    const key = `${s.setId}|${s.kind}|${s.viewport}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()].map((g) => {
    const first = g[0]!;
    const pick = (f: (s: LoadSample) => number) => summarize(g.map(f));
    const stat = (f: (s: RendererStats) => number) => {
      const xs = g.map((s) => (s.stats ? f(s.stats) : NaN)).filter(Number.isFinite);
      return xs.length ? median(xs) : null;
    };
    return {
      setId: first.setId,
      kind: first.kind,
      viewport: first.viewport,
      readyMs: pick((s) => s.readyMs),
      bytes: {
        js: pick((s) => s.bytes.js),
        model: pick((s) => s.bytes.model),
        other: pick((s) => s.bytes.other),
        total: pick((s) => s.bytes.total),
        requests: pick((s) => s.bytes.requests),
      },
      calls: stat((s) => s.calls),
      triangles: stat((s) => s.triangles),
      canvas: first.canvas,
    };
  });
}

export function summarizeInteractions(samples: InteractionSample[]): InteractionSummary[] {
  const groups = new Map<string, InteractionSample[]>();
  for (const s of samples) {
    const key = `${s.setId}|${s.kind}|${s.viewport}|${s.action}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()].map((g) => {
    const first = g[0]!;
    const pooled = g.flatMap((s) => s.intervals);
    const fps = g.map((s) => (s.rendered === null ? NaN : s.rendered / s.seconds)).filter(Number.isFinite);
    const stat = (f: (s: RendererStats) => number) => {
      const xs = g.map((s) => (s.stats ? f(s.stats) : NaN)).filter(Number.isFinite);
      return xs.length ? median(xs) : null;
    };
    return {
      setId: first.setId,
      kind: first.kind,
      viewport: first.viewport,
      action: first.action,
      runs: g.length,
      frames: pooled.length,
      median: median(pooled),
      p95: quantile(pooled, 0.95),
      mean: pooled.length ? pooled.reduce((a, b) => a + b, 0) / pooled.length : NaN,
      perRunMedian: summarize(g.map((s) => s.frames.median)),
      renderedFps: fps.length ? median(fps) : null,
      calls: stat((s) => s.calls),
      triangles: stat((s) => s.triangles),
    };
  });
}

function slope(ys: number[]): number {
  const n = ys.length;
  if (n < 2) return NaN;
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

export function summarizeMemory(m: MemorySample): MemorySummary {
  const r = (x: { heapBytes: number; geometries: number; textures: number; setId: string }) => ({
    heapMB: x.heapBytes / MB,
    geometries: x.geometries,
    textures: x.textures,
    setId: x.setId,
  });
  const last = m.series[m.series.length - 1] ?? m.warm[m.warm.length - 1]!;
  const warmStart = m.warm[m.warm.length - 1]!;
  const warmSame = m.warm.find((w) => w.setId === last.setId) ?? warmStart;
  return {
    viewport: m.viewport,
    switches: m.switches,
    finalSet: last.setId,
    cold: r(m.cold),
    warmStart: r(warmStart),
    warmSameSet: r(warmSame),
    final: { heapMB: last.heapBytes / MB, geometries: last.geometries, textures: last.textures },
    heapGrowthMB: (last.heapBytes - warmSame.heapBytes) / MB,
    geometriesDelta: last.geometries - warmSame.geometries,
    texturesDelta: last.textures - warmSame.textures,
    heapSlopeMBPerSwitch: slope(m.series.map((s) => s.heapBytes / MB)),
    switchMs: summarize(m.switchMs),
  };
}

// ---------------------------------------------------------------------------------------------
// Formatting

const f0 = (x: number) => (Number.isFinite(x) ? Math.round(x).toString() : '–');
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const kB = (x: number) => (Number.isFinite(x) ? (x / 1000).toFixed(1) : '–');
/** "median [min–max]" */
const spread = (s: Summary, fmt: (x: number) => string) => (s.n > 1 && fmt(s.min) !== fmt(s.max) ? `${fmt(s.median)} [${fmt(s.min)}–${fmt(s.max)}]` : fmt(s.median));
const num = (x: number | null) => (x === null ? '–' : x.toLocaleString('en-US'));

export function textTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function mdTable(headers: string[], rows: string[][]): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  return [`| ${headers.map(esc).join(' | ')} |`, `|${headers.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

export interface Results {
  date: string;
  machine: Machine;
  source: { what: string; commit: string; dirty: boolean };
  options: { runs: number; frameRuns: number; seconds: number; switches: number; sets: string[]; kinds: PageKind[]; viewports: string[]; loadViewport: string };
  bundles: (RouteSizes & { budgets: { name: string; actual: number; limit: number; headroom: number; ok: boolean }[] }) | null;
  loads: LoadSummary[];
  interactions: InteractionSummary[];
  memory: MemorySummary | null;
  ratios: Ratio[];
  targets: Target[];
  errors: string[];
  raw: { loads: LoadSample[]; interactions: InteractionSample[]; memory: MemorySample | null };
}

function find<T extends { setId: string; kind: PageKind }>(xs: T[], setId: string, kind: PageKind, extra: (x: T) => boolean = () => true): T | undefined {
  return xs.find((x) => x.setId === setId && x.kind === kind && extra(x));
}

const COMPARED: [PageKind, string][] = [
  ['plain', 'floor'],
  ['peer', 'peer'],
  ['plain-lit', 'floor with SetScout lighting'],
];

export function computeRatios(loads: LoadSummary[], inter: InteractionSummary[], sets: string[], viewports: string[]): Ratio[] {
  const out: Ratio[] = [];
  const loadViewports = [...new Set(loads.map((l) => l.viewport))];
  for (const setId of sets) {
    for (const vp of loadViewports) {
      const ss = find(loads, setId, 'setscout', (x) => x.viewport === vp);
      if (!ss) continue;
      for (const [kind, label] of COMPARED) {
        const other = find(loads, setId, kind, (x) => x.viewport === vp);
        if (!other) continue;
        out.push({ name: `first frame time ÷ ${label}`, setId, viewport: vp, value: ratio(ss.readyMs.median, other.readyMs.median) });
        out.push({ name: `bytes to first frame ÷ ${label}`, setId, viewport: vp, value: ratio(ss.bytes.total.median, other.bytes.total.median) });
      }
    }
    for (const vp of viewports) {
      const so = find(inter, setId, 'setscout', (x) => x.viewport === vp && x.action === 'orbit');
      if (!so) continue;
      for (const [kind, label] of COMPARED) {
        const other = find(inter, setId, kind, (x) => x.viewport === vp && x.action === 'orbit');
        if (!other) continue;
        out.push({ name: `orbit median frame ÷ ${label}`, setId, viewport: vp, value: ratio(so.median, other.median) });
        out.push({ name: `orbit p95 frame ÷ ${label}`, setId, viewport: vp, value: ratio(so.p95, other.p95) });
        out.push({ name: `orbit mean frame ÷ ${label}`, setId, viewport: vp, value: ratio(so.mean, other.mean) });
      }
    }
  }
  return out;
}

export function evaluateTargets(r: Pick<Results, 'ratios' | 'memory' | 'bundles'>): Target[] {
  const out: Target[] = [];
  const add = (name: string, goal: string, ratioName: string, ok: (v: number) => boolean) => {
    const xs = r.ratios.filter((x) => x.name === ratioName && Number.isFinite(x.value));
    if (!xs.length) {
      out.push({ name, goal, actual: 'not measured', met: null });
      return;
    }
    const worst = xs.reduce((a, b) => (b.value > a.value ? b : a));
    const best = xs.reduce((a, b) => (b.value < a.value ? b : a));
    const met = xs.filter((x) => ok(x.value)).length;
    out.push({
      name,
      goal,
      actual: `median ${f2(median(xs.map((x) => x.value)))}×, best ${f2(best.value)}× (${best.setId} ${best.viewport}), worst ${f2(worst.value)}× (${worst.setId} ${worst.viewport}); met in ${met} of ${xs.length}`,
      met: met === xs.length,
    });
  };
  add('Time to first full frame vs plain three.js', '≤ 1.25×', 'first frame time ÷ floor', (v) => v <= 1.25);
  add('Time to first full frame vs model-viewer', '< 1×', 'first frame time ÷ peer', (v) => v < 1);
  add('Bytes to first full frame vs plain three.js', '≤ 1.5×', 'bytes to first frame ÷ floor', (v) => v <= 1.5);
  add('Median orbit frame time vs plain three.js', '≤ 1.1×', 'orbit median frame ÷ floor', (v) => v <= 1.1);
  if (r.memory && Number.isFinite(r.memory.switchMs.median)) {
    out.push({ name: 'Set switch → data-ready (median)', goal: '< 300 ms', actual: `${Math.round(r.memory.switchMs.median)} ms`, met: r.memory.switchMs.median < 300 });
  }
  if (r.memory) {
    const m = r.memory;
    out.push({
      name: `Geometries/textures after ${m.switches} switches vs warm baseline`,
      goal: 'back to baseline',
      actual: `geometries ${m.final.geometries} vs ${m.warmSameSet.geometries} (${m.geometriesDelta >= 0 ? '+' : ''}${m.geometriesDelta}), textures ${m.final.textures} vs ${m.warmSameSet.textures} (${m.texturesDelta >= 0 ? '+' : ''}${m.texturesDelta})`,
      met: m.geometriesDelta <= 0 && m.texturesDelta <= 0,
    });
    out.push({
      name: `JS heap growth after ${m.switches} switches`,
      goal: '< 5 MB',
      actual: `${f2(m.heapGrowthMB)} MB (${f1(m.warmSameSet.heapMB)} → ${f1(m.final.heapMB)} MB; trend ${f2(m.heapSlopeMBPerSwitch)} MB/switch)`,
      met: m.heapGrowthMB < 5,
    });
  }
  if (r.bundles) {
    for (const b of r.bundles.budgets) out.push({ name: `Bundle: ${b.name}`, goal: `≤ ${kb(b.limit)}`, actual: `${kb(b.actual)} (${b.ok ? `headroom ${kb(b.headroom)}` : `over by ${kb(-b.headroom)}`})`, met: b.ok });
  }
  return out;
}

/** The tables, as [title, headers, rows]. */
function tables(r: Results): [string, string[], string[][]][] {
  const out: [string, string[], string[][]][] = [];
  const kinds = r.options.kinds;
  const loadViewports = [r.options.loadViewport, ...new Set(r.loads.map((l) => l.viewport).filter((v) => v !== r.options.loadViewport))];
  for (const vp of loadViewports) {
    const loadRows: string[][] = [];
    let n = 0;
    for (const setId of r.options.sets) {
      for (const kind of kinds) {
        const l = find(r.loads, setId, kind, (x) => x.viewport === vp);
        if (!l) continue;
        n = Math.max(n, l.readyMs.n);
        loadRows.push([
          `${setId} · ${KIND_LABEL[kind]}`,
          spread(l.readyMs, f0),
          spread(l.bytes.total, kB),
          kB(l.bytes.js.median),
          kB(l.bytes.model.median),
          kB(l.bytes.other.median),
          f0(l.bytes.requests.median),
          num(l.calls),
          num(l.triangles),
          l.canvas ? `${l.canvas[0]}×${l.canvas[1]}` : '–',
        ]);
      }
    }
    if (!loadRows.length) continue;
    out.push([
      `First full frame at ${vp}, cold (fresh context, cache off, gzip), median [min–max] of ${n} run(s)`,
      ['set · page', 'to data-ready ms', 'bytes kB', 'JS kB', 'model kB', 'other kB', 'requests', 'draw calls', 'triangles', 'canvas px'],
      loadRows,
    ]);
  }

  const frameRows: string[][] = [];
  for (const setId of r.options.sets) {
    for (const vp of r.options.viewports) {
      for (const kind of kinds) {
        for (const action of ['orbit', 'walk'] as const) {
          const s = find(r.interactions, setId, kind, (x) => x.viewport === vp && x.action === action);
          if (!s) continue;
          frameRows.push([
            `${setId} · ${vp} · ${KIND_LABEL[kind]} ${action}`,
            f0(s.median),
            f0(s.p95),
            f0(s.mean),
            String(s.frames),
            s.runs > 1 ? `${f0(s.perRunMedian.min)}–${f0(s.perRunMedian.max)}` : '–',
            s.renderedFps === null ? '–' : f2(s.renderedFps),
            num(s.calls),
            num(s.triangles),
          ]);
        }
      }
    }
  }
  out.push([
    `Frame time while moving: ms between frames the page drew during a ${r.options.seconds} s mouse-drag orbit / W-key walk, intervals of ${r.options.frameRuns} run(s) pooled`,
    ['set · viewport · page action', 'median', 'p95', 'mean', 'intervals', 'run medians', 'drawn fps', 'draw calls', 'triangles'],
    frameRows,
  ]);

  if (r.ratios.length) {
    // One row per set and window size; a column per comparison.
    const cols: [string, string][] = [];
    for (const [metric, short] of [
      ['first frame time', 'first frame'],
      ['bytes to first frame', 'bytes'],
      ['orbit median frame', 'orbit median'],
      ['orbit mean frame', 'orbit mean'],
    ] as const) {
      for (const [, label] of COMPARED) {
        const name = `${metric} ÷ ${label}`;
        if (r.ratios.some((x) => x.name === name)) cols.push([name, `${short} ÷ ${label === 'floor with SetScout lighting' ? 'lit floor' : label}`]);
      }
    }
    const keys = [...new Set(r.ratios.map((x) => `${x.setId}|${x.viewport}`))];
    const rows = keys.map((k) => {
      const [setId, vp] = k.split('|') as [string, string];
      return [`${setId} · ${vp}`, ...cols.map(([name]) => {
        const x = r.ratios.find((y) => y.name === name && y.setId === setId && y.viewport === vp);
        return x && Number.isFinite(x.value) ? `${f2(x.value)}×` : '–';
      })];
    });
    out.push(['Ratios: SetScout ÷ floor (plain three.js) and ÷ peer (model-viewer); below 1 means SetScout is lighter or faster', ['set · window', ...cols.map(([, h]) => h)], rows]);
  }

  if (r.memory) {
    const m = r.memory;
    out.push([
      `Set switching (${m.viewport}): ${m.switches} switches after one warm cycle; readings after forced GC`,
      ['reading', 'set', 'JS heap MB', 'geometries', 'textures'],
      [
        ['cold (first open)', m.cold.setId, f2(m.cold.heapMB), f0(m.cold.geometries), f0(m.cold.textures)],
        ['warm start (after one cycle)', m.warmStart.setId, f2(m.warmStart.heapMB), f0(m.warmStart.geometries), f0(m.warmStart.textures)],
        ['warm, same set as the end', m.warmSameSet.setId, f2(m.warmSameSet.heapMB), f0(m.warmSameSet.geometries), f0(m.warmSameSet.textures)],
        [`after ${m.switches} switches`, m.finalSet, f2(m.final.heapMB), f0(m.final.geometries), f0(m.final.textures)],
        ['change vs warm (same set)', '', `${m.heapGrowthMB >= 0 ? '+' : ''}${f2(m.heapGrowthMB)}`, `${m.geometriesDelta >= 0 ? '+' : ''}${m.geometriesDelta}`, `${m.texturesDelta >= 0 ? '+' : ''}${m.texturesDelta}`],
        ['switch → data-ready ms', '', spread(m.switchMs, f0), '', ''],
      ],
    ]);
  }

  if (r.bundles) {
    const b = r.bundles;
    out.push([
      'Bundles per route (gzip level 6, 1 kB = 1000 B)',
      ['route', 'JS kB', 'CSS kB', 'total kB', 'budget'],
      [
        ['catalog /', kB(b.catalog.js.gzip), kB(b.catalog.css.gzip), kB(b.catalog.total.gzip), `JS ≤ ${kB(b.budgets[0]?.limit ?? NaN)} kB: ${b.budgets[0]?.ok ? 'ok' : 'OVER'}`],
        ['viewer /sets/:id', kB(b.viewer.js.gzip), kB(b.viewer.css.gzip), kB(b.viewer.total.gzip), `total ≤ ${kB(b.budgets[1]?.limit ?? NaN)} kB: ${b.budgets[1]?.ok ? 'ok' : 'OVER'}`],
      ],
    ]);
  }
  out.push(['Targets (reported, not asserted)', ['target', 'goal', 'measured', 'met'], r.targets.map((t) => [t.name, t.goal, t.actual, t.met === null ? '–' : t.met ? 'yes' : 'NO'])]);
  return out;
}

export function machineLine(r: Results): string {
  const m = r.machine;
  return `${r.date} · ${m.cpu}, ${m.cores} cores, ${m.ramGiB.toFixed(0)} GiB RAM · ${m.os} · Node ${m.node} · ${m.chromium}, headless, software WebGL (${m.webgl}) · load average ${f1(m.loadAvg.start)} → ${f1(m.loadAvg.end)} · SetScout ${r.source.what} @ ${r.source.commit}${r.source.dirty ? ' (with uncommitted changes)' : ''}`;
}

export function consoleReport(r: Results): string {
  const parts = [`SetScout bench — ${machineLine(r)}`];
  for (const [title, headers, rows] of tables(r)) parts.push(`\n${title}\n${textTable(headers, rows)}`);
  if (r.errors.length) parts.push(`\nErrors (samples left out):\n${r.errors.map((e) => `  - ${e}`).join('\n')}`);
  return parts.join('\n');
}

export function markdownReport(r: Results): string {
  const parts = [`### Performance (\`npm run bench\`)`, '', `Measured ${machineLine(r)}.`, ''];
  parts.push(
    'Cold loads in a fresh browser context with the cache off, served by tests/tools/static-server.ts with gzip; "first full frame" is `data-ready="true"` on the canvas (the floor and the peer signal the same moment). Timings are on a software rasteriser (SwiftShader): compare pages with each other, not with a GPU.',
    '',
  );
  for (const [title, headers, rows] of tables(r)) parts.push(`**${title}**`, '', mdTable(headers, rows), '');
  return parts.join('\n');
}

/** Summaries, ratios and targets again from a results file's raw samples (after a change to the report code). */
export function recompute(r: Results): Results {
  const loads = summarizeLoads(r.raw.loads);
  const interactions = summarizeInteractions(r.raw.interactions);
  const memory = r.raw.memory ? summarizeMemory(r.raw.memory) : null;
  const ratios = computeRatios(loads, interactions, r.options.sets, r.options.viewports);
  const out: Results = { ...r, loads, interactions, memory, ratios, machine: { ...r.machine, loadAvg: r.machine.loadAvg ?? { start: NaN, end: NaN } } };
  out.targets = evaluateTargets(out);
  return out;
}
