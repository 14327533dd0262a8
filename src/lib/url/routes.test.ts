import { describe, expect, it } from 'vitest';
import { absoluteUrl, comparePath, homePath, matchRoute, presentPath, setPath, setUrl, stripBase } from './routes';

describe('route builders', () => {
  it('build each route with an optional query', () => {
    expect(homePath()).toBe('/');
    expect(setPath('courtroom')).toBe('/sets/courtroom');
    expect(setPath('courtroom', '?lang=en')).toBe('/sets/courtroom?lang=en');
    expect(setPath('a b/c')).toBe('/sets/a%20b%2Fc');
    expect(comparePath('ids=a,b')).toBe('/compare?ids=a,b');
    expect(presentPath('?base=quzhou')).toBe('/present?base=quzhou');
  });

  it('resolve absolute URLs against the site base, at the root and under a sub-path', () => {
    expect(setUrl('http://h/', 'courtroom', '?mode=frame')).toBe('http://h/sets/courtroom?mode=frame');
    expect(setUrl('http://h/sub/', 'courtroom')).toBe('http://h/sub/sets/courtroom');
    expect(absoluteUrl('http://h/sub/', comparePath())).toBe('http://h/sub/compare');
  });
});

describe('matchRoute', () => {
  it('reads every route', () => {
    expect(matchRoute('/')).toEqual({ route: 'home' });
    expect(matchRoute('')).toEqual({ route: 'home' });
    expect(matchRoute('/sets/courtroom')).toEqual({ route: 'set', setId: 'courtroom' });
    expect(matchRoute('/sets/courtroom?mode=walk')).toEqual({ route: 'set', setId: 'courtroom' });
    expect(matchRoute('/compare')).toEqual({ route: 'compare' });
    expect(matchRoute('/present')).toEqual({ route: 'present' });
  });

  it('leads a typing slip to its route and calls everything else not found', () => {
    expect(matchRoute('/set/courtroom')).toEqual({ route: 'redirect', to: '/sets/courtroom' });
    for (const p of ['/nope', '/nope/deeper', '/sets', '/sets/a/b', '/compare/x', '/set', '/sets/%E0%A4%A']) {
      expect(matchRoute(p), p).toEqual({ route: 'not-found' });
    }
  });

  it('strips the router base', () => {
    expect(stripBase('/sets/x', '')).toBe('/sets/x');
    expect(stripBase('/sub/sets/x', '/sub')).toBe('/sets/x');
    expect(stripBase('/sub', '/sub')).toBe('/');
    expect(stripBase('/other/x', '/sub')).toBe('/other/x');
  });
});
