import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './ui/styles.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
// Offline use and the service worker load once the page has settled (docs/ARCHITECTURE.md §8).
addEventListener('load', () => setTimeout(() => import('./app/offline'), 1000));
