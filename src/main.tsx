import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

// Started by src/app/start.ts (the entry): at once, or on a set page after its first frame.
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
// Offline use and the service worker load once the page has settled (docs/ARCHITECTURE.md §8).
if (document.readyState === 'complete') setTimeout(() => import('./app/offline'), 1000);
else addEventListener('load', () => setTimeout(() => import('./app/offline'), 1000));
