import { useEffect, useState } from 'react';
import { stillStore, useShots } from '../../state/shots';

/** Preview size: a quarter of the still each way. */
const THUMB_W = 270;
const THUMB_H = 480;

/** Object URLs of previews by shot id, with the still version they show. */
const cache = new Map<string, { version: number; url: Promise<string | null> }>();

function revoke(id: string): void {
  const entry = cache.get(id);
  cache.delete(id);
  void entry?.url.then((u) => u && URL.revokeObjectURL(u));
}

// A shot gone for good (or with a new still) lets its preview go.
useShots.subscribe((s) => {
  for (const id of [...cache.keys()]) {
    const keep = s.shots.some((x) => x.id === id) || s.pendingDelete?.shot.id === id;
    if (!keep || (s.stillVersion[id] ?? 0) !== cache.get(id)?.version) revoke(id);
  }
});

/** A small JPEG of a still (decoded off the main thread where the browser can). */
async function makeThumb(still: Blob): Promise<Blob | null> {
  if (typeof createImageBitmap !== 'function') return null;
  const bitmap = await createImageBitmap(still, { resizeWidth: THUMB_W, resizeHeight: THUMB_H, resizeQuality: 'high' });
  try {
    const canvas = document.createElement('canvas');
    canvas.width = THUMB_W;
    canvas.height = THUMB_H;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(bitmap, 0, 0, THUMB_W, THUMB_H);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  } finally {
    bitmap.close();
  }
}

async function loadThumb(id: string): Promise<string | null> {
  const store = stillStore();
  const rec = await store.get(id);
  if (!rec) return null;
  let thumb = rec.thumb ?? null;
  if (!thumb) {
    thumb = await makeThumb(rec.still).catch(() => null);
    if (thumb) await store.put(id, { ...rec, thumb }).catch(() => {});
  }
  return URL.createObjectURL(thumb ?? rec.still);
}

/** The preview URL of a shot's still, or null while loading or when there is none. */
export function useStillThumb(id: string, hasStill: boolean): string | null {
  const version = useShots((s) => s.stillVersion[id] ?? 0);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!hasStill) {
      setUrl(null);
      return;
    }
    let live = true;
    let entry = cache.get(id);
    if (!entry || entry.version !== version) {
      if (entry) revoke(id);
      entry = { version, url: loadThumb(id).catch(() => null) };
      cache.set(id, entry);
    }
    void entry.url.then((u) => {
      if (live) setUrl(u);
    });
    return () => {
      live = false;
    };
  }, [id, version, hasStill]);
  return url;
}
