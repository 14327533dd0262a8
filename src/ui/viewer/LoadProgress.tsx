import { usePrefs } from '../../state/prefs';
import { useViewer } from '../../state/viewer';
import { formatNumber } from '../format';
import { registerStrings } from '../../lib/i18n';
import modelStrings from '../../lib/i18n/strings/model';
import { useT } from '../i18n/useT';

registerStrings(modelStrings);

/** From this size on, the page says it is a large model (a long download, a long preparation). */
export const LARGE_MODEL_BYTES = 30_000_000;

function mb(bytes: number, lang: 'zh' | 'en'): string {
  return `${formatNumber(bytes / 1_000_000, lang, bytes < 10_000_000 ? 2 : 1)} MB`;
}

/** A real byte-count progress bar while the model downloads, then "preparing" until the first frame. */
export function LoadProgress() {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const status = useViewer((s) => s.status);
  const ready = useViewer((s) => s.ready);
  const loaded = useViewer((s) => s.loaded);
  const total = useViewer((s) => s.total);
  if (status === 'error' || ready) return null;
  const downloading = status === 'loading';
  const fraction = total > 0 ? Math.min(1, loaded / total) : 0;
  const size = Math.max(total, loaded);
  return (
    <div className="load-progress" role="status" aria-live="polite" data-testid="load-progress">
      <p>{downloading ? t('viewer.loading') : t('viewer.rendering')}</p>
      {size >= LARGE_MODEL_BYTES ? (
        <p className="hint" data-testid="load-large">
          {t('model.large', { size: mb(size, lang) })}
        </p>
      ) : null}
      <progress
        max={1}
        value={downloading ? (total > 0 ? fraction : undefined) : 1}
        aria-valuetext={total > 0 ? `${Math.round(fraction * 100)}%` : undefined}
      />
      {downloading ? (
        <p className="hint" data-testid="load-bytes">
          {total > 0 ? t('viewer.loadingBytes', { loaded: mb(loaded, lang), total: mb(total, lang) }) : t('viewer.loadingBytesUnknown', { loaded: mb(loaded, lang) })}
        </p>
      ) : null}
    </div>
  );
}
