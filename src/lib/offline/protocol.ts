/** What the page and the service worker say to each other (docs/ARCHITECTURE.md §8). */

/** Sent by the page when the person asks to reload into a waiting new version. */
export const SKIP_WAITING = 'setscout:skip-waiting';

/** A request header the page sets when it downloads a set to save: the worker lets it through. */
export const SAVE_HEADER = 'x-setscout-save';
