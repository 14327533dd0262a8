import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_SEGMENTS, INLINE_ROUTES_MARK, inlineRoutes } from '../../src/lib/url/routes';

// index.html's inline script, run against a small stand-in for the DOM: it must find the
// site's base folder for every path, so an unknown path still loads the app (and its
// not-found view) instead of a blank page.
interface FakeEl {
  tagName: string;
  href: string;
  rel: string;
  attributes: { name: string; value: string }[];
  parentNode: FakeEl | null;
  children: FakeEl[];
  getAttribute(n: string): string | null;
  setAttribute(n: string, v: string): void;
  appendChild(c: FakeEl): void;
  replaceChild(n: FakeEl, o: FakeEl): void;
}

function el(tag: string): FakeEl {
  const e: FakeEl = {
    tagName: tag.toUpperCase(),
    href: '',
    rel: '',
    attributes: [],
    parentNode: null,
    children: [],
    getAttribute: (n) => e.attributes.find((a) => a.name === n)?.value ?? null,
    setAttribute: (n, v) => {
      const a = e.attributes.find((x) => x.name === n);
      if (a) a.value = v;
      else e.attributes.push({ name: n, value: v });
      if (n === 'rel') e.rel = v;
    },
    appendChild: (c) => {
      c.parentNode = e;
      e.children.push(c);
    },
    replaceChild: (n, o) => {
      e.children[e.children.indexOf(o)] = n;
      n.parentNode = e;
      o.parentNode = null;
    },
  };
  return e;
}

function runInlineScript(pathname: string) {
  const html = inlineRoutes(readFileSync(new URL('../../index.html', import.meta.url), 'utf8'));
  const code = /<script id="app-base">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const head = el('head');
  let onError: ((ev: { target: FakeEl }) => void) | null = null;
  const fetched: string[] = [];
  const document = {
    head,
    createElement: el,
    addEventListener: (type: string, fn: (ev: { target: FakeEl }) => void) => {
      if (type === 'error') onError = fn;
    },
    get baseURI() {
      return new URL(head.children.find((c) => c.tagName === 'BASE')?.href ?? '/', 'http://h').href;
    },
  };
  const fetch = (href: string) => {
    fetched.push(href);
    return Promise.reject(new Error('offline'));
  };
  new Function('location', 'document', 'window', 'fetch', code)({ pathname }, document, {}, fetch);
  const base = () => head.children.find((c) => c.tagName === 'BASE')?.href;
  /** The app's entry script fails to load under the current base, as the host answers 404. */
  const failScript = () => {
    const s = head.children.find((c) => c.tagName === 'SCRIPT') ?? el('script');
    if (!s.parentNode) {
      s.setAttribute('type', 'module');
      s.setAttribute('src', './assets/index-abc.js');
      head.appendChild(s);
    }
    onError?.({ target: s });
    return head.children.find((c) => c.tagName === 'SCRIPT');
  };
  return { base, failScript, fetched, head };
}

describe("index.html's inline script finds the site's base folder", () => {
  it('has the route names written in by the build', () => {
    const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    expect(html).toContain(INLINE_ROUTES_MARK);
    expect(inlineRoutes(html)).not.toContain(INLINE_ROUTES_MARK);
    expect(BASE_SEGMENTS).toEqual(expect.arrayContaining(['sets', 'compare', 'present', 'set']));
  });

  for (const mount of ['/', '/sub/', '/a/b/']) {
    it(`mounted at ${mount}: every route and every unknown path lands on the base`, () => {
      for (const rest of ['', 'sets/courtroom', 'sets/courtroom/', 'set/courtroom', 'compare', 'present', 'sets', 'nope']) {
        expect(runInlineScript(mount + rest).base(), mount + rest).toBe(mount);
      }
      // Deeper unknown paths: the first guess is the path's folder; each missing entry script moves it up one.
      for (const rest of ['nope/deeper', 'x/y/z']) {
        const run = runInlineScript(mount + rest);
        let guard = 0;
        while (run.base() !== mount && guard++ < 5) run.failScript();
        expect(run.base(), mount + rest).toBe(mount);
        const retried = run.head.children.find((c) => c.tagName === 'SCRIPT');
        expect(retried?.getAttribute('data-base')).toBe(mount);
        expect(retried?.getAttribute('src')).toBe('./assets/index-abc.js');
        // A guess starts no early downloads: they could only miss.
        expect(run.fetched).toEqual([]);
      }
    });
  }

  it('stops at the host root, and never moves a base it knows', () => {
    const deep = runInlineScript('/nope/deeper');
    deep.failScript();
    expect(deep.base()).toBe('/');
    deep.failScript();
    expect(deep.base()).toBe('/');
    const known = runInlineScript('/sub/sets/courtroom');
    known.failScript();
    expect(known.base()).toBe('/sub/');
    expect(known.fetched.some((u) => u.endsWith('/sub/scenes/index.json'))).toBe(true);
  });
});
