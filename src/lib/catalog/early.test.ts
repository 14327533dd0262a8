// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserFetcher } from '../../data/load';
import { takeEarly } from './early';

afterEach(() => {
  delete window.__early;
  vi.unstubAllGlobals();
});

describe('downloads started by index.html', () => {
  it('are handed out once, by absolute URL', async () => {
    const res = Promise.resolve(new Response('x'));
    window.__early = { 'http://h/a.json': res };
    expect(takeEarly('http://h/a.json')).toBe(res);
    expect(takeEarly('http://h/a.json')).toBeUndefined();
    expect(takeEarly('http://h/b.json')).toBeUndefined();
  });

  it('are nothing without the inline script', () => {
    expect(takeEarly('http://h/a.json')).toBeUndefined();
  });

  it('feed the catalog fetcher, which fetches itself only when there is none or it failed', async () => {
    const fetchSpy = vi.fn(async () => new Response('{"fresh":true}'));
    vi.stubGlobal('fetch', fetchSpy);
    const url = (p: string) => new URL(p, document.baseURI).href;
    window.__early = {
      [url('scenes/index.json')]: Promise.resolve(new Response('{"early":true}')),
      [url('scenes/cameras.json')]: Promise.reject(new TypeError('network down')),
    };
    expect((await browserFetcher('scenes/index.json')).text).toBe('{"early":true}');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect((await browserFetcher('scenes/cameras.json')).text).toBe('{"fresh":true}');
    expect((await browserFetcher('scenes/index.json')).text).toBe('{"fresh":true}');
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });
});
