/**
 * How the start-up code is cut into chunks (docs/ARCHITECTURE.md §2 "The set first"):
 *
 *   index  the entry (src/app/start.ts) and the few modules both of the others need
 *   boot   the set page's first frame (src/canvas/boot/firstFrame.ts): three.js, the loader,
 *          the model preparation; preloaded by index.html's inline script on a set page
 *   app    React, the router, the catalog loader and the pages' shared code (src/main.tsx)
 *
 * `boot` and `app` must never import each other: the catalog page would pay for three.js, or a
 * set page's first frame for React. Each group takes its module's dependencies, so a module
 * both graphs reach would land in whichever group ranks first and make the other import it;
 * this plugin finds those modules once the module graph is known and sends them to `index`.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const BOOT_MODULE = 'src/canvas/boot/firstFrame.ts';
export const APP_MODULE = 'src/main.tsx';
/** The two main pages (lazy in src/app/App.tsx): what both of them import statically goes to `app`. */
export const PAGE_MODULES = ['src/app/CatalogRoute.tsx', 'src/app/SetRoute.tsx'];

interface GraphContext {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** Static-import closure of a module. */
function closure(ctx: GraphContext, start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const dep of ctx.getModuleInfo(id)?.importedIds ?? []) stack.push(dep);
  }
  return seen;
}

export function startChunks(root: string) {
  const shared = new Set<string>();
  const pagesShare = new Set<string>();
  const plugin: Plugin = {
    name: 'setscout-start-chunks',
    apply: 'build',
    buildEnd() {
      shared.clear();
      pagesShare.clear();
      const ctx = this as unknown as GraphContext;
      const boot = closure(ctx, resolve(root, BOOT_MODULE));
      for (const id of closure(ctx, resolve(root, APP_MODULE))) if (boot.has(id)) shared.add(id);
      // Small modules both pages use (formatting, taxonomy, links …) would otherwise each become a
      // chunk of a few hundred bytes that both pages load anyway: one more request and worse
      // compression for each. In `app` they cost nothing more.
      const [first, ...rest] = PAGE_MODULES.map((m) => closure(ctx, resolve(root, m)));
      for (const id of first ?? []) if (!boot.has(id) && rest.every((c) => c.has(id))) pagesShare.add(id);
    },
  };
  const groups = [
    { name: 'index', tags: ['$initial' as const], priority: 4 },
    { name: 'index', test: (id: string) => shared.has(id), priority: 3 },
    { name: 'boot', test: /src[\\/]canvas[\\/]boot[\\/]firstFrame\.ts$/, priority: 2 },
    { name: 'app', test: (id: string) => /src[\\/]main\.tsx$/.test(id) || pagesShare.has(id), priority: 1 },
  ];
  return { plugin, groups };
}
