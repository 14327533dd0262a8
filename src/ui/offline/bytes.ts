import type { Lang } from '../../lib/i18n';
import { byteSize } from '../../lib/offline/progress';
import { formatNumber } from '../format';

/** "192 kB", "1.2 MB" (1 MB = 10⁶ B). */
export function formatBytes(bytes: number, lang: Lang): string {
  const { value, unit } = byteSize(bytes);
  return `${formatNumber(value, lang, value >= 100 || unit === 'B' ? 0 : 1)} ${unit}`;
}
