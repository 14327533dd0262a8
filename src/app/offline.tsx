/**
 * Offline use, started after the first frame (docs/ARCHITECTURE.md §8): on a set page once
 * its model has rendered (data-ready), elsewhere once the page is idle, so registering the
 * worker and precaching the app never competes with the first paint or the model download.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startOffline } from '../state/offline/register';
import { OfflineLayer } from '../ui/offline/OfflineLayer';

function settled(): Promise<void> {
  return new Promise((resolve) => {
    const deadline = Date.now() + 30_000;
    const check = () => {
      const canvas = document.querySelector('[data-testid="set-canvas"]');
      if (!canvas || canvas.getAttribute('data-ready') === 'true' || Date.now() > deadline) resolve();
      else setTimeout(check, 500);
    };
    check();
  });
}

async function bootOffline(): Promise<void> {
  await settled();
  const host = document.createElement('div');
  host.id = 'offline-root';
  document.body.appendChild(host);
  createRoot(host).render(
    <StrictMode>
      <OfflineLayer />
    </StrictMode>,
  );
  await startOffline();
}

// Imported for this effect by src/main.tsx.
void bootOffline();
