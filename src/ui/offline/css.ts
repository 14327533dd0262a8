import href from './offline.css?url';

/**
 * The offline UI's stylesheet, linked by the lazily loaded modules themselves: a CSS import
 * would make every `import()` of them carry a stylesheet-preloading wrapper in the routes'
 * bundles, which have no room for it.
 */
export function linkOfflineCss(): void {
  if (document.querySelector('link[data-offline-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset.offlineCss = '';
  document.head.appendChild(link);
}
