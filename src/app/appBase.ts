/** The router base: the path the site is served from, without a trailing slash ("" at the root). */
export function appBase(baseURI = document.baseURI): string {
  return new URL(baseURI).pathname.replace(/\/+$/, '');
}
