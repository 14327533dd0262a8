/**
 * App files a saved set also needs offline that the worker does not precache
 * (docs/ARCHITECTURE.md §8): the PDF font (about 10 MB, too big to put on every visitor's
 * phone) and HarfBuzz's subsetter, the same URLs src/ui/pdf/pdfFont.ts fetches.
 */
import fontUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import wasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import type { OfflineFile } from '../../lib/offline/files';

export const APP_FILES: readonly OfflineFile[] = [
  { path: fontUrl, bytes: 10_600_000 },
  { path: wasmUrl, bytes: 690_000 },
];
