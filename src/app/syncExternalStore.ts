/**
 * React 18+ has useSyncExternalStore built in; the router's compatibility shim for
 * older React is resolved to it (vite.config.ts alias), which saves the shim's code.
 */
export { useSyncExternalStore } from 'react';
